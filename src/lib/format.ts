/**
 * The one place numbers, money, dates, lists and sorting are formatted for a reader. Every call
 * takes the reader's BCP-47 tag, so no component concatenates translated fragments by hand.
 */

export function formatNumber(lang: string, value: number, options?: Intl.NumberFormatOptions): string {
	return new Intl.NumberFormat(lang, options).format(value);
}

/** 77 → "77%" (or "77 %" in French, "٪77" in Arabic). */
export function formatPercent(lang: string, value: number): string {
	return new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 }).format(value / 100);
}

/**
 * Money in a currency. Large round amounts read best in words: US$4 billion →
 * "4 billion US dollars", "40亿美元", "40億米ドル".
 */
export function formatMoney(lang: string, value: number, currency: string, compact = value >= 1_000_000): string {
	return new Intl.NumberFormat(lang, {
		style: 'currency',
		currency,
		currencyDisplay: compact ? 'name' : 'symbol',
		notation: compact ? 'compact' : 'standard',
		compactDisplay: 'long',
		maximumFractionDigits: compact ? 1 : 2,
	}).format(value);
}

/** A calendar date (no time) for a reader; dates in content are UTC midnights. */
export function formatDate(lang: string, date: Date): string {
	return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** ISO form for `<time datetime>`. */
export function isoDate(date: Date): string {
	return date.toISOString().slice(0, 10);
}

export function formatList(lang: string, items: string[], type: Intl.ListFormatType = 'conjunction'): string {
	return new Intl.ListFormat(lang, { style: 'long', type }).format(items);
}

/**
 * The text around a value in a translated template, so the value can be its own element (bold,
 * or kept left to right) wherever the locale's word order puts it: "More than {{value}}" →
 * ["More than ", ""], "{{value}}超" → ["", "超"]. `render` fills the template with a marker.
 */
export function aroundValue(render: (marker: string) => string): [before: string, after: string] {
	const [before = '', after = ''] = render('\u0000').split('\u0000');
	return [before, after];
}

/** Sorts by a label in the reader's language (pinyin order for zh-CN, stroke order for zh-HK…). */
export function sortByLabel<T>(lang: string, items: readonly T[], label: (item: T) => string): T[] {
	const collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
	return [...items].sort((a, b) => collator.compare(label(a), label(b)));
}
