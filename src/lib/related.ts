/**
 * Cross-links between pages: the guides and policies that name a task or agency, the policies a
 * guide explains and the guides that explain a policy (the link runs both ways). Pure functions
 * over the docs collection, as links in the reader's locale.
 */
import type { CollectionEntry } from 'astro:content';
import { pagesForLocale, type GuideLink } from './guides.ts';
import type { PageKind } from './page-kinds.ts';
import type { Locale } from './locale.ts';

type Docs = readonly CollectionEntry<'docs'>[];

/** Guides (or policies) that name a task or agency in their frontmatter, or send readers to an office. */
export function pagesNaming(
	docs: Docs,
	field: 'tasks' | 'agencies' | 'offices',
	id: string,
	locale: Locale,
	kind: PageKind = 'guide'
): GuideLink[] {
	return pagesForLocale(docs, locale, kind).filter((p) => p[field].includes(id));
}

/** The policies a guide (`guides/<slug>`) says it explains. */
export function policiesOfGuide(docs: Docs, guideId: string, locale: Locale): GuideLink[] {
	const guide = pagesForLocale(docs, locale, 'guide').find((g) => g.id === guideId);
	const wanted = new Set((guide?.policies ?? []).map((p) => `policies/${p}`));
	return pagesForLocale(docs, locale, 'policy').filter((p) => wanted.has(p.id));
}

/** The guides that say they explain a policy (`policies/<slug>`). */
export function guidesExplainingPolicy(docs: Docs, policyId: string, locale: Locale): GuideLink[] {
	const slug = policyId.replace(/^policies\//, '');
	return pagesForLocale(docs, locale, 'guide').filter((g) => g.policies.includes(slug));
}
