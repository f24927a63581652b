/** The change history of every guide and policy as a reader of a locale sees it. */
import { getCollection } from 'astro:content';
import type { PageHistory } from './changes.ts';
import { pageHref, SOURCE_LOCALE, splitDocsId, type Locale } from './locale.ts';
import { isFactPage } from './page-kinds.ts';

export async function pageHistories(locale: Locale): Promise<PageHistory[]> {
	const docs = (await getCollection('docs')).flatMap((d) => (isFactPage(d.data) ? [{ ...splitDocsId(d.id), data: d.data }] : []));
	return docs
		.filter((d) => d.locale === SOURCE_LOCALE)
		.map((english) => {
			const translated = docs.find((d) => d.locale === locale && d.pageId === english.pageId);
			const shown = translated ?? english;
			return {
				pageId: english.pageId,
				title: shown.data.title,
				href: pageHref(locale, english.pageId),
				changes: shown.data.changes,
				fallback: !translated && locale !== SOURCE_LOCALE,
			};
		});
}

export const atomResponse = (xml: string) => new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
