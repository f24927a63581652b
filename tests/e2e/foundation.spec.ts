import { readdirSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from './fixtures.ts';

test.describe('home page', () => {
	for (const [path, lang, dir] of [
		['/', 'en', 'ltr'],
		['/zh-cn/', 'zh-CN', 'ltr'],
		['/ar/', 'ar', 'rtl'],
	] as const) {
		test(`${path} renders with lang=${lang} dir=${dir}`, async ({ page }) => {
			const response = await page.goto(path);
			expect(response?.status()).toBe(200);
			const html = page.locator('html');
			await expect(html).toHaveAttribute('lang', lang);
			await expect(html).toHaveAttribute('dir', dir);
			await expect(page.locator('h1')).toHaveCount(1);
			// Four pillars of the plan, each linking to its page in the same locale.
			const prefix = path === '/' ? '' : path.slice(0, -1);
			for (const pillar of [
				'innovation-ecosystem',
				'global-resources-services',
				'investment-trade-protection',
				'livable-business-environment',
			])
				await expect(page.locator(`a[href="${prefix}/plan/pillars/${pillar}/"]`)).toHaveCount(1);
		});
	}

	test('Chinese home page is in Chinese, not silent English', async ({ page }) => {
		await page.goto('/zh-cn/');
		await expect(page.locator('main')).toContainText('深圳');
		await expect(page.locator('.sl-markdown-content h2').first()).not.toHaveText(/Who this site is for/);
	});

	test('every locale declares hreflang alternates for all 11 languages', async ({ page }) => {
		await page.goto('/');
		const langs = await page
			.locator('link[rel="alternate"][hreflang]')
			.evaluateAll((links) => links.map((l) => l.getAttribute('hreflang')));
		for (const lang of ['en', 'zh-CN', 'zh-HK', 'ja', 'ko', 'fr', 'de', 'es', 'pt', 'ru', 'ar']) expect(langs).toContain(lang);
	});
});

test('switching language keeps the reader on the same page', async ({ page }) => {
	await page.goto('/guides/');
	await page.locator('starlight-lang-select select').first().selectOption({ label: '简体中文' });
	await expect(page).toHaveURL(/\/zh-cn\/guides\/$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
	// The new page's URL is there before its scripts have run: wait for the language picker to
	// be live, as a reader's second choice would be made on a loaded page.
	await page.waitForFunction(() => customElements.get('starlight-lang-select') !== undefined);
	await page.locator('starlight-lang-select select').first().selectOption({ label: 'العربية' });
	await expect(page).toHaveURL(/\/ar\/guides\/$/);
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
});

/** The first English page that some locale has not translated yet, from the content folders. */
function firstUntranslatedPage(): { locale: string; path: string } | undefined {
	const root = 'content/docs';
	const english: string[] = [];
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const full = join(dir, entry.name);
			if (entry.isDirectory()) walk(full);
			else if (/\.mdx?$/.test(entry.name)) english.push(relative(join(root, 'en'), full));
		}
	};
	walk(join(root, 'en'));
	for (const file of english.sort()) {
		for (const locale of ['zh-cn', 'ar', 'ja', 'fr', 'de', 'es', 'pt', 'ru', 'ko', 'zh-hk']) {
			if (!existsSync(join(root, locale, file))) {
				const path = file.replace(/\.mdx?$/, '').replace(/(^|\/)index$/, '');
				return { locale, path: `/${locale}/${path}${path ? '/' : ''}` };
			}
		}
	}
	return undefined;
}

test('an untranslated page shows English with a notice in the reader’s language, not a 404', async ({ page }) => {
	const target = firstUntranslatedPage();
	test.skip(!target, 'every page is translated into every locale');
	const response = await page.goto(target!.path);
	expect(response?.status()).toBe(200);
	await expect(page.locator('html')).not.toHaveAttribute('lang', 'en');
	const notice = page.locator('.sg-fallback-notice');
	await expect(notice).toBeVisible();
	// The notice is in the reader's language, the content below it is marked as English.
	await expect(notice).not.toContainText('This content is not available in your language yet.');
	await expect(page.locator('.main-frame [lang="en"]').first()).toBeAttached();
	await expect(notice.locator('a[hreflang="en"]')).toHaveAttribute('href', target!.path.replace(`/${target!.locale}`, ''));
});

test('an unknown address returns the 404 page', async ({ page }) => {
	const response = await page.goto('/no-such-page/');
	expect(response?.status()).toBe(404);
	await expect(page.locator('h1')).toBeVisible();
});
