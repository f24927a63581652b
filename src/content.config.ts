import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { z } from 'astro/zod';
import { docsEntryId, type Locale, LOCALE_CODES, LOCALES, SOURCE_LOCALE } from './lib/locale.ts';
import { allowedKeys, readLocaleStrings } from './readers/ui-strings.ts';
import { unlistedCardSources } from './lib/guide-card.ts';
import { AUDIENCES, POLICY_STATUSES } from './lib/taxonomy.ts';
import { DAYS, DISTRICTS, minutesOf, OFFICE_KINDS, PHONE_PURPOSES } from './lib/offices.ts';
import { glossaryTermSchema } from './lib/glossary.ts';
import { dataIds, guideAndPolicyIds, headingIds, policyIds, unknownIdMessage } from './readers/known-ids.ts';

/**
 * A reference to another collection that, when wrong, says what is allowed and suggests the
 * closest id, instead of only "entry does not exist".
 */
function knownReference<C extends 'agencies' | 'tasks' | 'pillars' | 'offices'>(collection: C, kind: string) {
	const known = dataIds(collection);
	return z
		.string()
		.superRefine((value, ctx) => {
			if (!known.includes(value)) ctx.addIssue({ code: 'custom', message: unknownIdMessage(kind, value, known) });
		})
		.pipe(reference(collection));
}

/**
 * Our UI keys, typed against the English file: a key that English does not define is rejected.
 * A key a locale has not translated yet falls back to English at run time; the unit tests fail
 * on it, so it cannot ship.
 */
const portalStrings = z.strictObject(Object.fromEntries(allowedKeys().map((key) => [key, z.string().min(1).optional()])));

/** Text in every locale: English is required here, the unit tests require the others. */
const optionalText = z.string().min(1).optional();
const localized = z.strictObject(
	Object.fromEntries(LOCALE_CODES.map((code) => [code, code === SOURCE_LOCALE ? z.string().min(1) : optionalText])) as {
		en: z.ZodString;
	} & Record<Exclude<Locale, 'en'>, typeof optionalText>
);

const source = z.object({
	title: z.string().min(1),
	url: z.url(),
	publisher: z.string().min(1).optional(),
});

const cardFact = z.strictObject({ text: z.string().min(1), source: z.url() });
/**
 * The "basic information" card: every field optional, every fact present cites its source.
 * Offices and lines are referenced by id: their addresses, hours and numbers come from
 * `content/offices/`, never typed into a card.
 */
const card = z.strictObject({
	processingTime: cardFact.optional(),
	/** Where to go, in order of preference; `counter` says which windows handle this service. */
	offices: z.array(z.strictObject({ office: knownReference('offices', 'office'), counter: cardFact.optional() })).optional(),
	/** Lines or offices to ask. */
	enquiries: z.array(knownReference('offices', 'office')).optional(),
	/** Supervision and complaint lines. */
	complaints: z.array(knownReference('offices', 'office')).optional(),
	online: cardFact.extend({ url: z.url() }).optional(),
	fees: cardFact.optional(),
	/** Agencies that publish the rules this page explains. */
	rulesBy: z.array(knownReference('agencies', 'agency')).optional(),
});

const policyStatus = z.strictObject(
	{
		value: z.enum(POLICY_STATUSES),
		/** Date the status was stated (e.g. when the measure took effect or was announced). */
		since: z.coerce.date().optional(),
		/** Where the status is stated; required unless the status is unknown. */
		source: z.url().optional(),
	},
	{
		error: (issue) =>
			issue.input === undefined
				? 'A policy must state its status: { value: in-force | pilot | planned | unknown, source: <url> }.'
				: undefined,
	}
);

const shenzhenTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'A time of day in Shenzhen as HH:MM (24-hour), e.g. "09:00".');
const period = z
	.strictObject({ days: z.array(z.enum(DAYS)).min(1), opens: shenzhenTime, closes: shenzhenTime })
	.refine((p) => minutesOf(p.opens) < minutesOf(p.closes), {
		message: 'A period must close after it opens (split one that runs past midnight).',
	});

