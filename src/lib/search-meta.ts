/**
 * What kind of page a route is, for the search index's "type" filter and result labels. Read from
 * the route's locale-free path, so custom pages (tasks, agencies) and content pages agree.
 */
export type SearchType = 'guide' | 'policy' | 'task' | 'pillar' | 'agency' | 'office' | 'journey' | 'plan' | 'page';

export function searchTypeOf(path: string): SearchType {
	const p = path.replace(/^\/+|\/+$/g, '');
	if (/^guides\/.+/.test(p)) return 'guide';
	if (/^policies\/.+/.test(p)) return 'policy';
	if (/^plan\/tasks\/.+/.test(p)) return 'task';
	if (/^plan\/pillars\/.+/.test(p)) return 'pillar';
	if (/^agencies\/.+/.test(p)) return 'agency';
	if (/^offices\/.+/.test(p)) return 'office';
	if (/^journeys\/.+/.test(p)) return 'journey';
	if (/^plan(\/|$)/.test(p)) return 'plan';
	return 'page';
}

/**
 * Chinese and Japanese words written inside longer runs of characters, split as the browser will
 * split a query (`Intl.Segmenter`). Pagefind segments pages at build time with its own rules
 * (jieba and Lindera for zh/ja pages, whitespace elsewhere), so a query whose browser segments
 * never occur as indexed words finds nothing (Pagefind issue #1237): "深圳海关" on an English page
 * is one indexed word, but the browser searches for 深圳 and 海关. Indexing each distinct word the
 * browser would produce closes that gap at the cost of a few extra words per page.
 */
const segmenters = new Map<string, Intl.Segmenter>();

export function browserSegments(lang: string, texts: readonly string[]): string[] {
	// Creating a segmenter loads ICU data; one per language serves every page.
	let segmenter = segmenters.get(lang);
	if (!segmenter) segmenters.set(lang, (segmenter = new Intl.Segmenter(lang, { granularity: 'word' })));
	const out = new Set<string>();
	for (const text of texts)
		for (const run of text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]{2,}/gu) ?? [])
			for (const s of segmenter.segment(run)) if (s.isWordLike && s.segment.length > 1 && s.segment !== run) out.add(s.segment);
	return [...out];
}
