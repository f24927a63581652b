import AxeBuilder from '@axe-core/playwright';
import { readdirSync } from 'node:fs';
import { expect, test } from './fixtures.ts';

/** English pages on disk: the status table must have one row for each. */
function englishPages(dir = 'content/docs/en', prefix = ''): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory() ? englishPages(`${dir}/${e.name}`, `${prefix}${e.name}/`) : /\.mdx?$/.test(e.name) ? [`${prefix}${e.name}`] : []
	);
}

for (const path of ['/translation-status/', '/zh-cn/translation-status/']) {
	test(`${path}: a row per English page, a column per language, a percentage per language`, async ({ page }) => {
		await page.goto(path);
		const rows = page.locator('table.sg-status tbody tr');
		await expect(rows).toHaveCount(englishPages().length);
		await expect(page.locator('table.sg-status thead th')).toHaveCount(11);
		const summary = page.locator('table.sg-status-summary tbody tr');
		await expect(summary).toHaveCount(10);
		await expect(summary.first().locator('td').last()).toHaveText(/\d/);
		// The flagship guide is translated into Chinese, and the cell says so.
		await expect(page.locator('tr[data-page="guides/work-permit.mdx"] td').first()).toHaveAttribute('data-state', 'translated');
		await expect(page.locator('#reviews')).toBeVisible();
		expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
	});
}
