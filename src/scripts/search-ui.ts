/**
 * The site's search box, in the header dialog and on the search page: Pagefind's JavaScript API
 * and a small renderer of our own, instead of the Default UI Starlight ships (about 30 KB of
 * script, gzip, fetched on every page, and 3 KB of CSS in every page's stylesheet).
 *
 * - Pagefind loads when the reader opens the dialog or reaches the search page, never before.
 * - It runs on the page's thread (`noWorker`): the index is small, and the worker would be one
 *   more 12 KB script to fetch before the first result.
 * - A result's details (title, excerpt, headings: its Pagefind fragment, 2–10 KB) load only when
 *   the result is shown: a few at a time (three in the dialog, ten on the search page), more on request.
 * - Texts come from the page (`data-*` attributes written at build time from `locales/`); counts
 *   use the language's plural rules (`Intl.PluralRules`, the CLDR forms i18next uses too).
 */

interface PagefindSubResult {
	title: string;
	url: string;
	excerpt: string;
}
interface PagefindData {
	url: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
	sub_results: PagefindSubResult[];
}
interface PagefindResult {
	id: string;
	data: () => Promise<PagefindData>;
}
interface PagefindSearch {
	results: PagefindResult[];
	filters: Record<string, Record<string, number>>;
}
interface Pagefind {
	options: (options: Record<string, unknown>) => Promise<void>;
	init: () => Promise<void>;
	mergeIndex: (url: string, options: { language: string }) => Promise<void>;
	debouncedSearch: (query: string, options?: Record<string, unknown>, ms?: number) => Promise<PagefindSearch | null>;
	filters: () => Promise<Record<string, Record<string, number>>>;
}

export interface SearchTexts {
	/** Result counts by plural category (`one`, `other`…), with `{{count}}` and `{{query}}`. */
	results: Record<string, string>;
	none: string;
	searching: string;
	more: string;
	failed: string;
}

/** The texts a search box needs, from its element's `data-texts` (JSON written at build time). */
export const textsOf = (element: HTMLElement): SearchTexts => JSON.parse(element.dataset.texts ?? '{}') as SearchTexts;

const SUB_RESULTS = 3;

let loading: Promise<Pagefind> | undefined;

/** Pagefind's API for the page's language, loaded once per page. */
export function loadPagefind(): Promise<Pagefind> {
	loading ??= (async () => {
		const url = `${import.meta.env.BASE_URL.replace(/\/$/, '')}/pagefind/pagefind.js`;
		const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
		await pagefind.options({ noWorker: true, excerptLength: 24 });
		await pagefind.init();
		return pagefind;
	})();
	loading.catch(() => (loading = undefined));
	return loading;
}

/** `{{name}}` placeholders filled in; the values are text, never markup. */
const fill = (template: string, values: Record<string, string | number>) =>
	template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''));

/** Pagefind's excerpts are escaped text with `<mark>` around matches: keep exactly that. */
function excerptNodes(excerpt: string): Node[] {
	const nodes: Node[] = [];
	for (const [i, part] of excerpt.split(/<\/?mark>/).entries()) {
		const text = document.createTextNode(
			part.replace(
				/&(lt|gt|quot|#39|#x27|amp);/g,
				(_, e: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", amp: '&' })[e]!
			)
		);
		if (i % 2) {
			const mark = document.createElement('mark');
			mark.append(text);
			nodes.push(mark);
		} else nodes.push(text);
	}
	return nodes;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, ...children: (Node | string)[]) {
	const node = document.createElement(tag);
	if (className) node.className = className;
	node.append(...children);
	return node;
}

/** One result: its type, its title as a link, an excerpt, and up to three matching sections. */
function renderResult(data: PagefindData): HTMLLIElement {
	const link = element('a', 'sg-result-link', data.meta.title ?? data.url);
	link.href = data.url;
	const heading = element('p', 'sg-result-title');
	if (data.meta.type) heading.append(element('span', 'sg-result-type', data.meta.type), ' ');
	heading.append(link);
	const item = element('li', 'sg-result', heading, element('p', 'sg-result-excerpt', ...excerptNodes(data.excerpt)));
	// Sections of the page that match, not the page's own title (Starlight's `#_top`).
	const sections = data.sub_results.filter((sub) => !['', '#_top'].includes(new URL(sub.url, location.href).hash)).slice(0, SUB_RESULTS);
	if (sections.length) {
		const list = element('ul', 'sg-result-sections');
		for (const sub of sections) {
			const subLink = element('a', undefined, sub.title);
			subLink.href = sub.url;
			list.append(element('li', undefined, subLink, element('p', 'sg-result-excerpt', ...excerptNodes(sub.excerpt))));
		}
		item.append(list);
	}
	return item;
}

export interface SearchBoxOptions {
	input: HTMLInputElement;
	/** Where results go; the box fills it with a status line, a list and a "more" button. */
	output: HTMLElement;
	texts: SearchTexts;
	/** The page's language, for plural forms. */
	lang: string;
	/** Results shown at first and added by "Show more results". */
	pageSize: number;
	/** Filters for every query (e.g. `{ type: { any: ['Guide'] } }`). */
	filters?: () => Record<string, unknown>;
	/** Called after each completed query with its filter counts and number of results. */
	onResults?: (query: string, count: number, filters: PagefindSearch['filters']) => void;
}

/**
 * Connects a text box to Pagefind: searches as the reader types (debounced), announces the number
 * of results in a polite live region, and shows them a few at a time.
 */
export function connectSearchBox({ input, output, texts, lang, pageSize, filters, onResults }: SearchBoxOptions) {
	const plural = new Intl.PluralRules(lang);
	const status = element('p', 'sg-search-status');
	status.setAttribute('role', 'status');
	const list = element('ol', 'sg-results');
	const more = element('button', 'sg-results-more', texts.more);
	more.type = 'button';
	more.hidden = true;
	output.replaceChildren(status, list, more);

	let shown: PagefindResult[] = [];
	let results: PagefindResult[] = [];
	let latest = 0;

	const showMore = async (run: number) => {
		const next = results.slice(shown.length, shown.length + pageSize);
		shown = shown.concat(next);
		const items = await Promise.all(next.map((r) => r.data()));
		if (run !== latest) return;
		list.append(...items.map(renderResult));
		more.hidden = shown.length >= results.length;
	};

	const run = async () => {
		const query = input.value.trim();
		const current = ++latest;
		if (!query) {
			status.textContent = '';
			list.replaceChildren();
			more.hidden = true;
			output.toggleAttribute('data-empty', false);
			onResults?.('', 0, {});
			return;
		}
		status.textContent = texts.searching;
		output.toggleAttribute('data-empty', false);
		let search: PagefindSearch | null;
		try {
			const pagefind = await loadPagefind();
			search = await pagefind.debouncedSearch(query, { filters: filters?.() ?? {} }, 200);
		} catch {
			if (current === latest) status.textContent = texts.failed;
			return;
		}
		// A later keystroke started another search: this one's results are stale.
		if (!search || current !== latest) return;
		results = search.results;
		shown = [];
		list.replaceChildren();
		const count = results.length;
		status.textContent = count
			? fill(texts.results[plural.select(count)] ?? texts.results.other ?? '', { count: count.toLocaleString(lang), query })
			: fill(texts.none, { query });
		output.toggleAttribute('data-empty', count === 0);
		await showMore(current);
		onResults?.(query, count, search.filters);
	};

	input.addEventListener('input', run);
	more.addEventListener('click', async () => {
		const first = shown.length;
		await showMore(latest);
		list.children[first]?.querySelector('a')?.focus();
	});
	return { run };
}
