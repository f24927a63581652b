/**
 * The "basic information" card at the top of a guide or policy (modelled on Shenzhen Government
 * Online's service guides). Each field is optional, and each fact present names the source it
 * was confirmed in: a field we could not confirm is left out, never guessed. Offices and lines are
 * references to `content/offices/`, whose entries carry their own addresses, hours and sources.
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
	offices?: readonly { office: { id: string }; counter?: CardFact }[];
	enquiries?: readonly { id: string }[];
	complaints?: readonly { id: string }[];
	online?: CardLink;
	fees?: CardFact;
	/** References to agencies; the card component resolves them. */
	rulesBy?: readonly unknown[];
}

/** The card's facts written as text on the page, in display order. */
export const CARD_FIELDS = ['processingTime', 'online', 'fees'] as const;
export type CardField = (typeof CARD_FIELDS)[number];

export interface CardRow {
	field: CardField;
	text: string;
	url?: string;
	source: string;
	/** 1-based position of the source in the page's source list, for the footnote link. */
	sourceNumber: number;
}

/** 1-based position of a source in the page's list; throws when the source is not listed. */
export function sourceNumber(url: string, sources: readonly { url: string }[], field: string): number {
	const index = sources.findIndex((s) => s.url === url);
	if (index < 0) throw new Error(`card.${field}: source ${url} is not listed in the page's sources`);
	return index + 1;
}

/** The card's text rows in display order, only for fields that are present. */
export function cardRows(card: GuideCard | undefined, sources: readonly { url: string }[]): CardRow[] {
	if (!card) return [];
	const rows: CardRow[] = [];
	for (const field of CARD_FIELDS) {
		const fact = card[field];
		if (!fact) continue;
		rows.push({
			field,
			text: fact.text,
			url: 'url' in fact ? fact.url : undefined,
			source: fact.source,
			sourceNumber: sourceNumber(fact.source, sources, field),
		});
	}
	return rows;
}

/** Paths of the card's facts whose `source` is not among the page's sources (for the schema's error). */
export function unlistedCardSources(card: GuideCard | undefined, sources: readonly { url: string }[] = []): (string | number)[][] {
	if (!card) return [];
	const urls = new Set(sources.map((s) => s.url));
	const paths: (string | number)[][] = CARD_FIELDS.filter((field) => card[field] && !urls.has(card[field]!.source)).map((field) => [
		field,
		'source',
	]);
	card.offices?.forEach((o, i) => {
		if (o.counter && !urls.has(o.counter.source)) paths.push(['offices', i, 'counter', 'source']);
	});
	return paths;
}
