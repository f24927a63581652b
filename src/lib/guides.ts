import type { CollectionEntry } from 'astro:content';
import { localizedPath, SOURCE_LOCALE } from './locales.ts';

export interface GuideLink {
	/** Locale-free id, e.g. `guides/work-permit`. */
	id: string;
	title: string;
	description: string | undefined;
	href: string;
	flagship: boolean;
	/** True when the reader's locale has no translation and the English page will be shown. */
	fallback: boolean;
}

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
	const byLocale = new Map<string, Map<string, CollectionEntry<'docs'>>>();
	for (const entry of entries) {
		if (entry.data.pageType !== 'guide') continue;
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
			};
		})
		.sort((a, b) => a.order - b.order || a.title.localeCompare(b.title, locale))
		.map(({ order: _order, ...link }) => link);
}
