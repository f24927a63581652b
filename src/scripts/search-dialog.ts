/**
 * The search dialog's box, loaded when a reader first opens the dialog (see
 * src/components/starlight/Search.astro): it connects the dialog of every `<site-search>` on the page
 * to the search code. Built as its own file (imported there with `?worker&url`, Vite's way to get the
 * address of a separately bundled module), so the page's own script needs no `import()` — a literal
 * `import()` makes Vite add its 0.8 KB module-preload helper to every page.
 */
import { connectSearchBox, loadPagefind, textsOf } from './search-ui.ts';

for (const element of document.querySelectorAll<HTMLElement>('site-search')) {
	const input = element.querySelector<HTMLInputElement>('input[type="search"]');
	const output = element.querySelector<HTMLElement>('.sg-dialog-results');
	if (!input || !output) continue;
	const box = connectSearchBox({ input, output, texts: textsOf(element), lang: document.documentElement.lang, pageSize: 3 });
	void loadPagefind().catch(() => undefined);
	// What the reader typed while this code was loading.
	if (input.value) void box.run();
}
