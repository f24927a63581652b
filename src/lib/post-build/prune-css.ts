/**
 * Unused CSS, dropped after the build. Astro puts the styles of every component that any docs page
 * can render into each docs page (inline `<style>` elements under 4 KB, shared files above), so a
 * guide carried the styles of the policy filters, link cards and steps it does not show, and every
 * page the styles of Starlight components no page uses (badges, banners…).
 *
 * A rule is dropped only when it cannot match: one of the classes or elements its selector requires
 * (Astro's scoping classes `astro-xxxxxxxx` included) occurs nowhere in the page's markup, nowhere
 * in its inline scripts and nowhere in the site's JavaScript, so no script can add it either (a
 * script that creates an element names it: `createElement('mark')`, `<mark>` in a template). Names
 * a selector does not require are not counted: those inside `:not()`, `:has()` or a list of
 * alternatives in `:is()`/`:where()`. Rules that select by id or attribute only, keyframes and
 * at-rules other than @layer/@media/@supports/@container are kept (the grouping ones go when they
 * end up empty).
 */
import { createHash } from 'node:crypto';
import postcss, { type AtRule, type ChildNode, type Container, type Root, type Rule } from 'postcss';

/** Words that may name a class: every identifier-like run in the text. */
export function wordsOf(text: string, into = new Set<string>()): Set<string> {
	for (const [word] of text.matchAll(/-?[A-Za-z_][\w-]*/g)) into.add(word);
	return into;
}

/**
 * The words that may name a class or an element on the page: those of its class attributes (in
 * templates too) and of its inline scripts, and the names of its elements. CSS only matches classes
 * an element carries and elements the page has, and only a script can add either.
 */
export function classWordsOf(html: string, into = new Set<string>()): Set<string> {
	const seen = new Set<string>();
	for (const [, value] of html.matchAll(/ class="([^"]*)"/g)) if (!seen.has(value!)) seen.add(value!);
	for (const [, code] of html.matchAll(/<script(?: (?!src=)[^>]*)?>([\s\S]*?)<\/script>/g)) seen.add(code!);
	for (const [, name] of html.matchAll(/<([A-Za-z][\w-]*)/g)) into.add(name!.toLowerCase());
	for (const text of seen) {
		let words = wordsOfText.get(text);
		if (!words) wordsOfText.set(text, (words = [...wordsOf(text)]));
		for (const word of words) into.add(word);
	}
	return into;
}
/** Class attributes and inline scripts repeat from page to page: their words, once each. */
const wordsOfText = new Map<string, string[]>();

/** Drops the contents of a functional pseudo-class such as `:not(`…`)`, nested parentheses included. */
function dropPseudo(selector: string, name: string): string {
	let out = selector;
	for (let at = out.indexOf(`:${name}(`); at >= 0; at = out.indexOf(`:${name}(`)) {
		let depth = 0;
		let end = at + name.length + 1;
		for (; end < out.length; end++) {
			if (out[end] === '(') depth++;
			else if (out[end] === ')' && --depth === 0) break;
		}
		out = out.slice(0, at) + out.slice(end + 1);
	}
	return out;
}

/**
 * The names a selector requires: its classes and element names outside `:not()`, `:has()` and
 * `:is()`/`:where()` lists of alternatives (a single `:where(.astro-xxxxxxxx)` is required like any
 * class). `*`, pseudo-classes and pseudo-elements require nothing; neither does anything inside the
 * parentheses of other pseudo-classes (`:lang(ja)` names a language, not an element).
 */
export function requiredNames(selector: string): string[] {
	let s = dropPseudo(dropPseudo(selector, 'not'), 'has');
	for (const name of ['is', 'where', 'matches', '-webkit-any', '-moz-any']) {
		const single = new RegExp(`:${name}\\(([^(),]*)\\)`, 'g');
		s = dropPseudo(
			s.replace(single, (_m, inner: string) => inner),
			name
		);
	}
	s = s.replace(/\[[^\]]*\]/g, ''); // attribute values may contain dots
	const classes = [...s.matchAll(/\.(-?[A-Za-z_][\w-]*)/g)].map((m) => m[1]!);
	for (let inner = s.replace(/\([^()]*\)/g, ''); inner !== s; inner = s.replace(/\([^()]*\)/g, '')) s = inner;
	const elements = [...s.matchAll(/(?:^|[\s>+~])([A-Za-z][\w-]*)/g)].map((m) => m[1]!.toLowerCase());
	return [...classes, ...elements];
}

const GROUPING = new Set(['layer', 'media', 'supports', 'container']);

