import type { APIRoute } from 'astro';
import { LOCALE_CODES, pageLocale } from '../../../lib/locale.ts';
import { loadPlan } from '../../../lib/plan-data.ts';
import { targetsDocument } from '../../../lib/open-data.ts';

export const getStaticPaths = () => LOCALE_CODES.map((locale) => ({ params: { locale } }));

export const GET: APIRoute = async (context) => {
	const plan = await loadPlan();
	const body = targetsDocument(plan, pageLocale(context).code);
	return new Response(JSON.stringify(body, null, '\t'), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
