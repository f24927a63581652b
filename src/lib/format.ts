/**
 * The one place numbers, money, dates, lists and sorting are formatted for a reader. Every call
 * takes the reader's BCP-47 tag, so no component concatenates translated fragments by hand.
 */

/**
 * Intl objects by language and options, each made once. Making one loads the language's CLDR data
 * and costs a hundred times more than using it; a build formats values on every page.
 */
const made = new Map<string, object>();
function cached<T extends object>(kind: string, lang: string, options: object | undefined, make: () => T): T {
	const key = `${kind} ${lang} ${JSON.stringify(options ?? {})}`;
	let found = made.get(key) as T | undefined;
	if (!found) made.set(key, (found = make()));
	return found;
}

const numberFormat = (lang: string, options?: Intl.NumberFormatOptions) =>
	cached('NumberFormat', lang, options, () => new Intl.NumberFormat(lang, options));
const dateTimeFormat = (lang: string, options?: Intl.DateTimeFormatOptions) =>
	cached('DateTimeFormat', lang, options, () => new Intl.DateTimeFormat(lang, options));
const listFormat = (lang: string, options?: Intl.ListFormatOptions) =>
	cached('ListFormat', lang, options, () => new Intl.ListFormat(lang, options));
export const pluralRules = (lang: string, options?: Intl.PluralRulesOptions) =>
	cached('PluralRules', lang, options, () => new Intl.PluralRules(lang, options));
const collator = (lang: string, options?: Intl.CollatorOptions) =>
	cached('Collator', lang, options, () => new Intl.Collator(lang, options));

export function formatNumber(lang: string, value: number, options?: Intl.NumberFormatOptions): string {
	return numberFormat(lang, options).format(value);
}

/** 77 → "77%" (or "77 %" in French, "٪77" in Arabic). */
export function formatPercent(lang: string, value: number): string {
	return numberFormat(lang, { style: 'percent', maximumFractionDigits: 1 }).format(value / 100);
}

/**
 * Money in a currency. Large round amounts read best in words: US$4 billion →
 * "4 billion US dollars", "40亿美元", "40億米ドル".
 */
export function formatMoney(lang: string, value: number, currency: string, compact = value >= 1_000_000): string {
	// CLDR's Hong Kong Chinese abbreviates large numbers the English way ("4B 美元"); written
	// Traditional Chinese, Hong Kong's included, counts in 萬 and 億 ("40億美元").
	const numbering = compact && lang === 'zh-HK' ? 'zh-Hant' : lang;
	const text = numberFormat(numbering, {
		style: 'currency',
		currency,
		currencyDisplay: compact ? 'name' : 'symbol',
		notation: compact ? 'compact' : 'standard',
		compactDisplay: 'long',
		maximumFractionDigits: compact ? 1 : 2,
	}).format(value);
	// …without the space zh-Hant puts between the number word and the currency ("40億 美元").
	return numbering === lang ? text : text.replace(/(?<=\p{Script=Han})\s(?=\p{Script=Han})/gu, '');
}

/** A calendar date (no time) for a reader; dates in content are UTC midnights. */
export function formatDate(lang: string, date: Date): string {
	return dateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** ISO form for `<time datetime>`. */
export function isoDate(date: Date): string {
	return date.toISOString().slice(0, 10);
}

/** "A, B and C" in a sentence; `{ style: 'narrow' }` for a list of facts ("A, B, C", "A、B、C"). */
export function formatList(lang: string, items: string[], options: Intl.ListFormatOptions = {}): string {
	return listFormat(lang, { style: 'long', type: 'conjunction', ...options }).format(items);
}

/** Private-use characters around a placeholder's name: they survive i18next's escaping and no translation contains them. */
const SLOT_OPEN = '\uE000';
const SLOT_CLOSE = '\uE001';
const SLOT = /\uE000([^\uE001]*)\uE001/;

/**
 * Values for `t()` that mark where each named placeholder goes, so that the value can be an
 * element (a link, a `<time>`, a phone number): `t('guide.lastReviewedOn', slotMarkers('date'))`,
 * then `templateParts` (the `Template` component does both halves for a page).
 */
export function slotMarkers<N extends string>(...names: N[]): { [K in N]: string } {
	return Object.fromEntries(names.map((name) => [name, SLOT_OPEN + name + SLOT_CLOSE])) as { [K in N]: string };
}

export type TemplatePart = { text: string } | { slot: string };

/**
 * A translated string filled with `slotMarkers`, cut into its text and its placeholders in the
 * locale's order: "Last reviewed: ⟨date⟩" → [{ text: 'Last reviewed: ' }, { slot: 'date' }],
 * "最終確認日：⟨date⟩" → [{ text: '最終確認日：' }, { slot: 'date' }].
 */
export function templateParts(filled: string): TemplatePart[] {
	return filled
		.split(SLOT)
		.map((piece, i) => (i % 2 ? { slot: piece } : { text: piece }))
		.filter((part) => !('text' in part) || part.text !== '');
}

export type ListPart = { text: string } | { item: number };

/**
 * A list of `count` elements with the locale's separators between them (", " in English, "、" in
 * Chinese and Japanese, " و" in Arabic), for lists whose items are elements (links, phone numbers,
 * hours). Narrow by default: a list of facts, not a sentence, so English keeps "A, B, C".
 */
export function listParts(
	lang: string,
	count: number,
	options: Intl.ListFormatOptions = { type: 'conjunction', style: 'narrow' }
): ListPart[] {
	const markers = Array.from({ length: count }, (_, i) => SLOT_OPEN + String(i) + SLOT_CLOSE);
	return templateParts(listFormat(lang, options).format(markers)).map((part) => ('slot' in part ? { item: Number(part.slot) } : part));
}

/** Sorts by a label in the reader's language (pinyin order for zh-CN, stroke order for zh-HK…). */
export function sortByLabel<T>(lang: string, items: readonly T[], label: (item: T) => string): T[] {
	const { compare } = collator(lang, { sensitivity: 'base', numeric: true });
	return [...items].sort((a, b) => compare(label(a), label(b)));
}
