/** Atom feed of every change to a guide or policy, per locale (`/changes.xml`, `/zh-cn/changes.xml`…). */
import type { APIContext } from 'astro';
import { atomFeed, pageEntries } from '../../lib/changes.ts';
import { atomResponse, pageHistories } from '../../lib/change-data.ts';
import { localeParams, localizedHref, pageLocale } from '../../lib/locale.ts';
import { SITE_URL } from '../../lib/site-config.ts';

export const getStaticPaths = localeParams;

export async function GET(context: APIContext) {
	const { code, lang } = pageLocale(context);
	const t = context.locals.t;
	const url = (path: string) => new URL(path, SITE_URL).href;
	const self = url(localizedHref(code, '/changes.xml'));
	const body = atomFeed({
		id: self,
		title: t('feed.titleOf', { name: t('site.title'), feed: t('whatsNew.feedTitle'), interpolation: { escapeValue: false } }),
		self,
		alternate: url(localizedHref(code, '/whats-new/')),
		lang,
		author: t('site.title'),
		entries: (await pageHistories(code)).flatMap((page) => pageEntries({ ...page, url: url(page.href) }, t('changes.firstPublished'))),
	});
	return atomResponse(body);
}
