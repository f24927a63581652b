import { SCHEMA_DAYS, type Day } from './offices.ts';

/**
 * Structured data for guides and policies (schema.org, JSON-LD): a WebPage with its review date
 * and sources, about a GovernmentService run by the agencies it names.
 */
export interface JsonLdInput {
	url: string;
	lang: string;
	title: string;
	description?: string;
	lastReviewed?: Date;
	sources: readonly { title: string; url: string }[];
	/** Agencies that publish the rules or run the service: English name and official website. */
	operators: readonly { name: string; nameZh: string; website?: string }[];
	kind: 'guide' | 'policy';
}

export function guideJsonLd(input: JsonLdInput): Record<string, unknown> {
	const providers = input.operators.map((o) => ({
		'@type': 'GovernmentOrganization',
		name: o.name,
		alternateName: o.nameZh,
		...(o.website ? { url: o.website } : {}),
	}));
	const about =
		input.kind === 'guide'
			? {
					'@type': 'GovernmentService',
					name: input.title,
					areaServed: { '@type': 'City', name: 'Shenzhen' },
					...(providers.length ? { provider: providers } : {}),
				}
			: { '@type': 'Legislation', name: input.title, legislationJurisdiction: 'CN' };
	return {
		'@context': 'https://schema.org',
		'@type': 'WebPage',
		url: input.url,
		inLanguage: input.lang,
		name: input.title,
		...(input.description ? { description: input.description } : {}),
		...(input.lastReviewed ? { lastReviewed: input.lastReviewed.toISOString().slice(0, 10) } : {}),
		about,
		// Sources by address only (schema.org takes a URL as text): titles and publishers are on the
		// page, and every byte here is sent with every visit (titles cost guides 1–2 KB gzip).
		citation: input.sources.map((s) => s.url),
	};
}

export interface OfficeJsonLdInput {
	url: string;
	lang: string;
	name: string;
	nameZh: string;
	hotline: boolean;
	address?: { zh?: string; en?: string };
	telephone: readonly string[];
	website?: string;
	hours?: { allDay?: boolean; regular?: readonly { days: readonly Day[]; opens: string; closes: string }[] };
}

/** An office as a GovernmentOffice (a hotline as a ContactPoint of the city's government) with its hours. */
export function officeJsonLd(input: OfficeJsonLdInput): Record<string, unknown> {
	const hours = input.hours?.allDay
		? [{ '@type': 'OpeningHoursSpecification', dayOfWeek: Object.values(SCHEMA_DAYS), opens: '00:00', closes: '23:59' }]
		: (input.hours?.regular ?? []).map((p) => ({
				'@type': 'OpeningHoursSpecification',
				dayOfWeek: p.days.map((d) => SCHEMA_DAYS[d]),
				opens: p.opens,
				closes: p.closes,
			}));
	const address = input.address?.zh ?? input.address?.en;
	return {
		'@context': 'https://schema.org',
		'@type': input.hotline ? 'ContactPoint' : 'GovernmentOffice',
		url: input.url,
		name: input.name,
		alternateName: input.nameZh,
		...(address
			? { address: { '@type': 'PostalAddress', streetAddress: address, addressLocality: 'Shenzhen', addressCountry: 'CN' } }
			: {}),
		...(input.telephone.length ? { telephone: input.telephone.length === 1 ? input.telephone[0] : input.telephone } : {}),
		...(input.website ? { sameAs: input.website } : {}),
		...(hours.length ? { [input.hotline ? 'hoursAvailable' : 'openingHoursSpecification']: hours } : {}),
	};
}

/** JSON for a <script type="application/ld+json">: `<` escaped so text cannot close the element. */
export const serializeJsonLd = (data: unknown) => JSON.stringify(data).replace(/</g, '\\u003c');
