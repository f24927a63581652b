import type { CollectionEntry } from 'astro:content';
import { localizedPath, SOURCE_LOCALE } from './locales.ts';
import type { POLICY_STATUSES } from './taxonomy.ts';

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
	/** Policy ids a guide explains (guides only). */
	policies: string[];
	/** Policy status (policies only). */
	status: PolicyStatus | undefined;
}

export type PageKind = 'guide' | 'policy';

/** Splits a docs id into its locale and locale-free part (`zh-cn/guides/x` → ['zh-cn', 'guides/x']). */
export function splitDocsId(id: string, localeCodes: readonly string[]): [string, string] {
	const [first, ...rest] = id.split('/');
	if (first && localeCodes.includes(first) && first !== SOURCE_LOCALE) return [first, rest.join('/') || 'index'];
	return [SOURCE_LOCALE, id];
}

/**
 * The guides a reader of `locale` can open, in the guides' order: the translated entry where
 * there is one, otherwise the English one (which Starlight serves under the reader's locale with
 * its fallback notice).
 */
export function guidesForLocale(entries: CollectionEntry<'docs'>[], locale: string, localeCodes: readonly string[]): GuideLink[] {
	return pagesForLocale(entries, locale, localeCodes, 'guide');
}

/** Like `guidesForLocale`, for any kind of page with a type (guides, policies). */
export function pagesForLocale(
	entries: CollectionEntry<'docs'>[],
	locale: string,
	localeCodes: readonly string[],
	kind: PageKind
): GuideLink[] {
	const byLocale = new Map<string, Map<string, CollectionEntry<'docs'>>>();
	for (const entry of entries) {
		if (entry.data.pageType !== kind) continue;
		const [code, path] = splitDocsId(entry.id, localeCodes);
		if (!byLocale.has(code)) byLocale.set(code, new Map());
		byLocale.get(code)!.set(path, entry);
	}
	const english = byLocale.get(SOURCE_LOCALE) ?? new Map();
	return [...english.entries()]
		.map(([path, source]) => {
			const translated = byLocale.get(locale)?.get(path);
			const entry = translated ?? source;
			return {
				id: path,
				title: entry.data.title,
				description: entry.data.description,
				href: localizedPath(locale, `/${path}/`),
				flagship: source.data.flagship,
				fallback: !translated && locale !== SOURCE_LOCALE,
				order: source.data.order,
				audience: [...source.data.audience],
				tasks: source.data.tasks.map((r: { id: string }) => r.id),
				agencies: source.data.agencies.map((r: { id: string }) => r.id),
				policies: [...source.data.policies],
				status: source.data.status?.value,
			};
		})
		.sort((a, b) => a.order - b.order || a.title.localeCompare(b.title, locale))
		.map(({ order: _order, ...link }) => link);
}
