/**
 * RSS feed of content updates per locale (`/feed.xml`, `/zh-cn/feed.xml`…): every guide and policy,
 * newest review first, in the reader's language where translated.
 */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getCollection } from 'astro:content';
import { pagesForLocale } from '../../lib/guides.ts';
import { isFactPage } from '../../lib/page-kinds.ts';
import { localeParams, pageLocale, SOURCE_LOCALE, splitDocsId } from '../../lib/locale.ts';
import { readLocaleStrings } from '../../readers/ui-strings.ts';

export const getStaticPaths = localeParams;

export async function GET(context: APIContext) {
	const { code: locale, lang } = pageLocale(context);
	const strings = { ...readLocaleStrings(SOURCE_LOCALE), ...readLocaleStrings(locale) };
	const docs = await getCollection('docs');
	const reviewed = new Map(
		docs.flatMap((d) =>
			isFactPage(d.data) && splitDocsId(d.id).locale === SOURCE_LOCALE ? [[splitDocsId(d.id).pageId, d.data.lastReviewed] as const] : []
		)
	);
	const items = [...pagesForLocale(docs, locale, 'guide'), ...pagesForLocale(docs, locale, 'policy')]
		.map((page) => ({
			title: page.fallback ? `${page.title} ${strings['link.englishOnly']}` : page.title,
			link: page.href,
			description: page.description,
			pubDate: reviewed.get(page.id),
		}))
		.sort((a, b) => (b.pubDate?.getTime() ?? 0) - (a.pubDate?.getTime() ?? 0));
	return rss({
		title: `${strings['site.title']}: ${strings['feed.title']}`,
		description: strings['feed.description']!,
		site: context.site!,
		items,
		customData: `<language>${lang}</language>`,
	});
}