/** The stylesheet without the rules that cannot match, given the words that may name a class. */
export function pruneCss(css: string, mayExist: (word: string) => boolean): string {
	const root = postcss.parse(css);
	let changed = false;
	const visit = (container: Container) => {
		for (const node of [...(container.nodes ?? [])] as ChildNode[]) {
			if (node.type === 'rule') {
				const rule = node as Rule;
				const kept = rule.selectors.filter((sel) => requiredNames(sel).every(mayExist));
				if (kept.length === 0) {
					rule.remove();
					changed = true;
				} else if (kept.length < rule.selectors.length) {
					rule.selector = kept.join(',');
					changed = true;
				}
			} else if (node.type === 'atrule' && GROUPING.has(node.name.toLowerCase()) && node.nodes) {
				visit(node);
				if (node.nodes.length === 0) {
					node.remove();
					changed = true;
				}
			}
		}
	};
	visit(root);
	return changed ? root.toString() : css;
}

const STYLE = /(<style\b[^>]*>)([\s\S]*?)<\/style>/g;

/** Per distinct <style> text: the classes and element names its selectors require (pages share a handful of texts). */
const namesOfCss = new Map<string, string[]>();
/** Pruned text per <style> text and the classes of it that a page may use. */
const prunedFor = new Map<string, string>();

/** The classes and element names that the selectors of a stylesheet require (see `requiredNames`). */
export function cssRequiredNames(css: string): string[] {
	let classes = namesOfCss.get(css);
	if (!classes) {
		const set = new Set<string>();
		postcss.parse(css).walkRules((rule) => rule.selectors.forEach((sel) => requiredNames(sel).forEach((c) => set.add(c))));
		namesOfCss.set(css, (classes = [...set]));
	}
	return classes;
}

/**
 * The page with its own <style> elements pruned against its class attributes, its inline scripts
 * and the site's scripts (`scriptWords`: the words of every JavaScript file the site serves). Empty
 * elements go.
 */
export function pruneInlineStyles(html: string, scriptWords: ReadonlySet<string>): string {
	if (!html.includes('<style')) return html;
	const words = classWordsOf(html);
	const mayExist = (w: string) => words.has(w) || scriptWords.has(w);
	return html.replace(STYLE, (element, open: string, css: string) => {
		const key = `${cssRequiredNames(css).filter(mayExist).join(' ')}\0${css}`;
		let pruned = prunedFor.get(key);
		if (pruned === undefined) prunedFor.set(key, (pruned = pruneCss(css, mayExist)));
		if (pruned === css) return element;
		return pruned.trim() ? `${open}${pruned}</style>` : '';
	});
}

/** Custom property names a text mentions (`--sl-color-accent`): declared, read or set. */
export function propertyNamesOf(text: string, into = new Set<string>()): Set<string> {
	if (text.includes('--')) for (const [name] of text.matchAll(/--[A-Za-z_][\w-]*/g)) into.add(name);
	return into;
}

/** Custom property names a stylesheet reads: those in its `var()`s and at-rule conditions (`style(--x: y)`). */
export function propertiesReadBy(css: string, into = new Set<string>()): Set<string> {
	const root = postcss.parse(css);
	root.walkDecls((decl) => void propertyNamesOf(decl.value, into));
	root.walkAtRules((at) => void propertyNamesOf(at.params, into));
	return into;
}

/**
 * The stylesheet without the custom properties nothing reads. Starlight's theme declares some
 * that none of its rules use once unused rules are gone (the badge colours, `--sl-text-body`…),
 * and every page downloaded them. A `--x: …` declaration goes when `isRead('--x')` is false: the
 * caller says what reads it (the site's stylesheets' `var()`s, and any mention in a script or a
 * page, where a style attribute or `getPropertyValue` may read it). Rules left empty go too.
 */
export function dropUnreadProperties(css: string, isRead: (name: string) => boolean): string {
	if (!css.includes('--')) return css;
	const root = postcss.parse(css);
	let changed = false;
	root.walkDecls((decl) => {
		if (!decl.prop.startsWith('--') || isRead(decl.prop)) return;
		const rule = decl.parent;
		decl.remove();
		changed = true;
		if (rule?.type === 'rule' && (rule as Rule).nodes.length === 0) rule.remove();
	});
	if (!changed) return css;
	dropEmptyGroups(root);
	return root.toString();
}

/** A built file's name with a new content hash: `middleware.DBI7rj6H.css` → `middleware.<hash>.css`. */
export function rehashedName(name: string, content: string): string {
	const hash = createHash('sha256').update(content).digest('base64url').slice(0, 8);
	const m = name.match(/^(.*)\.[\w-]{8}\.css$/);
	return m ? `${m[1]}.${hash}.css` : name.replace(/\.css$/, `.${hash}.css`);
}

/**
 * The stylesheets every page shares, pruned against the whole site: a rule stays if any page or
 * script may use it. Returns old URL → new URL for each file that changed (its name carries a new
 * content hash, so a cached copy of the old file is never taken for it); the caller rewrites the
 * links and removes the old files.
 */
