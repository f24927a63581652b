import type { APIRoute } from 'astro';
import { LOCALE_CODES, pageLocale } from '../../../lib/locale.ts';
import { loadOffices } from '../../../lib/office-data.ts';
import { officesDocument } from '../../../lib/open-data.ts';

export const getStaticPaths = () => LOCALE_CODES.map((locale) => ({ params: { locale } }));

export const GET: APIRoute = async (context) => {
	const body = officesDocument(await loadOffices(), pageLocale(context).code, context.site!);
	return new Response(JSON.stringify(body, null, '\t'), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
