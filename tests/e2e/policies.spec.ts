import { expect, test } from './fixtures.ts';

for (const [path, locale] of [
	['/policies/', 'en'],
	['/zh-cn/policies/', 'zh-cn'],
] as const) {
	test(`${locale}: the policies index filters by audience and counts what it shows`, async ({ page }) => {
		await page.goto(path);
		const items = page.locator('.sg-policy-list > li');
		const total = await items.count();
		expect(total).toBeGreaterThanOrEqual(10);
		// The expected count comes from the markup, which lists every policy without JavaScript.
		const forProfessionals = await page.locator('.sg-policy-list > li[data-audience~="foreign-professional"]').count();
		expect(forProfessionals).toBeGreaterThan(0);
		expect(forProfessionals).toBeLessThan(total);
		await page.locator('#pf-audience').selectOption('foreign-professional');
		await expect(page.locator('.sg-policy-list > li:visible')).toHaveCount(forProfessionals);
		await expect(page.getByTestId('policy-count')).toContainText(String(forProfessionals));
		await expect(page.getByTestId('policy-count')).toContainText(String(total));
		await page.locator('#pf-audience').selectOption('');
		await expect(page.locator('.sg-policy-list > li:visible')).toHaveCount(total);
	});
}

test('a policy page links its task, and the task page links back', async ({ page }) => {
	await page.goto('/policies/negative-list/');
	await expect(page.getByTestId('guide-card').locator('[data-field="status"] .sg-status')).toBeVisible();
	const taskLink = page.locator('.sg-related a[href="/plan/tasks/foreign-investment/"]');
	await expect(taskLink).toHaveCount(1);
	await taskLink.click();
	await expect(page).toHaveURL(/\/plan\/tasks\/foreign-investment\/$/);
	await expect(page.locator('#policies + ul a[href="/policies/negative-list/"]')).toHaveCount(1);
});

test('a guide and the policy it explains link each other', async ({ page }) => {
	await page.goto('/guides/foreign-invested-enterprise/');
	await expect(page.locator('.sg-related a[href="/policies/negative-list/"]')).toHaveCount(1);
	await page.goto('/policies/negative-list/');
	await expect(page.locator('.sg-related a[href="/guides/foreign-invested-enterprise/"]')).toHaveCount(1);
});
