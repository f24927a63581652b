/**
 * Post-build step "check links": every internal link must lead to a page (and heading) that
 * exists, and must stay in the reader's language unless it says it leaves it (`hreflang`). Also
 * the facts about built pages the other steps share. Pure functions over HTML strings, so the
 * unit tests can feed them fixtures.
 */
import { localeOfPath } from '../locale.ts';

export interface BuiltPage {
	/** URL path of the page, e.g. `/fr/guides/work-permit/`. */
	path: string;
	html: string;
}

export interface LinkProblem {
	page: string;
	href: string;
	problem: 'missing-page' | 'missing-heading' | 'leaves-locale';
}

const ANCHOR = /<a\b([^>]*)>/gi;
const ATTRS = { href: /\shref="([^"]*)"/i, hreflang: /\shreflang="([^"]*)"/i };
export const attr = (attrs: string, name: keyof typeof ATTRS) => attrs.match(ATTRS[name])?.[1];
export const decode = (s: string) =>
	s
		.replace(/&amp;/g, '&')
		.replace(/&#x27;|&#39;/g, "'")
		.replace(/&quot;/g, '"');

/**
 * A copy of a string that does not point into the page it was cut from. V8 keeps a whole page's
 * HTML alive for as long as any substring of it is kept, so everything cached across pages
 * (anchor ids, resolved links) is copied first; without it a 12,000-page build held 900 MB.
 */
const own = (s: string) => Buffer.from(s, 'utf8').toString('utf8');

/** Ids (and names) a page can be linked to with `#fragment`. */
export function anchorsOf(html: string): Set<string> {
	const ids = new Set<string>();
	for (const m of html.matchAll(/\s(?:id|name)="([^"]+)"/g)) ids.add(own(decode(m[1]!)));
	return ids;
}

/** Paths that are files or tools rather than pages in a language. */
export const NOT_A_PAGE = /^\/(api|pagefind|_astro|favicon|sitemap|robots|_headers|404)/;

/** Facts about built pages that many other pages ask for. */
export interface PageFacts {
	has(path: string): boolean;
	/** The page shows the English text because its locale has no translation. */
	isFallback(path: string): boolean;
	anchors(path: string): Set<string>;
	/** Ids of the content's section headings (h2–h4), in order: a translation keeps the English outline. */
	headings(path: string): string[];
}

/** Ids of the h2–h4 headings in the content area of a page, in order. */
export function contentHeadingsOf(html: string): string[] {
	const start = html.indexOf('class="sl-markdown-content');
	const end = html.lastIndexOf('</main>');
	const content = start >= 0 && end > start ? html.slice(start, end) : '';
	return [...content.matchAll(/<h[2-4]\b[^>]*\sid="([^"]+)"/g)].map((m) => own(decode(m[1]!)));
}

const isFallbackHtml = (html: string) => html.includes('data-fallback-from="en"');

/**
 * Facts read from pages' HTML on demand, each computed once. `htmlOf` may read the page from
 * disk, so a build need not hold every page in memory: only pages that links point to are read.
 */
export function lazyPageFacts(paths: ReadonlySet<string>, htmlOf: (path: string) => string): PageFacts {
	const fallback = new Map<string, boolean>();
	const anchors = new Map<string, Set<string>>();
	const headings = new Map<string, string[]>();
	return {
		has: (path) => paths.has(path),
		isFallback(path) {
			if (!fallback.has(path)) fallback.set(path, paths.has(path) && isFallbackHtml(htmlOf(path)));
			return fallback.get(path)!;
		},
		anchors(path) {
			if (!anchors.has(path)) anchors.set(path, anchorsOf(htmlOf(path)));
			return anchors.get(path)!;
		},
		headings(path) {
			if (!headings.has(path)) headings.set(path, paths.has(path) ? contentHeadingsOf(htmlOf(path)) : []);
			return headings.get(path)!;
		},
	};
}

/** Facts about pages held in memory (tests, small sites). */
export const pageFacts = (pages: ReadonlyMap<string, BuiltPage>): PageFacts =>
	lazyPageFacts(new Set(pages.keys()), (path) => pages.get(path)!.html);

const resolved = new Map<string, { target: string; fragment: string }>();
/** Path and fragment a link leads to; a root-relative link means the same on every page. */
function resolveHref(href: string, from: string) {
	const key = href.startsWith('/') ? href : `${from}\n${href}`;
	let hit = resolved.get(key);
	if (!hit) {
		const url = new URL(href, `http://site${from}`);
		resolved.set(own(key), (hit = { target: decodeURIComponent(url.pathname), fragment: decodeURIComponent(url.hash.slice(1)) }));
	}
	return hit;
}

export function checkLinks(
	pages: readonly BuiltPage[],
	assets: ReadonlySet<string>,
	facts: PageFacts = pageFacts(new Map(pages.map((p) => [p.path, p])))
): LinkProblem[] {
	const anchors = facts.anchors;
	const problems: LinkProblem[] = [];
	for (const page of pages) {
		const pageLocale = localeOfPath(page.path);
		for (const m of page.html.matchAll(ANCHOR)) {
			const raw = attr(m[1]!, 'href');
			if (!raw || /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(raw)) continue; // external, mailto:, tel:…
			const href = decode(raw);
			const { target, fragment } = resolveHref(href, page.path);
			const isPage = facts.has(target);
			if (!isPage && !assets.has(target)) {
				problems.push({ page: page.path, href, problem: 'missing-page' });
				continue;
			}
			if (isPage && fragment && fragment !== '_top' && !anchors(target).has(fragment))
				problems.push({ page: page.path, href, problem: 'missing-heading' });
			if (isPage && !NOT_A_PAGE.test(target) && !attr(m[1]!, 'hreflang') && localeOfPath(target) !== pageLocale)
				problems.push({ page: page.path, href, problem: 'leaves-locale' });
		}
	}
	return problems;
}

export function describeProblem(p: LinkProblem, fileOf: (path: string) => string): string {
	const what = {
		'missing-page': 'links to a page that does not exist',
		'missing-heading': 'links to a heading that does not exist on that page',
		'leaves-locale': "links out of the reader's language (prefix the link with the page's locale, or mark it hreflang)",
	}[p.problem];
	return `${fileOf(p.page)}: "${p.href}" ${what}`;
}