/** An office or hotline (`content/offices/<id>.yaml`). Every fact cites one of its sources. */
const officeSchema = z
	.strictObject({
		kind: z.enum(OFFICE_KINDS),
		agency: knownReference('agencies', 'agency').optional(),
		/** `zh-cn` is the official Chinese name; the others are the name in each locale. */
		name: localized,
		address: z
			.strictObject({
				/** As an official page writes it: this is what a taxi driver is shown. */
				zh: z.string().min(1).optional(),
				en: z.string().min(1).optional(),
				source: z.url(),
			})
			.refine((a) => a.zh || a.en, { message: 'An address needs zh, en or both.' })
			.optional(),
		district: z.enum(DISTRICTS).optional(),
		metro: z
			.strictObject({
				station: z.strictObject({ zh: z.string().min(1), en: z.string().min(1) }),
				exit: z.string().min(1).optional(),
				source: z.url(),
			})
			.optional(),
		hours: z
			.strictObject({
				allDay: z.boolean().optional(),
				regular: z.array(period).optional(),
				publicHolidays: z.enum(['closed', 'open', 'unknown']),
				note: localized.optional(),
				source: z.url(),
			})
			.refine((h) => Boolean(h.allDay) !== Boolean(h.regular?.length), {
				message: 'Hours are either allDay: true or regular periods, not both.',
			})
			.optional(),
		phones: z
			.array(
				z.strictObject({
					number: z.string().regex(/^[\d-]+$/, 'A phone number as dialled in mainland China, digits and hyphens, e.g. "0755-12345".'),
					purpose: z.enum(PHONE_PURPOSES),
					/** Only where a source says which languages are answered (ISO 639-1 codes). */
					languages: z.array(z.string().regex(/^[a-z]{2}$/)).optional(),
					source: z.url(),
				})
			)
			.default([]),
		website: z.url().optional(),
		sources: z.array(source).min(1),
		lastReviewed: z.coerce.date(),
	})
	.superRefine((office, ctx) => {
		const listed = new Set(office.sources.map((s) => s.url));
		const cited: [string[], string | undefined][] = [
			[['address', 'source'], office.address?.source],
			[['metro', 'source'], office.metro?.source],
			[['hours', 'source'], office.hours?.source],
			...office.phones.map((p, i): [string[], string] => [['phones', String(i), 'source'], p.source]),
		];
		for (const [path, url] of cited)
			if (url && !listed.has(url))
				ctx.addIssue({ code: 'custom', path, message: `${path.join('.')} must cite one of the urls listed under sources:.` });
	});

/**
 * A link from a journey step to a guide or policy (its English id, `guides/work-permit`), or to one
 * of its headings: a page or heading that does not exist stops the build, naming what does.
 */
const journeyLink = z
	.strictObject({
		page: z.string().superRefine((value, ctx) => {
			const known = guideAndPolicyIds();
			if (!known.includes(value)) ctx.addIssue({ code: 'custom', message: unknownIdMessage('guide or policy', value, known) });
		}),
		heading: z.string().min(1).optional(),
	})
	.superRefine((link, ctx) => {
		if (!link.heading) return;
		const known = headingIds(link.page);
		if (known.length && !known.includes(link.heading))
			ctx.addIssue({ code: 'custom', path: ['heading'], message: unknownIdMessage(`heading of ${link.page}`, link.heading, known) });
	});

/** A journey (`content/journeys/<id>.yaml`): numbered steps across guides, GOV.UK's step by step. */
const journeySchema = z.strictObject({
	order: z.number().int(),
	title: localized,
	summary: localized,
	audience: z.array(z.enum(AUDIENCES)).min(1),
	steps: z
		.array(
			z.strictObject({
				title: localized,
				summary: localized,
				/** Whether the reader does every linked page (`and`) or one of them (`or`). */
				join: z.enum(['and', 'or']).default('and'),
				links: z.array(journeyLink).min(1),
			})
		)
		.min(2),
});

