import { describe, expect, it } from 'vitest';
import type { CollectionEntry } from 'astro:content';
import { guidesForLocale, pagesForLocale } from '../../src/lib/guides.ts';
import { guidesExplainingPolicy, pagesNaming, policiesOfGuide } from '../../src/lib/related.ts';
import { agenciesDocument, targetsDocument, tasksDocument } from '../../src/lib/open-data.ts';
import { planFrom, type PlanCollections } from '../../src/lib/plan-data.ts';
import { slotMarkers, templateParts } from '../../src/lib/format.ts';

/** A docs entry as the collection gives it, with only the fields the derivations read. */
const doc = (id: string, data: Record<string, unknown>) =>
	({
		id,
		data: { audience: [], tasks: [], agencies: [], sources: [], order: 100, searchAliases: [], ...data },
	}) as unknown as CollectionEntry<'docs'>;
const ref = (...ids: string[]) => ids.map((id) => ({ id }));

const docs = [
	doc('guides/permit', {
		pageType: 'guide',
		title: 'Work permit',
		order: 1,
		flagship: true,
		policies: ['class-a'],
		tasks: ref('talent'),
		agencies: ref('stic'),
	}),
	doc('guides/trade', {
		pageType: 'guide',
		title: 'Trade',
		order: 2,
		flagship: false,
		policies: [],
		tasks: ref('trade'),
		agencies: ref('customs'),
	}),
	doc('guides/alpha', { pageType: 'guide', title: 'Alpha', order: 2, flagship: false, policies: [] }),
	doc('fr/guides/permit', { pageType: 'guide', title: 'Permis de travail', order: 99, flagship: false, policies: [], tasks: ref('other') }),
	doc('policies/class-a', {
		pageType: 'policy',
		title: 'Class A',
		status: { value: 'pilot' },
		tasks: ref('talent'),
		agencies: ref('stic'),
	}),
	doc('guides', { pageType: 'page', title: 'Guides' }),
	doc('fr/guides', { pageType: 'page', title: 'Guides (fr)' }),
];

describe('pagesForLocale: what a reader of a locale can open', () => {
	it('gives the translation where there is one and the English page, marked, where there is none', () => {
		const fr = guidesForLocale(docs, 'fr');
		expect(fr.map((g) => [g.title, g.href, g.fallback])).toEqual([
			['Permis de travail', '/fr/guides/permit/', false],
			['Alpha', '/fr/guides/alpha/', true],
			['Trade', '/fr/guides/trade/', true],
		]);
	});
	it('orders by the English page’s order, then by title, and takes facts from the English source', () => {
		const [permit] = guidesForLocale(docs, 'fr');
		expect(permit).toMatchObject({ id: 'guides/permit', flagship: true, tasks: ['talent'], agencies: ['stic'], policies: ['class-a'] });
	});
	it('never marks English pages as fallbacks, and lists only the kind asked for', () => {
		expect(guidesForLocale(docs, 'en').every((g) => !g.fallback)).toBe(true);
		expect(pagesForLocale(docs, 'ja', 'policy')).toEqual([
			expect.objectContaining({ id: 'policies/class-a', status: 'pilot', fallback: true, href: '/ja/policies/class-a/' }),
		]);
	});
});

describe('cross-links', () => {
	it('finds the guides and policies that name a task or an agency', () => {
		expect(pagesNaming(docs, 'tasks', 'talent', 'en').map((p) => p.id)).toEqual(['guides/permit']);
		expect(pagesNaming(docs, 'agencies', 'stic', 'en', 'policy').map((p) => p.id)).toEqual(['policies/class-a']);
		expect(pagesNaming(docs, 'agencies', 'customs', 'ko').map((p) => p.href)).toEqual(['/ko/guides/trade/']);
	});
	it('links a guide to the policies it explains and back', () => {
		expect(policiesOfGuide(docs, 'guides/permit', 'fr').map((p) => p.href)).toEqual(['/fr/policies/class-a/']);
		expect(guidesExplainingPolicy(docs, 'policies/class-a', 'fr').map((g) => g.title)).toEqual(['Permis de travail']);
		expect(policiesOfGuide(docs, 'guides/trade', 'en')).toEqual([]);
	});
});

