import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expect, test } from './fixtures.ts';

/**
 * Agencies are named in the reader's language: no translated page shows the plan's English name
 * of a unit in its text (citations and the agency page's "name in the plan" aside).
 */
const ENGLISH_NAMES = readdirSync('content/agencies')
	.map((f) => (parse(readFileSync(`content/agencies/${f}`, 'utf8')) as { name: string }).name)
	.filter((name) => name.length > 12);

for (const path of [
	'/ja/guides/work-permit/',
	'/ar/guides/work-permit/',
	'/ko/guides/ip-protection/',
	'/fr/guides/foreign-invested-enterprise/',
	'/de/guides/social-insurance-and-income-tax/',
	'/ru/plan/tasks/talent-services/',
	'/es/agencies/customs/',
	'/pt/plan/who-does-what/',
	'/ar/journeys/foreign-invested-company/',
]) {
	test(`${path}: agencies are named in the reader’s language`, async ({ page }) => {
		await page.goto(path);
		const text = await page.locator('main').evaluate((main) => {
			const copy = main.cloneNode(true) as HTMLElement;
			// Citations keep their titles and publishers as published; English text marked as such is meant.
			for (const el of copy.querySelectorAll('.sg-sources, .sg-changes, [lang="en"], script, style')) el.remove();
			return copy.textContent ?? '';
		});
		expect(ENGLISH_NAMES.filter((name) => text.includes(name))).toEqual([]);
	});
}
