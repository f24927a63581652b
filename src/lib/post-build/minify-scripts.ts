/**
 * Starlight writes a few `is:inline` scripts into every page (theme, sidebar state, the search
 * shortcut) as they are in its source: comments, indentation, long names. Vite minifies the scripts
 * it bundles but never sees these. This step minifies them with esbuild (Vite's own minifier), once
 * per distinct script: 0.3 KB gzip less on every page. Classic scripts only: module scripts are
 * Vite's, already minified, and JSON data blocks are not code. Top-level names are kept, as a
 * classic script's globals are read by the others (`StarlightThemeProvider`).
 */
import { transformSync } from 'esbuild';

const CLASSIC_INLINE = /<script((?:\s(?!src=|type=)[^\s>=]+(?:="[^"]*")?)*)>([\s\S]*?)<\/script>/g;
const minified = new Map<string, string>();

export function minifyInlineScripts(html: string): string {
	return html.replace(CLASSIC_INLINE, (element, attrs: string, code: string) => {
		if (!code.trim()) return element;
		let min = minified.get(code);
		if (min === undefined) minified.set(code, (min = transformSync(code, { minify: true, loader: 'js' }).code.trim()));
		return min.length < code.length ? `<script${attrs}>${min}</script>` : element;
	});
}

const INLINE_MODULE = /<script type="module">([\s\S]*?)<\/script>/g;
/** Code that cannot move into a function: static imports and exports, and top-level `await`. */
const MODULE_ONLY = /\bimport\s*(?:[\w$*{]|["'`])|\bexport\b|\bawait\b/;
const wrapped = new Map<string, string | null>();

/** A module script's code as a statement of its own: a function, so its names meet no other's. */
function isolate(code: string): string | null {
	let out = wrapped.get(code);
	if (out === undefined) {
		out = MODULE_ONLY.test(code) ? null : `try{(()=>{${code.trim().replace(/;$/, '')}})()}catch(e){reportError(e)}`;
		if (out)
			try {
				transformSync(out, { loader: 'js', format: 'esm' });
			} catch {
				out = null;
			}
		wrapped.set(code, out);
	}
	return out;
}

/**
 * Astro inlines each small component script as a module script of its own, and each needs its own
 * hash in the page's policy (about 45 bytes gzip each, as hashes do not compress). This step puts
 * a page's inline module scripts into one, where the last of them was: each in a function of its
 * own, so their top-level names stay apart, and in a `try`, so one that fails still leaves the
 * others running, as separate scripts did. Inline module scripts run after the document is parsed,
 * in order, so moving them later changes nothing they can see; scripts that only a module can hold
 * (static imports, `await`) stay where they are.
 */
export function mergeInlineModules(html: string): string {
	const found = [...html.matchAll(INLINE_MODULE)]
		.map((m) => ({ at: m.index, length: m[0].length, code: isolate(m[1]!) }))
		.filter((f) => f.code !== null);
	if (found.length < 2) return html;
	const merged = `<script type="module">${found.map((f) => f.code).join(';')}</script>`;
	let out = '';
	let from = 0;
	found.forEach((f, i) => {
		out += html.slice(from, f.at) + (i === found.length - 1 ? merged : '');
		from = f.at + f.length;
	});
	return out + html.slice(from);
}
