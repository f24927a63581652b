import { expect, test } from './fixtures.ts';

for (const [path, lang] of [
	['/guides/work-permit/', 'en'],
	['/zh-cn/guides/work-permit/', 'zh-CN'],
	['/ar/guides/work-permit/', 'ar'],
] as const) {
	test(`${lang}: the work-permit guide opens with its "at a glance" card of confirmed facts`, async ({ page }) => {
		await page.goto(path);
		const card = page.getByTestId('guide-card');
		await expect(card).toBeVisible();
		// Facts confirmed on Shenzhen Government Online: time, place, hours and both hotlines; the
		// place, its hours and the numbers come from the office entries the card names.
		for (const field of ['audience', 'processingTime', 'offices', 'enquiries', 'complaints', 'lastReviewed'])
			await expect(card.locator(`[data-field="${field}"] dd`)).not.toBeEmpty();
		const office = card.locator('[data-field="offices"] dd');
		await expect(office.locator('a').first()).toHaveAttribute('href', new RegExp('/offices/civic-center-service-hall/$'));
		await expect(office.locator('.sg-hours')).toContainText(/(0?9|٠?٩):(00|٠٠)/);
		await expect(card.locator('[data-field="enquiries"] a.sg-tel')).toHaveAttribute('href', 'tel:+8675588121678');
		await expect(card.locator('[data-field="complaints"] dd')).toContainText('12345');
		// Each fact points at a source listed at the foot of the page.
		const ref = card.locator('[data-field="processingTime"] .sg-card-source');
		await expect(ref).toHaveAttribute('href', '#sources');
		const n = Number((await ref.textContent())!.replace(/\D/g, ''));
		expect(await page.locator('.sg-sources li').count()).toBeGreaterThanOrEqual(n);
		await expect(card.locator('[data-field="lastReviewed"] time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
	});
}

for (const [path, locale, label] of [
	['/guides/work-permit/', 'en', 'Write to the editors'],
	['/ar/plan/', 'ar', ''],
] as const) {
	test(`${locale}: "anything wrong with this page?" prefills the page, locale and the reader’s words`, async ({ page }) => {
		await page.goto(path);
		const link = page.getByTestId('feedback-link');
		if (label) await expect(link).toHaveText(label);
		await page.locator('#sg-feedback-text').fill(locale === 'ar' ? 'رقم الهاتف قديم' : 'The hotline number is out of date');
		const href = (await link.getAttribute('href'))!;
		expect(href).toMatch(/^mailto:[^?]+@[^?]+\?subject=/);
		const body = decodeURIComponent(href.split('body=')[1]!);
		expect(body).toContain(path);
		expect(body).toContain(locale === 'ar' ? 'ar' : 'en');
		expect(body).toContain(locale === 'ar' ? 'رقم الهاتف قديم' : 'The hotline number is out of date');
		// The message is in the reader's language: the Arabic template is not the English one.
		if (locale === 'ar') expect(body).not.toContain('What is wrong');
	});
}

test('a guide whose review is overdue says so (reader’s clock moved two years on)', async ({ page }) => {
	await page.goto('/guides/work-permit/');
	await expect(page.getByTestId('review-due')).toBeHidden();
	await page.clock.setFixedTime(new Date('2028-12-01T00:00:00Z'));
	await page.goto('/guides/work-permit/');
	await expect(page.getByTestId('review-due')).toBeVisible();
	await expect(page.getByTestId('review-due')).toContainText('due for review');
});

test('the About page explains the editorial policy in every tested locale', async ({ page }) => {
	for (const path of ['/about/', '/zh-cn/about/', '/ar/about/']) {
		const res = await page.goto(path);
		expect(res?.status()).toBe(200);
		await expect(page.locator('.sl-markdown-content h2')).not.toHaveCount(0);
		await expect(page.locator('.sg-fallback-notice')).toHaveCount(0);
	}
});
