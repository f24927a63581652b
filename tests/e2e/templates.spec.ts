import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures.ts';
import { TEMPLATES } from './templates-list.ts';

const LOCALES = ['', 'zh-cn', 'ja', 'ar'];
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice', 'experimental'];

for (const locale of LOCALES)
	test.describe(`${locale || 'en'}: every template`, () => {
		for (const template of TEMPLATES) {
			const path = locale ? `/${locale}${template}` : template;
			test(`${path}: accessible (axe), with a script policy that needs no unsafe-inline`, async ({ page }) => {
				// The journey print view holds every guide of the journey: axe needs longer there.
				if (template.endsWith('/print/')) test.slow();
				const res = await page.goto(path);
				expect(res?.status()).toBe(200);
				const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
				const scriptSrc = policy!.split(';').find((d) => d.trim().startsWith('script-src'))!;
				expect(scriptSrc).not.toContain('unsafe-inline');
				// axe's experimental rules too (label-content-name-mismatch, WCAG 2.5.3, among them).
				const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
				expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
			});
		}
	});

for (const locale of LOCALES)
	test(`${locale || 'en'}: the search dialog, open with results, is accessible (axe with experimental rules)`, async ({ page }) => {
		await page.goto(locale ? `/${locale}/guides/` : '/guides/');
		await page.locator('button[data-open-modal]').click();
		await page.locator('#sg-dialog-q').fill('9610');
		await expect(page.locator('.sg-dialog-results .sg-result').first()).toBeVisible();
		const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
		expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
	});

test('the 404 page is accessible and has the same policy', async ({ page }) => {
	for (const path of ['/no-such-page/', '/zh-cn/no-such-page/', '/ja/no-such-page/', '/ar/no-such-page/']) {
		const res = await page.goto(path);
		expect(res?.status()).toBe(404);
		await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveCount(1);
		expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
	}
});

test('the server sends the security headers a static host should send', async ({ request }) => {
	const res = await request.get('/guides/work-permit/');
	const headers = res.headers();
	expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
	expect(headers['x-frame-options']).toBe('DENY');
	expect(headers['x-content-type-options']).toBe('nosniff');
	expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
	expect(headers['permissions-policy']).toContain('geolocation=()');
});

test('canonical, hreflang and Open Graph tags per locale', async ({ page }) => {
	await page.goto('/zh-cn/guides/work-permit/');
	await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/zh-cn\/guides\/work-permit\/$/);
	await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', /zh/i);
	await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /.+/);
	expect(await page.locator('link[rel="alternate"][hreflang]').count()).toBeGreaterThanOrEqual(11);
	const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
	expect(ld['@type']).toBe('WebPage');
	expect(ld.inLanguage).toBe('zh-CN');
	expect(ld.about['@type']).toBe('GovernmentService');
});

test('keyboard: the skip link is the first stop and moves focus to the content, visibly', async ({ page }) => {
	await page.goto('/guides/work-permit/');
	await page.keyboard.press('Tab');
	const skip = page.locator('a.sl-skip-link');
	await expect(skip).toBeFocused();
	const outline = await skip.evaluate((el) => getComputedStyle(el).outlineStyle + getComputedStyle(el).boxShadow);
	expect(outline).not.toBe('nonenone');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/#_top$/);
});

test('Arabic mirrors the layout: sidebar on the right, steps and tables read right to left', async ({ page }, info) => {
	await page.setViewportSize({ width: 1280, height: 900 });
	await page.goto('/ar/guides/work-permit/');
	const sidebar = await page.locator('#starlight__sidebar').boundingBox();
	const content = await page.locator('.sl-markdown-content').boundingBox();
	expect(sidebar!.x).toBeGreaterThan(content!.x);
	const steps = page.locator('.sl-steps').first();
	await expect(steps).toHaveCSS('direction', 'rtl');
	const step = await steps.locator('> li').first().boundingBox();
	const stepNumber = await steps
		.locator('> li')
		.first()
		.evaluate((li) => {
			const marker = getComputedStyle(li, '::before');
			return { inset: marker.insetInlineStart, right: li.getBoundingClientRect().right };
		});
	expect(stepNumber.right).toBeGreaterThan(step!.x);
	await page.goto('/ar/plan/who-does-what/');
	const firstHeader = await page.locator('table thead th').first().boundingBox();
	const lastHeader = await page.locator('table thead th').last().boundingBox();
	expect(firstHeader!.x).toBeGreaterThan(lastHeader!.x);
	await info.attach('ar-guide.png', { body: await page.screenshot({ fullPage: false }), contentType: 'image/png' });
});

test('the sidebar has no empty group, and leads to the guides and the policies', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 900 });
	for (const [prefix, path] of [
		['', '/agencies/amr/'],
		['/zh-cn', '/zh-cn/guides/work-permit/'],
		['/ar', '/ar/policies/'],
	]) {
		await page.goto(path!);
		const sidebar = page.locator('#starlight__sidebar');
		for (const group of await sidebar.locator('details').all()) expect(await group.locator('a[href]').count()).toBeGreaterThan(0);
		await expect(sidebar.locator(`a[href="${prefix}/guides/"]`)).toBeVisible();
		await expect(sidebar.locator(`a[href="${prefix}/policies/"]`)).toBeVisible();
	}
});

test('a table of contents where a page has parts, none where it would only say "Overview"', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 900 });
	for (const path of ['/guides/work-permit/', '/zh-cn/plan/tasks/talent-services/', '/ar/policies/negative-list/']) {
		await page.goto(path);
		expect(await page.locator('starlight-toc li').count()).toBeGreaterThan(1);
		await expect(page.locator('starlight-toc')).toBeVisible();
	}
	for (const path of ['/agencies/amr/', '/zh-cn/plan/pillars/innovation-ecosystem/', '/ar/agencies/customs/']) {
		await page.goto(path);
		await expect(page.locator('h1')).toBeVisible();
		await expect(page.locator('starlight-toc, mobile-starlight-toc')).toHaveCount(0);
	}
});
