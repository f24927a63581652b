import { expect, test } from './fixtures.ts';

/**
 * Journeys as a reader uses them: the step-by-step page (expandable steps, "and"/"or", the step
 * the reader came from opened and highlighted), the "Part of" panel on a guide, and the whole
 * journey in one print view, in English, Chinese and Arabic.
 */
const JOURNEY = 'journeys/coming-to-work/';

for (const [prefix, lang, dir] of [
	['', 'en', 'ltr'],
	['/zh-cn', 'zh-CN', 'ltr'],
	['/ar', 'ar', 'rtl'],
] as const) {
	test.describe(`${prefix || 'en'}`, () => {
		test('the journey page numbers its steps and opens the step a guide links to', async ({ page }) => {
			await page.goto(`${prefix}/${JOURNEY}#step-2`);
			await expect(page.locator('html')).toHaveAttribute('lang', lang);
			await expect(page.locator('html')).toHaveAttribute('dir', dir);
			const steps = page.getByTestId('journey-step');
			expect(await steps.count()).toBeGreaterThanOrEqual(10);
			await expect(steps.nth(1)).toHaveClass(/sg-step-current/);
			await expect(steps.nth(1).locator('details')).toHaveAttribute('open', '');
			await expect(steps.nth(2).locator('details')).not.toHaveAttribute('open', '');
			// Every step's links lead to pages in the reader's language.
			for (const href of await page.locator('.sg-step-links a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!)))
				expect(href.startsWith(`${prefix}/`)).toBe(true);
		});

		test('a guide in the journey says so, with its step and the next one', async ({ page }) => {
			await page.goto(`${prefix}/guides/work-permit/`);
			const panel = page.getByTestId('journey-panel').first();
			await expect(panel).toBeVisible();
			await expect(panel.locator('a').first()).toHaveAttribute('href', `${prefix}/${JOURNEY}`);
			const next = panel.locator('.sg-journey-nav a').last();
			await expect(next).toHaveAttribute('href', new RegExp(`^${prefix}/${JOURNEY}#step-\\d+$`));
			await next.click();
			await expect(page.locator('.sg-step-current')).toHaveCount(1);
		});

		test('the print view holds every guide of the journey in order, each with its sources', async ({ page }) => {
			await page.goto(`${prefix}/${JOURNEY}print/`);
			const parts = page.getByTestId('print-part');
			expect(await parts.count()).toBeGreaterThanOrEqual(8);
			await expect(parts.first().locator('.sg-print-sources li').first()).toBeVisible();
			await expect(page.locator('[data-testid="print-part"] .sg-print-sources')).toHaveCount(await parts.count());
		});
	});
}

test('show all steps opens and closes every step', async ({ page }) => {
	await page.goto(`/${JOURNEY}`);
	const toggle = page.locator('.sg-steps-toggle');
	await toggle.click();
	await expect(toggle).toHaveAttribute('aria-expanded', 'true');
	expect(await page.locator('.sg-step details:not([open])').count()).toBe(0);
	await toggle.click();
	expect(await page.locator('.sg-step details[open]').count()).toBe(0);
});

test('open data: /api/en/journeys.json lists the journeys with their steps', async ({ request }) => {
	const journeys = (await (await request.get('/api/en/journeys.json')).json()) as { id: string; steps: { links: { url: string }[] }[] }[];
	expect(journeys.map((j) => j.id)).toEqual(expect.arrayContaining(['coming-to-work', 'protecting-your-ip']));
	expect(journeys.length).toBe(4);
});
