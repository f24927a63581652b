import type { APIRoute } from 'astro';
import { LOCALE_CODES, pageLocale } from '../../../lib/locale.ts';
import { loadJourneys } from '../../../lib/journey-data.ts';
import { journeysDocument } from '../../../lib/open-data.ts';
import { headingIds } from '../../../readers/known-ids.ts';

export const getStaticPaths = () => LOCALE_CODES.map((locale) => ({ params: { locale } }));

export const GET: APIRoute = async (context) => {
	const body = journeysDocument(await loadJourneys(), pageLocale(context).code, context.site!, headingIds);
	return new Response(JSON.stringify(body, null, '\t'), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
