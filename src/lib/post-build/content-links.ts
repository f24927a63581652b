/**
 * Post-build steps over the content area of translated pages (Starlight already localizes its
 * navigation): "localize links" points root-relative links at the reader's language, and "mark
 * English-only links" labels links to pages the reader's locale shows in English. Pure functions
 * over HTML strings.
 */
import { localeOfPath, SOURCE_LOCALE, unlocalizedPath } from '../locale.ts';
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

/** Where a site link without `hreflang` leads (root-relative or `#fragment`), or undefined for any other link. */
function localTarget(attrs: string, from: string): URL | undefined {
	const raw = attr(attrs, 'href');
	if (!raw || !(raw.startsWith('/') || raw.startsWith('#')) || raw.startsWith('//') || attr(attrs, 'hreflang')) return undefined;
	return new URL(decode(raw), `http://site${from}`);
}

/**
 * The id a heading of the English page has on its translation: translations keep the English
 * outline with translated ids, so the heading at the same place. Undefined when the outlines differ.
 */
function translatedHeading(facts: PageFacts, target: string, englishId: string): string | undefined {
	const english = facts.headings(unlocalizedPath(target));
	const translated = facts.headings(target);
	const index = english.indexOf(englishId);
	return index >= 0 && english.length === translated.length ? translated[index] : undefined;
}

/**
 * A link in a translated page is pointed at the reader's language: a root-relative link to an
 * English page that exists in the reader's locale goes there; a fragment naming an English
 * heading becomes the translated heading at the same place, or is dropped (the link then opens the
 * top of the page) rather than leading nowhere.
 */
export function localizeContentLinks(page: BuiltPage, facts: PageFacts): string {
	const locale = localeOfPath(page.path);
	return rewriteContentLinks(page, (attrs, inner) => {
		const url = localTarget(attrs, page.path);
		if (!url) return `<a${attrs}>${inner}</a>`;
		let target = decodeURIComponent(url.pathname);
		if (localeOfPath(target) === SOURCE_LOCALE && !NOT_A_PAGE.test(target) && facts.has(`/${locale}${target}`))
			target = `/${locale}${target}`;
		const fragment = decodeURIComponent(url.hash.slice(1));
		let hash = url.hash;
		if (fragment && facts.has(target) && !facts.anchors(target).has(fragment)) {
			const heading = translatedHeading(facts, target, fragment);
			hash = heading ? `#${encodeURIComponent(heading)}` : '';
		}
		if (target === decodeURIComponent(url.pathname) && hash === url.hash) return `<a${attrs}>${inner}</a>`;
		const href = attr(attrs, 'href')!.startsWith('#') ? hash || '#' : `${encodeURI(target)}${url.search}${hash}`;
		return `<a${attrs.replace(/\shref="[^"]*"/i, ` href="${href}"`)}>${inner}</a>`;
	});
}

/**
 * Classes the steps before 'drop unused CSS' add to pages. That step reads the pages' classes before
 * the steps run, so it counts these as present on every page (their rules are never dropped).
 */
export const CLASSES_ADDED_BY_STEPS = ['sg-en-only'] as const;

/** A link to a page shown in English (the locale has no translation yet) says so after its text. */
export function markEnglishOnlyLinks(page: BuiltPage, facts: PageFacts, label: string): string {
	return rewriteContentLinks(page, (attrs, inner) => {
		const url = attr(attrs, 'href')?.startsWith('#') ? undefined : localTarget(attrs, page.path);
		const marked = attrs.includes(MARKED_BY_COMPONENT);
		const mark = url && !marked && facts.isFallback(decodeURIComponent(url.pathname)) ? `<span class="sg-en-only"> ${label}</span>` : '';
		return `<a${attrs}>${inner}${mark}</a>`;
	});
}
