import { expect, test } from './fixtures.ts';

const GUIDES = ['work-permit', 'cross-border-ecommerce', 'ip-protection'];

for (const guide of GUIDES) {
	test(`${guide}: numbered steps, official sources and a review date`, async ({ page }) => {
		await page.goto(`/guides/${guide}/`);
		await expect(page.locator('.sl-steps > li').first()).toBeVisible();
		expect(await page.locator('.sl-steps > li').count()).toBeGreaterThanOrEqual(3);
		const sources = page.locator('.sg-sources li a[href^="http"]');
		expect(await sources.count()).toBeGreaterThanOrEqual(1);
		await expect(sources.first()).toHaveAttribute('rel', /noopener/);
		await expect(page.locator('.sg-reviewed > time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
		// Official Chinese names stand beside the translation.
		expect(await page.locator('.sl-markdown-content .sg-term-zh').count()).toBeGreaterThanOrEqual(3);
	});
}

test('the review date is formatted for the reader', async ({ page }) => {
	await page.goto('/zh-cn/guides/work-permit/');
	await expect(page.locator('.sg-reviewed > time')).toHaveText(/\d{4}年\d{1,2}月\d{1,2}日/);
});

test('the terms view lists the guide’s official Chinese names in large print', async ({ page }) => {
	await page.goto('/guides/work-permit/');
	await page.getByRole('button', { name: 'Show terms in Chinese' }).click();
	const dialog = page.getByRole('dialog');
	await expect(dialog).toBeVisible();
	const rows = dialog.locator('tbody tr');
	expect(await rows.count()).toBeGreaterThanOrEqual(3);
	await expect(rows.first().locator('td[lang="zh-CN"]')).toHaveText(/[\u4e00-\u9fff]/);
	await dialog.getByRole('button', { name: 'Close' }).click();
	await expect(dialog).toBeHidden();
});

test('printing a guide leaves only the content, on A4', async ({ page }) => {
	await page.goto('/guides/work-permit/');
	await page.emulateMedia({ media: 'print' });
	for (const chrome of ['header.header', '#starlight__sidebar', 'starlight-lang-select', 'site-search', '.sg-guide-tools'])
		await expect(page.locator(chrome).first()).toBeHidden();
	await expect(page.locator('.sl-steps').first()).toBeVisible();
	await expect(page.locator('.sg-sources .sg-print-url').first()).toBeVisible();
	const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
	expect(pdf.byteLength).toBeGreaterThan(10_000);
	// The PDF was laid out on the page size the print stylesheet asks for: A4.
	const pageSizes = await page.evaluate(() =>
		[...document.styleSheets].flatMap((sheet) =>
			[...sheet.cssRules].filter((r): r is CSSPageRule => r instanceof CSSPageRule).map((r) => r.style.getPropertyValue('size'))
		)
	);
	expect(pageSizes.map((s) => s.toLowerCase())).toContain('a4');
});

test('the guides index lists every guide in the reader’s language, marking English-only ones', async ({ page }) => {
	await page.goto('/guides/');
	for (const guide of GUIDES) await expect(page.locator(`a[href="/guides/${guide}/"]`)).toHaveCount(1);
});