/** Fields every kind of page may have. */
const anyPage = {
	/** On a translation: hash of the English file it was translated from (`npm run i18n:done`). */
	sourceHash: z
		.string()
		.regex(/^[0-9a-f]{12}$/)
		.optional(),
	/** Extra words the search index should answer for this page; shown nowhere. */
	// YAML reads 9610 or 12345 as numbers; a code is a word to search for, so accept them.
	searchAliases: z.array(z.union([z.string().min(1), z.number().transform(String)])).default([]),
};

/** Fields of the pages that state facts (guides and policies): their evidence and what they rest on. */
function factPage(kind: 'guide' | 'policy') {
	return {
		...anyPage,
		/** Position among pages of the same kind (lower first). */
		order: z.number().int().default(100),
		lastReviewed: z.coerce.date({ error: `A ${kind} must have a lastReviewed date (YYYY-MM-DD).` }),
		sources: z
			.array(source, { error: `A ${kind} must list at least one official source (title and url).` })
			.min(1, `A ${kind} must list at least one official source (title and url).`),
		audience: z.array(z.enum(AUDIENCES)).default([]),
		/** Plan tasks and agencies the page rests on (ids; a typo fails the build). */
		tasks: z.array(knownReference('tasks', 'plan task')).default([]),
		agencies: z.array(knownReference('agencies', 'agency')).default([]),
		card: card.optional(),
		/** What changed and when, newest or oldest first (shown newest first), translated with the page. */
		changes: z
			.array(
				z
					.strictObject({ date: z.coerce.date(), summary: z.string().min(1).optional(), firstPublished: z.literal(true).optional() })
					.refine((c) => c.summary || c.firstPublished, { message: 'A change needs a summary (or firstPublished: true).' })
			)
			.default([]),
	};
}

/** Every card fact cites one of the page's sources. */
function cardCitesSources(data: { card?: z.infer<typeof card>; sources: { url: string }[] }, ctx: z.RefinementCtx) {
	for (const path of unlistedCardSources(data.card, data.sources))
		ctx.addIssue({
			code: 'custom',
			path: ['card', ...path],
			message: `The source of card.${path.join('.')} must be one of the urls listed under sources: (listed: ${data.sources.map((s) => s.url).join(', ') || 'none'}).`,
		});
}

/** Frontmatter we add to Starlight's, by kind of page: a guide's and a policy's fields are required by type. */
const pageFrontmatter = z.discriminatedUnion('pageType', [
	z.object({ pageType: z.literal('page').default('page'), ...anyPage }),
	z
		.object({
			pageType: z.literal('guide'),
			...factPage('guide'),
			/** Flagship guides are featured on the home page. */
			flagship: z.boolean().default(false),
			/** The policies (ids under policies/, e.g. `negative-list`) the guide explains how to use. */
			policies: z
				.array(
					z.string().superRefine((value, ctx) => {
						const known = policyIds();
						if (!known.includes(value)) ctx.addIssue({ code: 'custom', message: unknownIdMessage('policy', value, known) });
					})
				)
				.default([]),
		})
		.superRefine(cardCitesSources),
	z
		.object({
			pageType: z.literal('policy'),
			...factPage('policy'),
			/** How far the policy is confirmed to be in effect, as of when, and where that is stated. */
			status: policyStatus,
			tasks: z.array(knownReference('tasks', 'plan task')).min(1, 'A policy must name the plan task(s) it comes from.'),
			agencies: z.array(knownReference('agencies', 'agency')).min(1, 'A policy must name the agencies responsible for it.'),
		})
		.superRefine((data, ctx) => {
			cardCitesSources(data, ctx);
			if (data.status.value !== 'unknown' && !data.sources.some((s) => s.url === data.status.source))
				ctx.addIssue({
					code: 'custom',
					path: ['status', 'source'],
					message: 'The status must cite one of the urls listed under sources:.',
				});
		}),
]);

