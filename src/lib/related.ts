import { getCollection } from 'astro:content';
import { pagesForLocale, type GuideLink, type PageKind } from './guides.ts';
import { LOCALE_CODES } from './locales.ts';

/** Guides (or policies) whose frontmatter lists the task or agency, as links in the reader's locale. */
export async function guidesRelatedTo(field: 'tasks' | 'agencies', id: string, locale: string, kind: PageKind = 'guide'): Promise<GuideLink[]> {
	const pages = pagesForLocale(await getCollection('docs'), locale, LOCALE_CODES, kind);
	return pages.filter((p) => p[field].includes(id));
}

/** Policies a guide explains, and guides that explain a policy: the link runs both ways. */
export async function policiesOfGuide(guidePath: string, locale: string): Promise<GuideLink[]> {
	const docs = await getCollection('docs');
	const guide = pagesForLocale(docs, locale, LOCALE_CODES, 'guide').find((g) => g.id === guidePath);
	const wanted = new Set((guide?.policies ?? []).map((p) => `policies/${p}`));
	return pagesForLocale(docs, locale, LOCALE_CODES, 'policy').filter((p) => wanted.has(p.id));
}

export async function guidesExplainingPolicy(policyPath: string, locale: string): Promise<GuideLink[]> {
	const slug = policyPath.replace(/^policies\//, '');
	return pagesForLocale(await getCollection('docs'), locale, LOCALE_CODES, 'guide').filter((g) => g.policies.includes(slug));
}