export function pruneSharedCss(
	sheets: ReadonlyMap<string, string>,
	siteWords: ReadonlySet<string>,
	/**
	 * Custom properties the site's scripts and pages mention (see `dropUnreadProperties`); with
	 * it, the declarations that neither they nor the pruned stylesheets read go. Left out: all stay.
	 */
	propertiesMentioned?: ReadonlySet<string>
): Map<string, { url: string; css: string }> {
	const pruned = new Map([...sheets].map(([url, css]) => [url, pruneCss(css, (w) => siteWords.has(w))]));
	// Reads are counted in the pruned sheets (a dropped rule reads nothing), again after each
	// round, since a dropped declaration (`--a: var(--b)`) may have been the only reader of another.
	for (let changed = propertiesMentioned !== undefined; changed;) {
		const read = new Set(propertiesMentioned);
		for (const css of pruned.values()) propertiesReadBy(css, read);
		changed = false;
		for (const [url, css] of pruned) {
			const next = dropUnreadProperties(css, (name) => read.has(name));
			if (next === css) continue;
			pruned.set(url, next);
			changed = true;
		}
	}
	const renamed = new Map<string, { url: string; css: string }>();
	for (const [url, css] of sheets) {
		const text = pruned.get(url)!;
		if (text === css) continue;
		const slash = url.lastIndexOf('/') + 1;
		renamed.set(url, { url: url.slice(0, slash) + rehashedName(url.slice(slash), text), css: text });
	}
	return renamed;
}

/**
 * Rules at least this share of pages can use stay in the core stylesheet. 0.4 keeps the table of
 * contents' rules (46% of pages) in the core: at 0.5 they moved to the extras, and guides, policies,
 * tasks and offices paid 0.3 KB more than agencies and plan areas saved (median first load 20.4 KB
 * against 20.2).
 */
export const CORE_SHARE = 0.4;

const inKeyframes = (rule: Rule) => rule.parent?.type === 'atrule' && /keyframes$/i.test((rule.parent as AtRule).name);

/** Removes grouping at-rules (@layer, @media…) left with nothing in them. */
function dropEmptyGroups(root: Root) {
	for (let again = true; again;) {
		again = false;
		root.walkAtRules((at) => {
			if (at.nodes && at.nodes.length === 0) {
				at.remove();
				again = true;
			}
		});
	}
}

/**
 * A shared stylesheet split in two: `core`, the rules that at least `share` of the pages can use,
 * which every page links; and per page its `extra`, the other rules that page can use, to be linked
 * right after the core (pages that need the same extra rules get the same text, so one cached file
 * serves them). The core keeps everything that is not a style rule (layer order, keyframes, fonts);
 * the rules keep their order within each file.
 */
export function splitSharedCss(
	css: string,
	pages: readonly ((word: string) => boolean)[],
	share = CORE_SHARE,
	/** How many pages each entry of `pages` stands for (pages with the same words share one). */
	weights: readonly number[] = pages.map(() => 1)
): { core: string; extraOf: (string | undefined)[] } {
	const root = postcss.parse(css);
	const rules: Rule[] = [];
	root.walkRules((rule) => void (inKeyframes(rule) || rules.push(rule)));
	const usable = rules.map((rule) => {
		const required = rule.selectors.map(requiredNames);
		return pages.map((mayExist) => required.some((classes) => classes.every(mayExist)));
	});
	const total = weights.reduce((a, b) => a + b, 0);
	const extra = usable.map((byPage) => byPage.reduce((n, usable, i) => n + (usable ? weights[i]! : 0), 0) < share * total);
	if (!extra.some(Boolean)) return { core: css, extraOf: pages.map(() => undefined) };
	const render = (keep: (index: number) => boolean, others: boolean) => {
		const copy = root.clone();
		let index = 0;
		copy.walk((node) => {
			if (node.type === 'rule') {
				if (!inKeyframes(node) && !keep(index++)) node.remove();
			} else if (!others && node.type === 'atrule' && (!node.nodes || !GROUPING.has(node.name.toLowerCase()))) node.remove();
			else if (!others && node.type === 'decl' && node.parent === copy) node.remove();
		});
		dropEmptyGroups(copy);
		return copy.toString();
	};
	const bySignature = new Map<string, string>();
	const extraOf = pages.map((_, page) => {
		const signature = usable.map((byPage, i) => (extra[i] && byPage[page] ? '1' : '0')).join('');
		if (!signature.includes('1')) return undefined;
		let text = bySignature.get(signature);
		if (text === undefined) bySignature.set(signature, (text = render((i) => signature[i] === '1', false)));
		return text;
	});
	return { core: render((i) => !extra[i], true), extraOf };
}

/**
 * The page linking the renamed stylesheets by their new names, and its extra stylesheet (see
 * `splitSharedCss`) right after the one it was split from.
 */
export function relinkStylesheets(
	html: string,
	renamed: ReadonlyMap<string, { url: string }>,
	extra?: { after: string; url: string }
): string {
	let out = html;
	for (const [from, { url }] of renamed) out = out.replaceAll(`href="${from}"`, `href="${url}"`);
	if (extra) {
		const link = `<link rel="stylesheet" href="${extra.after}">`;
		out = out.replace(link, `${link}<link rel="stylesheet" href="${extra.url}">`);
	}
	return out;
}
