/**
 * The kinds of content page, as the docs schema defines them (a union on `pageType`): a guide's
 * and a policy's evidence (sources, review date) is required by type, so components that show it
 * take the narrowed data and assert nothing.
 */
import type { CollectionEntry } from 'astro:content';

export type DocsData = CollectionEntry<'docs'>['data'];
export type GuideData = Extract<DocsData, { pageType: 'guide' }>;
export type PolicyData = Extract<DocsData, { pageType: 'policy' }>;
/** Pages that state facts: they cite sources and carry a review date. */
export type FactPageData = GuideData | PolicyData;
export type PageKind = FactPageData['pageType'];

export function isFactPage(data: DocsData): data is FactPageData {
	return data.pageType === 'guide' || data.pageType === 'policy';
}

export function isGuide(data: DocsData): data is GuideData {
	return data.pageType === 'guide';
}
