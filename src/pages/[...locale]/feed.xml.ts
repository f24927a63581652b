/**
 * RSS feed of content updates per locale (`/feed.xml`, `/zh-cn/feed.xml`…): every guide, policy and journey,
 * newest review first, in the reader's language where translated.
 */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { loadDocs } from '../../lib/docs-data.ts';
import { factPagesForLocale } from '../../lib/guides.ts';
import { isFactPage } from '../../lib/page-kinds.ts';
import { loadJourneys } from '../../lib/journey-data.ts';
import { journeyHref, localeParams, pageLocale, pick, SOURCE_LOCALE, splitDocsId } from '../../lib/locale.ts';
import { readLocaleStrings } from '../../readers/ui-strings.ts';

export const getStaticPaths = localeParams;

const latest = (dates: (Date | undefined)[]) => dates.reduce<Date | undefined>((max, d) => (d && (!max || d > max) ? d : max), undefined);

export async function GET(context: APIContext) {
	const { code: locale, lang } = pageLocale(context);
	const strings = { ...readLocaleStrings(SOURCE_LOCALE), ...readLocaleStrings(locale) };
	const docs = await loadDocs();
	const reviewed = new Map(
		docs.flatMap((d) =>
			isFactPage(d.data) && splitDocsId(d.id).locale === SOURCE_LOCALE ? [[splitDocsId(d.id).pageId, d.data.lastReviewed] as const] : []
		)
	);
	const items = factPagesForLocale(docs, locale)
		.map((page) => ({
			title: page.fallback ? `${page.title} ${strings['link.englishOnly']}` : page.title,
			link: page.href,
			description: page.description,
			pubDate: reviewed.get(page.id),
		}))
		// A journey is as recent as the latest review of the pages it links.
		.concat(
			(await loadJourneys()).map((journey) => ({
				title: pick(journey.data.title, locale),
				link: journeyHref(locale, journey.id),
				description: pick(journey.data.summary, locale),
				pubDate: latest(journey.data.steps.flatMap((step) => step.links.map((l) => reviewed.get(l.page)))),
			}))
		)
		.sort((a, b) => (b.pubDate?.getTime() ?? 0) - (a.pubDate?.getTime() ?? 0));
	return rss({
		title: context.locals.t('feed.titleOf', {
			name: strings['site.title'],
			feed: strings['feed.title'],
			interpolation: { escapeValue: false },
		}),
		description: strings['feed.description']!,
		site: context.site!,
		items,
		customData: `<language>${lang}</language>`,
	});
}