export const collections = {
	docs: defineCollection({
		loader: glob({
			base: './content/docs',
			pattern: '**/[^_]*.{md,mdx}',
			generateId: ({ entry }) => docsEntryId(entry),
		}),
		schema: docsSchema({ extend: pageFrontmatter }),
	}),
	pillars: defineCollection({
		loader: glob({ base: './content/pillars', pattern: '*.yaml' }),
		schema: z.object({
			number: z.number().int().min(1).max(4),
			numeral: z.enum(['I', 'II', 'III', 'IV']),
		}),
	}),
	agencies: defineCollection({
		loader: glob({ base: './content/agencies', pattern: '*.yaml' }),
		schema: z.object({
			/** The unit's English name exactly as the plan writes it. */
			name: z.string().min(1),
			/** Other spellings the plan uses for the same unit (e.g. with a leading "the"). */
			nameVariants: z.array(z.string()).default([]),
			/** Official Chinese name (Simplified), and its Traditional form for zh-hk. */
			nameZh: z.string().min(1),
			nameZhHant: z.string().min(1),
			/** The unit's name in each locale that does not read Chinese names natively (official translations where they exist). */
			names: z
				.strictObject(
					Object.fromEntries(LOCALES.filter((l) => l.code !== SOURCE_LOCALE && !('chineseScript' in l)).map((l) => [l.code, optionalText]))
				)
				.default({}),
			kind: z.enum([
				'municipal-government',
				'cpc-committee',
				'central-branch',
				'court',
				'district',
				'enterprise',
				'collective',
				'leading-group',
			]),
			/** Official website, only where it was confirmed. */
			website: z.url().optional(),
			role: localized,
		}),
	}),
	tasks: defineCollection({
		loader: glob({ base: './content/tasks', pattern: '*.yaml' }),
		schema: z.object({
			number: z.number().int().min(1).max(12),
			pillar: knownReference('pillars', 'plan area'),
			/** `en` is the title exactly as the plan states it. */
			title: localized,
			/** The plan's text for the task, verbatim (English version of the plan). */
			officialText: z.string().min(1),
			/** Plain-language "what this means for you". */
			summary: localized,
			lead: knownReference('agencies', 'agency'),
			participants: z.array(knownReference('agencies', 'agency')).min(1),
		}),
	}),
	/** Journeys: the order in which a reader uses several guides. */
	journeys: defineCollection({
		loader: glob({ base: './content/journeys', pattern: '*.yaml' }),
		schema: journeySchema,
	}),
	/** Offices and hotlines: one entry each, which guides and policies reference by id. */
	offices: defineCollection({
		loader: glob({ base: './content/offices', pattern: '*.yaml' }),
		schema: officeSchema,
	}),
	/** The plan's general requirements (section I, with its opening) and supporting measures (III). */
	'plan-sections': defineCollection({
		loader: glob({ base: './content/plan-sections', pattern: '*.yaml' }),
		schema: z.object({
			order: z.number().int(),
			/** The plan's own heading, e.g. "I. General requirements". */
			heading: z.string().min(1),
			title: localized,
			/** Verbatim text of the section (English version of the plan). */
			officialText: z.string().min(1),
			summary: localized,
			agencies: z.array(knownReference('agencies', 'agency')).default([]),
		}),
	}),
	targets: defineCollection({
		loader: glob({ base: './content/targets', pattern: '*.yaml' }),
		schema: z.object({
			task: knownReference('tasks', 'plan task'),
			/** The target as the plan states it (English), and in each locale. */
			statement: localized,
			metric: localized,
			comparator: z.enum(['above', 'at-least']),
			value: z.number(),
			unit: z.enum(['percent', 'usd']),
			year: z.number().int(),
		}),
	}),
	/** Key terms and their rendering in each locale, which `npm run i18n:lint` checks translations against. */
	glossary: defineCollection({
		loader: glob({ base: './content/glossary', pattern: '*.yaml' }),
		schema: glossaryTermSchema,
	}),
	i18n: defineCollection({
		// Starlight keys this collection by `lang`; the strings themselves live in `locales/`.
		loader: {
			name: 'locales-loader',
			load: async ({ store, parseData, watcher }) => {
				watcher?.add('./locales');
				store.clear();
				for (const locale of LOCALES) {
					const data = await parseData({ id: locale.lang, data: readLocaleStrings(locale.code) });
					store.set({ id: locale.lang, data });
				}
			},
		},
		schema: i18nSchema({ extend: portalStrings }),
	}),
};
