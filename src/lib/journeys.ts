/**
 * Journeys: ordered steps across guides and policies (GOV.UK's "step by step"). Which journeys and
 * steps a page belongs to, and where a step's link leads in the reader's locale. Pure functions.
 */
import { journeyHref, pageHref, pick, SOURCE_LOCALE, type Locale, type Localized } from './locale.ts';

export interface JourneyLink {
	/** English id of a guide or policy, e.g. `guides/work-permit`. */
	page: string;
	/** Id of a heading on the English page. */
	heading?: string;
}

export interface JourneyStep {
	title: Localized;
	summary: Localized;
	join: 'and' | 'or';
	links: readonly JourneyLink[];
}

export interface JourneyLike {
	id: string;
	data: { order: number; title: Localized; summary: Localized; steps: readonly JourneyStep[] };
}

export const byOrder = <J extends JourneyLike>(journeys: readonly J[]): J[] =>
	[...journeys].sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));

/** The journeys a page is part of, with the (1-based) numbers of the steps that link to it. */
export function journeysOfPage<J extends JourneyLike>(journeys: readonly J[], pageId: string): { journey: J; steps: number[] }[] {
	return byOrder(journeys)
		.map((journey) => ({
			journey,
			steps: journey.data.steps.flatMap((step, i) => (step.links.some((l) => l.page === pageId) ? [i + 1] : [])),
		}))
		.filter((m) => m.steps.length);
}

/** Anchor of a step on its journey's page. */
/** A journey's summary and its number of steps, as one string in the locale's order and punctuation. */
export function journeyDescription(
	t: App.Locals['t'],
	journey: { data: { summary: Localized; steps: readonly unknown[] } },
	locale: Locale
): string {
	const steps = t('journeys.stepsCount', { count: journey.data.steps.length });
	return t('journeys.summaryWithSteps', { summary: pick(journey.data.summary, locale), steps, interpolation: { escapeValue: false } });
}

export const stepAnchor = (number: number) => `step-${number}`;
export const stepHref = (locale: Locale, journeyId: string, number: number) => `${journeyHref(locale, journeyId)}#${stepAnchor(number)}`;

/**
 * A heading's id on a translated page. Translations keep the English page's headings in order but
 * give them translated ids, so the heading at the same position is the one; when the outline
 * differs (or the page is not translated) the English id stands, or the link goes to the top.
 */
export function headingInTranslation(englishIds: readonly string[], translatedIds: readonly string[], id: string): string | undefined {
	if (!translatedIds.length) return id;
	const index = englishIds.indexOf(id);
	if (index < 0 || englishIds.length !== translatedIds.length) return undefined;
	return translatedIds[index];
}

/** Where a step's link leads for a reader of `locale`. */
export function linkHref(locale: Locale, link: JourneyLink, headingsOf: (pageId: string, locale: Locale) => readonly string[]): string {
	const href = pageHref(locale, link.page);
	if (!link.heading) return href;
	const heading =
		locale === SOURCE_LOCALE
			? link.heading
			: headingInTranslation(headingsOf(link.page, SOURCE_LOCALE), headingsOf(link.page, locale), link.heading);
	return heading ? `${href}#${heading}` : href;
}
