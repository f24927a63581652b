import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headingInTranslation, journeysOfPage, linkHref, stepHref, type JourneyLike } from '../../src/lib/journeys.ts';
import { TRANSLATION_LOCALES } from '../../src/lib/locale.ts';
import { guideAndPolicyIds, headingIds } from '../../src/readers/known-ids.ts';
import { readCollection } from '../support/content.ts';

const text = (en: string) => ({ en });
const journey = (id: string, order: number, pages: string[][]): JourneyLike => ({
	id,
	data: {
		order,
		title: text(id),
		summary: text(id),
		steps: pages.map((links) => ({ title: text('s'), summary: text('s'), join: 'and', links: links.map((page) => ({ page })) })),
	},
});

describe('journeys of a page', () => {
	const journeys = [journey('b', 2, [['guides/x'], ['guides/y'], ['guides/x', 'guides/z']]), journey('a', 1, [['guides/y']])];
	it('lists each journey that links the page, in order, with the steps that do', () => {
		expect(journeysOfPage(journeys, 'guides/x').map((m) => [m.journey.id, m.steps])).toEqual([['b', [1, 3]]]);
		expect(journeysOfPage(journeys, 'guides/y').map((m) => [m.journey.id, m.steps])).toEqual([
			['a', [1]],
			['b', [2]],
		]);
		expect(journeysOfPage(journeys, 'guides/none')).toEqual([]);
	});
	it('links a step on its journey’s page', () => {
		expect(stepHref('ar', 'coming-to-work', 3)).toBe('/ar/journeys/coming-to-work/#step-3');
	});
});

describe('a heading in a translation', () => {
	const english = ['before-you-start', 'step-by-step', 'apply'];
	it('is the heading at the same place in the translated outline', () => {
		expect(headingInTranslation(english, ['开始之前', '办理步骤', '申请'], 'apply')).toBe('申请');
	});
	it('is the English id on a page shown in English, and none when the outlines differ', () => {
		expect(headingInTranslation(english, [], 'apply')).toBe('apply');
		expect(headingInTranslation(english, ['开始之前', '申请'], 'apply')).toBeUndefined();
	});
	it('gives the link in the reader’s language, falling back to the top of the page', () => {
		const headings = (_: string, locale: string) => (locale === 'en' ? english : locale === 'zh-cn' ? ['a', 'b', 'c'] : ['x']);
		expect(linkHref('en', { page: 'guides/g', heading: 'apply' }, headings)).toBe('/guides/g/#apply');
		expect(linkHref('zh-cn', { page: 'guides/g', heading: 'apply' }, headings)).toBe('/zh-cn/guides/g/#c');
		expect(linkHref('ja', { page: 'guides/g', heading: 'apply' }, headings)).toBe('/ja/guides/g/');
		expect(linkHref('fr', { page: 'guides/g' }, headings)).toBe('/fr/guides/g/');
	});
});

describe('the journeys data', () => {
	const journeys = readCollection<{
		title: Record<string, string>;
		steps: { title: Record<string, string>; links: { page: string; heading?: string }[] }[];
	}>('journeys');
	const pages = guideAndPolicyIds();
	it('has four journeys', () => expect(journeys.size).toBe(4));
	it('every step links pages and headings that exist', () => {
		for (const [id, j] of journeys)
			for (const [i, step] of j.steps.entries())
				for (const link of step.links) {
					expect(pages, `${id} step ${i + 1}`).toContain(link.page);
					if (link.heading) expect(headingIds(link.page), `${id} step ${i + 1}: ${link.page}#${link.heading}`).toContain(link.heading);
				}
	});
	it('every heading a step links can be found in every translation of its page', () => {
		for (const [id, j] of journeys)
			for (const step of j.steps)
				for (const link of step.links.filter((l) => l.heading))
					for (const locale of TRANSLATION_LOCALES) {
						if (!existsSync(`content/docs/${locale}/${link.page}.mdx`)) continue;
						expect(headingIds(link.page, locale).length, `${id}: ${locale}/${link.page} has the English outline`).toBe(
							headingIds(link.page).length
						);
					}
	});
	it('is translated into every locale', () => {
		for (const [id, j] of journeys) {
			expect(Object.keys(j.title).length, id).toBe(11);
			for (const step of j.steps) expect(Object.keys(step.title).length, `${id}: ${step.title.en}`).toBe(11);
		}
	});
});
