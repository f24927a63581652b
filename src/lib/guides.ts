import type { CollectionEntry } from 'astro:content';
import { pageHref, SOURCE_LOCALE, splitDocsId, type Locale } from './locale.ts';
import type { POLICY_STATUSES } from './taxonomy.ts';
import { isFactPage, type FactPageData, type PageKind } from './page-kinds.ts';
import type { Change } from './changes.ts';

type PolicyStatus = (typeof POLICY_STATUSES)[number];

export interface GuideLink {
	/** Locale-free id, e.g. `guides/work-permit`. */
	id: string;
	title: string;
	description: string | undefined;
	href: string;
	flagship: boolean;
	/** True when the reader's locale has no translation and the English page will be shown. */
	fallback: boolean;
	/** From the English source, so filters work the same in every locale. */
	audience: string[];
	tasks: string[];
	agencies: string[];
	/** Offices and lines the page sends readers to: its card's and those it links with <OfficeLink>. */
	offices: string[];
	/** Policy ids a guide explains (guides only). */
	policies: string[];
	/** The change history of the page the reader is shown (the translation's, or the English one's). */
	changes: readonly Change[];
	/** Policy status (policies only). */
	status: PolicyStatus | undefined;
}

const OFFICE_LINK = /<OfficeLink\s[^>]*\bid="([^"]+)"/g;

/** Offices and lines a page sends readers to: those in its card, then those its text links. */
export function officesOfPage(data: FactPageData, body = ''): string[] {
	const ids = new Set<string>();
	for (const o of data.card?.offices ?? []) ids.add(o.office.id);
	for (const r of [...(data.card?.enquiries ?? []), ...(data.card?.complaints ?? [])]) ids.add(r.id);
	for (const m of body.matchAll(OFFICE_LINK)) ids.add(m[1]!);
	return [...ids];
}

/**
 * The guides a reader of `locale` can open, in the guides' order: the translated entry where
 * there is one, otherwise the English one (which Starlight serves under the reader's locale with
 * its fallback notice).
 */
export function guidesForLocale(entries: readonly CollectionEntry<'docs'>[], locale: Locale): readonly GuideLink[] {
	return pagesForLocale(entries, locale, 'guide');
}

/**
 * What `pagesForLocale` returned, by collection array, then locale and kind. Every page of a build
 * asks with the same array (`loadDocs`), and many pages ask: each answer is worked out once.
 */
const answers = new WeakMap<readonly CollectionEntry<'docs'>[], Map<string, readonly GuideLink[]>>();

/** Like `guidesForLocale`, for any kind of page with a type (guides, policies). */
export function pagesForLocale(entries: readonly CollectionEntry<'docs'>[], locale: Locale, kind: PageKind): readonly GuideLink[] {
	let byQuery = answers.get(entries);
	if (!byQuery) answers.set(entries, (byQuery = new Map()));
	const query = `${locale} ${kind}`;
	let pages = byQuery.get(query);
	if (!pages) byQuery.set(query, (pages = linksForLocale(entries, locale, kind)));
	return pages;
}

function linksForLocale(entries: readonly CollectionEntry<'docs'>[], locale: Locale, kind: PageKind): GuideLink[] {
	const byLocale = new Map<Locale, Map<string, FactPageData>>();
	const englishBodies = new Map<string, string | undefined>();
	for (const { id, data, body } of entries) {
		if (!isFactPage(data) || data.pageType !== kind) continue;
		const { locale: code, pageId } = splitDocsId(id);
		if (!byLocale.has(code)) byLocale.set(code, new Map());
		byLocale.get(code)!.set(pageId, data);
		if (code === SOURCE_LOCALE) englishBodies.set(pageId, body);
	}
	const english = byLocale.get(SOURCE_LOCALE) ?? new Map<string, FactPageData>();
	return [...english.entries()]
		.map(([path, source]) => {
			const translated = byLocale.get(locale)?.get(path);
			const shown = translated ?? source;
			return {
				id: path,
				title: shown.title,
				description: shown.description,
				href: pageHref(locale, path),
				flagship: source.pageType === 'guide' && source.flagship,
				fallback: !translated && locale !== SOURCE_LOCALE,
				order: source.order,
				audience: [...source.audience],
				tasks: source.tasks.map((r) => r.id),
				agencies: source.agencies.map((r) => r.id),
				offices: officesOfPage(source, englishBodies.get(path)),
				policies: source.pageType === 'guide' ? [...source.policies] : [],
				changes: shown.changes,
				status: source.pageType === 'policy' ? source.status.value : undefined,
			};
		})
		.sort((a, b) => a.order - b.order || a.title.localeCompare(b.title, locale))
		.map(({ order: _order, ...link }) => link);
}

/** Every guide, then every policy, as a reader of `locale` can open them. */
export function factPagesForLocale(entries: readonly CollectionEntry<'docs'>[], locale: Locale): GuideLink[] {
	return [...pagesForLocale(entries, locale, 'guide'), ...pagesForLocale(entries, locale, 'policy')];
}
