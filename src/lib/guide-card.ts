/**
 * The "basic information" card at the top of a guide or policy (modelled on Shenzhen Government
 * Online's service guides). Each field is optional, and each one present names the source it
 * was confirmed in: a field we could not confirm is left out, never guessed.
 */

export interface CardFact {
	text: string;
	/** URL of the page the fact was confirmed in; must be one of the page's `sources`. */
	source: string;
}
export interface CardLink extends CardFact {
	url: string;
}
export interface GuideCard {
	processingTime?: CardFact;
	office?: CardFact;
	hours?: CardFact;
	enquiryHotline?: CardFact;
	supervisionHotline?: CardFact;
	online?: CardLink;
	fees?: CardFact;
	/** References to agencies; the card component resolves them. */
	rulesBy?: readonly unknown[];
}

export const CARD_FIELDS = ['processingTime', 'office', 'hours', 'enquiryHotline', 'supervisionHotline', 'online', 'fees'] as const;
export type CardField = (typeof CARD_FIELDS)[number];

export interface CardRow {
	field: CardField;
	text: string;
	url?: string;
	source: string;
	/** 1-based position of the source in the page's source list, for the footnote link. */
	sourceNumber: number;
}

/** The card's rows in display order, only for fields that are present. */
export function cardRows(card: GuideCard | undefined, sources: readonly { url: string }[]): CardRow[] {
	if (!card) return [];
	const rows: CardRow[] = [];
	for (const field of CARD_FIELDS) {
		const fact = card[field];
		if (!fact) continue;
		const index = sources.findIndex((s) => s.url === fact.source);
		if (index < 0) throw new Error(`card.${field}: source ${fact.source} is not listed in the page's sources`);
		rows.push({ field, text: fact.text, url: 'url' in fact ? fact.url : undefined, source: fact.source, sourceNumber: index + 1 });
	}
	return rows;
}

/** Card fields whose `source` is not among the page's sources (for the schema's error). */
export function unlistedCardSources(card: GuideCard | undefined, sources: readonly { url: string }[] = []): CardField[] {
	if (!card) return [];
	const urls = new Set(sources.map((s) => s.url));
	return CARD_FIELDS.filter((field) => card[field] && !urls.has(card[field]!.source));
}
