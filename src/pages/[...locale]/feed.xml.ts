/**
 * RSS feed of content updates per locale (`/feed.xml`, `/zh-cn/feed.xml`…): every guide and policy,
 * newest review first, in the reader's language where translated.
 */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getCollection } from 'astro:content';
import { pagesForLocale, splitDocsId } from '../../lib/guides.ts';
import { LOCALE_CODES, localeByCode, SOURCE_LOCALE } from '../../lib/locales.ts';
import { readLocaleStrings } from '../../lib/ui-strings.ts';
import { localeParams } from '../../lib/routes.ts';

export const getStaticPaths = localeParams;

export async function GET(context: APIContext) {
	const locale = context.params.locale ?? SOURCE_LOCALE;
	const { lang } = localeByCode(locale);
	const strings = { ...readLocaleStrings(SOURCE_LOCALE), ...readLocaleStrings(locale) };
	const docs = await getCollection('docs');
	const reviewed = new Map(
		docs.filter((d) => splitDocsId(d.id, LOCALE_CODES)[0] === SOURCE_LOCALE).map((d) => [splitDocsId(d.id, LOCALE_CODES)[1], d.data.lastReviewed])
	);
	const items = [...pagesForLocale(docs, locale, LOCALE_CODES, 'guide'), ...pagesForLocale(docs, locale, LOCALE_CODES, 'policy')]
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
