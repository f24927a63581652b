/**
 * Sentences built from parts are one translated string each (issue 15): the helpers that cut a
 * filled template into text and elements, lists in each language's own separators, the plan's
 * numbered titles, and each language's colon in label templates.
 */
import { describe, expect, it } from 'vitest';
import { agencyNameFallback } from '../../src/lib/agencies.ts';
import { listParts, slotMarkers, templateParts, type ListPart } from '../../src/lib/format.ts';
import { journeyDescription } from '../../src/lib/journeys.ts';
import { type Locale } from '../../src/lib/locale.ts';
import { pillarTitle, taskTitle } from '../../src/lib/plan.ts';
import { readLocaleStrings } from '../../src/readers/ui-strings.ts';
import { translatorFor } from '../support/i18n.ts';

/** A list rendered as text, items in brackets, to see the separators the locale puts between them. */
const listText = (parts: ListPart[]) => parts.map((p) => ('text' in p ? p.text : `[${p.item}]`)).join('');

describe('templateParts: a translated string cut around its elements', () => {
	it('keeps each locale’s order and punctuation around the element', async () => {
		const parts = async (code: Locale) => templateParts((await translatorFor(code))('guide.lastReviewedOn', slotMarkers('date')));
		expect(await parts('en')).toEqual([{ text: 'Last reviewed: ' }, { slot: 'date' }]);
		expect(await parts('fr')).toEqual([{ text: 'Dernière vérification\u202f: ' }, { slot: 'date' }]);
		expect(await parts('ja')).toEqual([{ text: '最終確認日：' }, { slot: 'date' }]);
		expect(await parts('ar')).toEqual([{ text: 'آخر مراجعة: ' }, { slot: 'date' }]);
	});

	it('handles several elements, elements side by side, and plain values filled by i18next', () => {
		const filled = (template: string, values: Record<string, string>) => template.replace(/{{(\w+)}}/g, (_, k: string) => values[k] ?? '');
		const markers = slotMarkers('page', 'date');
		expect(templateParts(filled('{{page}} — Last reviewed: {{date}}', markers))).toEqual([
			{ slot: 'page' },
			{ text: ' — Last reviewed: ' },
			{ slot: 'date' },
		]);
		expect(templateParts(filled('{{page}}{{date}}', markers))).toEqual([{ slot: 'page' }, { slot: 'date' }]);
		expect(templateParts('No element here')).toEqual([{ text: 'No element here' }]);
	});

	it('ja, ko and zh put the year before the target value; English keeps "More than 50% by 2025"', async () => {
		const target = async (code: Locale) =>
			templateParts((await translatorFor(code))('target.valueBy.above', { ...slotMarkers('value'), year: 2025 }));
		expect(await target('en')).toEqual([{ text: 'More than ' }, { slot: 'value' }, { text: ' by 2025' }]);
		expect(await target('ja')).toEqual([{ text: '2025年までに' }, { slot: 'value' }, { text: '超' }]);
		expect(await target('ko')).toEqual([{ text: '2025년까지 ' }, { slot: 'value' }, { text: ' 초과' }]);
		expect(await target('zh-cn')).toEqual([{ text: '到2025年超过' }, { slot: 'value' }]);
	});
});

describe('listParts: a list of elements in the locale’s separators', () => {
	it('keeps English "A, B, C" and uses each language’s own separators', () => {
		expect(listText(listParts('en', 3))).toBe('[0], [1], [2]');
		expect(listText(listParts('en', 2))).toBe('[0], [1]');
		expect(listText(listParts('zh-CN', 2))).toBe('[0]、[1]');
		expect(listText(listParts('ja', 3))).toBe('[0]、[1]、[2]');
		expect(listText(listParts('de', 2))).toBe('[0] und [1]');
		expect(listText(listParts('ar', 2))).toBe('[0] و[1]');
	});

	it('gives one item alone, and nothing for none', () => {
		expect(listParts('en', 1)).toEqual([{ item: 0 }]);
		expect(listParts('en', 0)).toEqual([]);
	});
});

describe('numbered titles of the plan: one form per locale', () => {
	const task = { data: { number: 3, title: { en: 'Trade & "services"', ja: '貿易' } } };
	const pillar = { data: { number: 2, numeral: 'II' } };

	it('writes "Task 3: Title" and "II. Title", without escaping the title twice', async () => {
		const t = await translatorFor('en');
		expect(taskTitle(t, task, 'en')).toBe('Task 3: Trade & "services"');
		expect(pillarTitle(t, pillar)).toBe(`II. ${readLocaleStrings('en')['pillar.2']}`);
	});

	it('uses the full-width colon in Japanese and the narrow no-break space in French', async () => {
		expect(taskTitle(await translatorFor('ja'), task, 'ja')).toBe('任務3：貿易');
		expect(taskTitle(await translatorFor('fr'), task, 'fr')).toBe('Tâche 3\u202f: Trade & "services"');
	});

	it('gives a journey’s summary and its step count in the locale’s brackets', async () => {
		const journey = { data: { summary: { en: 'From offer to arrival.', ja: '内定から到着まで。' }, steps: [1, 2] } };
		expect(journeyDescription(await translatorFor('en'), journey, 'en')).toBe('From offer to arrival. (2 steps)');
		expect(journeyDescription(await translatorFor('ja'), journey, 'ja')).toMatch(/^内定から到着まで。（.+）$/);
	});
});

describe('agencyNameFallback: when an English name stands in', () => {
	const agency = { data: { name: 'Shenzhen Bureau', nameZh: '深圳局', nameZhHant: '深圳局', names: { fr: 'Bureau de Shenzhen' } } };
	it('is English only where the locale has no name of its own', () => {
		expect(agencyNameFallback(agency, 'en')).toBeUndefined();
		expect(agencyNameFallback(agency, 'zh-cn')).toBeUndefined();
		expect(agencyNameFallback(agency, 'fr')).toBeUndefined();
		expect(agencyNameFallback(agency, 'ar')).toBe('en');
	});
});

describe('label templates use each language’s colon', () => {
	const en = readLocaleStrings('en');
	// "Last reviewed: {{date}}", "Task {{number}}: {{title}}": a label, a colon, a value.
	const labels = Object.keys(en).filter((key) => /\S: {{\w+}}/.test(en[key]!) && !key.startsWith('feedback.'));

	it('finds the label templates', () => {
		expect(labels).toEqual(expect.arrayContaining(['guide.lastReviewedOn', 'plan.taskTitle', 'plan.leadIs', 'journeys.partOfLabel']));
	});

	it.each(['zh-cn', 'zh-hk', 'ja'] as const)('%s: the full-width colon, with no space after it', (code) => {
		const strings = readLocaleStrings(code);
		for (const key of labels) {
			expect(strings[key], `${code}: ${key}`).toContain('：');
			expect(strings[key], `${code}: ${key}`).not.toMatch(/[:：] /);
		}
	});

	it('fr: a no-break space before every colon (narrow or not), never a breaking space', () => {
		const strings = readLocaleStrings('fr');
		for (const key of labels) expect(strings[key], key).toMatch(/[\u00a0\u202f]:/);
		for (const [key, value] of Object.entries(strings)) expect(value, key).not.toMatch(/ [:;?!]/);
	});
});
