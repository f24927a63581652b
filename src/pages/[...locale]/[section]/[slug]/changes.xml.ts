/** Atom feed of one guide's or policy's changes (`/guides/work-permit/changes.xml`, per locale). */
import type { APIContext } from 'astro';
import { atomFeed, pageEntries } from '../../../../lib/changes.ts';
import { atomResponse, pageHistories } from '../../../../lib/change-data.ts';
import { LOCALE_CODES, localeParam, localizedHref, pageLocale } from '../../../../lib/locale.ts';
import { SITE_URL } from '../../../../lib/site-config.ts';

export async function getStaticPaths() {
	const pages = await pageHistories('en');
	return LOCALE_CODES.flatMap((code) =>
		pages.map((p) => {
			const [section, slug] = p.pageId.split('/');
			return { params: { locale: localeParam(code), section, slug } };
		})
	);
}

export async function GET(context: APIContext) {
	const { code, lang } = pageLocale(context);
	const t = context.locals.t;
	const pageId = `${context.params.section}/${context.params.slug}`;
	const page = (await pageHistories(code)).find((p) => p.pageId === pageId)!;
	const url = (path: string) => new URL(path, SITE_URL).href;
	const self = url(localizedHref(code, `/${pageId}/changes.xml`));
	const body = atomFeed({
		id: self,
		title: t('feed.titleOf', { name: page.title, feed: t('changes.heading'), interpolation: { escapeValue: false } }),
		self,
		alternate: url(page.href),
		lang,
		author: t('site.title'),
		entries: pageEntries({ title: page.title, url: url(page.href), changes: page.changes }, t('changes.firstPublished')),
	});
	return atomResponse(body);
}
