/**
 * Post-build steps over the content area of translated pages (Starlight already localizes its
 * navigation): "localize links" points root-relative links at the reader's language, and "mark
 * English-only links" labels links to pages the reader's locale shows in English. Pure functions
 * over HTML strings.
 */
import { localeOfPath, SOURCE_LOCALE } from '../locale.ts';
import { attr, decode, NOT_A_PAGE, type BuiltPage, type PageFacts } from './check-links.ts';

const LINK = /<a\b([^>]*)>([\s\S]*?)<\/a>/gi;

/**
 * Components that list pages (guide and policy lists) say "(in English)" themselves and put
 * `data-en-only` on the link, so the marking step leaves those links alone.
 */
export const MARKED_BY_COMPONENT = 'data-en-only';

/** Applies `rewrite` to every link in the content area of a page in a translated locale. */
function rewriteContentLinks(page: BuiltPage, rewrite: (attrs: string, inner: string) => string): string {
	if (localeOfPath(page.path) === SOURCE_LOCALE) return page.html;
	const start = page.html.indexOf('class="sl-markdown-content');
	const end = page.html.lastIndexOf('</main>');
	if (start < 0 || end < start) return page.html;
	const content = page.html.slice(start, end).replace(LINK, (_whole, attrs: string, inner: string) => rewrite(attrs, inner));
	return page.html.slice(0, start) + content + page.html.slice(end);
}

/** The site path a root-relative link without `hreflang` leads to, or undefined for any other link. */
function localTarget(attrs: string): URL | undefined {
	const raw = attr(attrs, 'href');
	if (!raw || !raw.startsWith('/') || raw.startsWith('//') || attr(attrs, 'hreflang')) return undefined;
	return new URL(decode(raw), 'http://site/');
}

/**
 * A root-relative link to a page that exists in the reader's locale is pointed there. A translated
 * page has translated heading ids: when the English fragment is not on it, the link goes to the
 * top of the page rather than to nowhere.
 */
export function localizeContentLinks(page: BuiltPage, facts: PageFacts): string {
	const locale = localeOfPath(page.path);
	return rewriteContentLinks(page, (attrs, inner) => {
		const url = localTarget(attrs);
		const path = url && decodeURIComponent(url.pathname);
		if (!url || !path || localeOfPath(path) !== SOURCE_LOCALE || NOT_A_PAGE.test(path) || !facts.has(`/${locale}${path}`))
			return `<a${attrs}>${inner}</a>`;
		const target = `/${locale}${path}`;
		const fragment = decodeURIComponent(url.hash.slice(1));
		const hash = fragment && !facts.anchors(target).has(fragment) ? '' : url.hash;
		return `<a${attrs.replace(/\shref="[^"]*"/i, ` href="${encodeURI(target)}${url.search}${hash}"`)}>${inner}</a>`;
	});
}

/** A link to a page shown in English (the locale has no translation yet) says so after its text. */
export function markEnglishOnlyLinks(page: BuiltPage, facts: PageFacts, label: string): string {
	return rewriteContentLinks(page, (attrs, inner) => {
		const url = localTarget(attrs);
		const marked = attrs.includes(MARKED_BY_COMPONENT);
		const mark = url && !marked && facts.isFallback(decodeURIComponent(url.pathname)) ? `<span class="sg-en-only"> ${label}</span>` : '';
		return `<a${attrs}>${inner}${mark}</a>`;
	});
}