describe('open data', () => {
	const localized = (en: string, fr?: string) => ({ en, ...(fr ? { fr } : {}) });
	const collections = {
		tasks: [
			{
				id: 'b',
				data: {
					number: 2,
					pillar: { id: 'p1' },
					title: localized('Task two'),
					summary: localized('Two'),
					officialText: ' Two. ',
					lead: { id: 'stic' },
					participants: [{ id: 'customs' }],
				},
			},
			{
				id: 'a',
				data: {
					number: 1,
					pillar: { id: 'p1' },
					title: localized('Task one', 'Tâche un'),
					summary: localized('One', 'Un'),
					officialText: 'One.',
					lead: { id: 'customs' },
					participants: [{ id: 'stic' }],
				},
			},
		],
		agencies: [
			{
				id: 'stic',
				data: { name: 'Science Bureau', nameZh: '科技局', nameZhHant: '科技局', kind: 'municipal-government', role: localized('Science') },
			},
			{
				id: 'customs',
				data: {
					name: 'Shenzhen Customs',
					nameZh: '深圳海关',
					nameZhHant: '深圳海關',
					kind: 'central-branch',
					website: 'http://shenzhen.customs.gov.cn/',
					role: localized('Borders', 'Frontières'),
				},
			},
		],
		pillars: [{ id: 'p1', data: { number: 1, numeral: 'I' } }],
		targets: [
			{
				id: 't',
				data: {
					task: { id: 'a' },
					statement: localized('Above 50%'),
					metric: localized('Share'),
					comparator: 'above',
					value: 50,
					unit: 'percent',
					year: 2025,
				},
			},
		],
	} as unknown as PlanCollections;
	const plan = planFrom(collections);
	const site = new URL('https://example.org/');
	it('lists tasks in the plan’s order, translated where translated, with the plan’s own title beside', () => {
		const tasks = tasksDocument(plan, 'fr', site);
		expect(tasks.map((t) => t.id)).toEqual(['a', 'b']);
		expect(tasks[0]).toMatchObject({
			title: 'Tâche un',
			titleAsInPlan: 'Task one',
			lead: 'customs',
			participants: ['stic'],
			targets: ['t'],
			url: 'https://example.org/fr/plan/tasks/a/',
		});
		expect(tasks[1]).toMatchObject({ title: 'Task two', officialText: 'Two.' });
	});
	it('lists agencies with the tasks they lead and join, named for the reader', () => {
		const zh = agenciesDocument(plan, 'zh-cn', site).find((a) => a.id === 'customs')!;
		expect(zh).toMatchObject({
			name: '深圳海关',
			nameAsInPlan: 'Shenzhen Customs',
			leads: ['a'],
			participatesIn: ['b'],
			url: 'https://example.org/zh-cn/agencies/customs/',
		});
		expect(agenciesDocument(plan, 'en', site).find((a) => a.id === 'stic')!.website).toBeNull();
	});
	it('lists targets with their values and the plan’s statement', () => {
		expect(targetsDocument(plan, 'fr')).toEqual([
			expect.objectContaining({
				id: 't',
				task: 'a',
				statement: 'Above 50%',
				statementAsInPlan: 'Above 50%',
				value: 50,
				unit: 'percent',
				year: 2025,
			}),
		]);
	});
});

describe('a value inside a translated template', () => {
	it('splits the text around the value wherever the locale puts it', () => {
		const { v } = slotMarkers('v');
		expect(templateParts(`More than ${v}`)).toEqual([{ text: 'More than ' }, { slot: 'v' }]);
		expect(templateParts(`${v}超`)).toEqual([{ slot: 'v' }, { text: '超' }]);
		expect(templateParts(`(depuis l’étranger : ${v})`)).toEqual([{ text: '(depuis l’étranger : ' }, { slot: 'v' }, { text: ')' }]);
	});
});
