/** The change history of every guide and policy as a reader of a locale sees it. */
import { loadDocs } from './docs-data.ts';
import type { PageHistory } from './changes.ts';
import { factPagesForLocale } from './guides.ts';
import type { Locale } from './locale.ts';

export async function pageHistories(locale: Locale): Promise<PageHistory[]> {
	return factPagesForLocale(await loadDocs(), locale).map(({ id, title, href, changes, fallback }) => ({
		pageId: id,
		title,
		href,
		changes,
		fallback,
	}));
}

export const atomResponse = (xml: string) => new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
