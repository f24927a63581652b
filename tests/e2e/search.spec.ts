import { expect, test } from './fixtures.ts';

/**
 * The query table: what readers type, in their language, and the page that must be among the
 * first three results. Queries run through Pagefind's own API in the page (the same index and
 * query segmentation the search box uses), on each locale's search page.
 */
const QUERIES: [locale: string, query: string, expected: string][] = [
	// English: names, form codes, Chinese terms, agencies, policies.
	['en', 'Z visa', '/guides/work-permit/'],
	['en', 'work permit', '/guides/work-permit/'],
	['en', 'R visa', '/guides/work-permit/'],
	['en', '9610', '/guides/cross-border-ecommerce/'],
	['en', '9810', '/guides/cross-border-ecommerce/'],
	['en', 'trademark infringement', '/guides/ip-protection/'],
	['en', 'negative list', '/policies/negative-list/'],
	['en', '外国人工作许可', '/guides/work-permit/'],
	['en', '跨境电商', '/guides/cross-border-ecommerce/'],
	['en', 'Shenzhen Customs', '/agencies/customs/'],
	['en', 'AEO', '/policies/aeo-and-smart-ports/'],
	['en', 'withholding tax reinvested profits', '/policies/reinvestment-tax-exemption/'],
	['en', 'data export security assessment', '/guides/cross-border-data/'],
	// Simplified Chinese, including a word that occurs only inside a longer run of characters.
	['zh-cn', '外国人工作许可', '/zh-cn/guides/work-permit/'],
	['zh-cn', '工作许可', '/zh-cn/guides/work-permit/'],
	['zh-cn', '商标侵权', '/zh-cn/guides/ip-protection/'],
	['zh-cn', '跨境电商', '/zh-cn/guides/cross-border-ecommerce/'],
	['zh-cn', '深圳海关', '/zh-cn/agencies/customs/'],
	['zh-cn', '负面清单', '/zh-cn/policies/negative-list/'],
	['zh-cn', '9710', '/zh-cn/guides/cross-border-ecommerce/'],
	// Traditional Chinese (Hong Kong).
	['zh-hk', '深圳海關', '/zh-hk/agencies/customs/'],
	['zh-hk', 'Z visa', '/zh-hk/guides/work-permit/'],
	['zh-hk', '1210', '/zh-hk/guides/cross-border-ecommerce/'],
	// Japanese.
	['ja', 'Zビザ', '/ja/guides/work-permit/'],
	['ja', '9610', '/ja/guides/cross-border-ecommerce/'],
	['ja', '外国人工作许可', '/ja/guides/work-permit/'],
	['ja', '商標', '/ja/guides/ip-protection/'],
	// Korean.
	['ko', '9710', '/ko/guides/cross-border-ecommerce/'],
	['ko', 'Shenzhen Customs', '/ko/agencies/customs/'],
	['ko', '跨境电商', '/ko/guides/cross-border-ecommerce/'],
	// French, German, Spanish, Portuguese, Russian.
	['fr', '9810', '/fr/guides/cross-border-ecommerce/'],
	['fr', 'Z visa', '/fr/guides/work-permit/'],
	['de', '1210', '/de/guides/cross-border-ecommerce/'],
	['de', '商标侵权', '/de/guides/ip-protection/'],
	['es', 'Shenzhen Customs', '/es/agencies/customs/'],
	['es', '外国人工作许可', '/es/guides/work-permit/'],
	['pt', '9610', '/pt/guides/cross-border-ecommerce/'],
	['pt', 'negative list', '/pt/policies/negative-list/'],
	['ru', 'Z visa', '/ru/guides/work-permit/'],
	['ru', '跨境电商', '/ru/guides/cross-border-ecommerce/'],
	// Arabic.
	['ar', 'تصريح عمل', '/ar/guides/work-permit/'],
	['ar', '9610', '/ar/guides/cross-border-ecommerce/'],
	['ar', 'Shenzhen Customs', '/ar/agencies/customs/'],
	// The guides added with the journeys, in several languages.
	['en', 'apostille', '/guides/document-authentication/'],
	['en', 'retail import', '/guides/cross-border-retail-imports/'],
	['zh-cn', '驾驶证', '/zh-cn/guides/driving-licence/'],
	['zh-cn', '跨境电商零售进口', '/zh-cn/guides/cross-border-retail-imports/'],
	['zh-hk', '年報', '/zh-hk/guides/running-a-company/'],
	['ja', '社会保険', '/ja/guides/social-insurance-and-income-tax/'],
	['ko', '운전면허', '/ko/guides/driving-licence/'],
	['fr', 'permis de conduire', '/fr/guides/driving-licence/'],
	['de', 'Sozialversicherung', '/de/guides/social-insurance-and-income-tax/'],
	['es', 'apostilla', '/es/guides/document-authentication/'],
	['pt', 'aluguel', '/pt/guides/housing-and-registration/'],
	['ru', 'банковский счёт', '/ru/guides/bank-account-and-payments/'],
	['ar', 'الضمان الاجتماعي', '/ar/guides/social-insurance-and-income-tax/'],
];

const searchPage = (locale: string) => (locale === 'en' ? '/search/' : `/${locale}/search/`);

for (const [locale, query, expected] of QUERIES) {
	test(`${locale}: “${query}” finds ${expected} in the top 3`, async ({ page }) => {
		await page.goto(searchPage(locale));
		const urls = await page.evaluate(async (q) => {
			const pagefind = await import(/* @vite-ignore */ '/pagefind/pagefind.js' as string);
			const search = await pagefind.search(q);
			const top = await Promise.all(search.results.slice(0, 3).map((r: { data: () => Promise<{ url: string }> }) => r.data()));
			return top.map((d) => d.url);
		}, query);
		expect(urls).toContain(expected);
	});
}

for (const [locale, message] of [
	['en', 'Nothing matched your search'],
	['zh-cn', ''],
	['ar', ''],
] as const) {
	test(`${locale}: a query with no results says so in the reader’s language and suggests the guides`, async ({ page }) => {
		await page.goto(`${searchPage(locale)}?q=qzxvbnmkjh`);
		const empty = page.locator('.sg-search-empty');
		await expect(empty).toBeVisible();
		if (message) await expect(empty).toContainText(message);
		else await expect(empty).not.toContainText('Nothing matched your search');
		await expect(empty.locator('a')).toHaveAttribute('href', locale === 'en' ? '/guides/' : `/${locale}/guides/`);
	});
}

test('search results say what kind of page they are, and a filter narrows them by type', async ({ page }) => {
	await page.goto('/search/?q=customs');
	const types = page.locator('.sg-result-type');
	await expect(types.first()).toHaveText(/^(Guide|Policy|Plan task|Plan area|Agency|The plan|Page|Office or hotline|Step by step)$/);
	const filter = page.locator('.sg-search-types');
	await expect(filter).toContainText('Agency');
	await filter.getByRole('checkbox', { name: /^Agency/ }).check();
	await expect(page.locator('.sg-search-status')).toContainText(/^\d+ results? for “customs”$/);
	await expect(types.first()).toHaveText('Agency');
	for (const type of await types.allTextContents()) expect(type).toBe('Agency');
	// The filter keeps keyboard focus when the list of types is redrawn.
	await expect(filter.getByRole('checkbox', { name: /^Agency/ })).toBeFocused();
});

test('"Search all languages" also finds pages in other languages', async ({ page }) => {
	// Arabic words are only in the Arabic index: the English search finds nothing by default.
	await page.goto('/search/?q=' + encodeURIComponent('تصريح عمل'));
	await expect(page.locator('.sg-search-empty')).toBeVisible();
	await page.getByLabel('Search all languages').check();
	await expect(page).toHaveURL(/all=1/);
	await expect(page.locator('.sg-result-link[href*="/ar/"]').first()).toBeVisible();
	await expect(page.locator('.sg-search-empty')).toBeHidden();
});

test('the search page has one search box, which keeps the query in the address', async ({ page }) => {
	await page.goto('/search/');
	await expect(page.locator('main input[type="search"]')).toHaveCount(1);
	const box = page.getByRole('searchbox', { name: 'Search in your language' });
	await box.fill('negative list');
	await expect(page.locator('.sg-result-link').first()).toBeVisible();
	await expect(page).toHaveURL(/\?q=negative\+list|\?q=negative%20list/);
	// "Nothing matched" is never shown while a search is still running or after one that found pages.
	await expect(page.locator('.sg-search-empty')).toBeHidden();
});

for (const [locale, query, expected] of [
	['en', 'work permit', '/guides/work-permit/'],
	['zh-cn', '深圳海关', '/zh-cn/agencies/customs/'],
	['ar', 'تصريح عمل', '/ar/guides/work-permit/'],
] as const) {
	test(`${locale}: the search dialog finds “${query}” as the reader types, and Enter opens the search page`, async ({ page }) => {
		const prefix = locale === 'en' ? '' : `/${locale}`;
		await page.goto(`${prefix}/guides/`);
		await page.locator('button[data-open-modal]').click();
		const dialog = page.locator('site-search dialog');
		await expect(dialog).toBeVisible();
		const input = dialog.locator('input[type="search"]');
		await expect(input).toBeFocused();
		await input.fill(query);
		const links = dialog.locator('.sg-result-link');
		await expect(links.first()).toBeVisible();
		expect(await links.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname))).toContain(expected);
		await expect(dialog.locator('.sg-search-status')).toHaveAttribute('role', 'status');
		// Three results at first, more on request.
		await expect(dialog.locator('.sg-result')).toHaveCount(3);
		await dialog.locator('.sg-results-more').click();
		await expect(dialog.locator('.sg-result')).toHaveCount(6);
		await input.press('Enter');
		await expect(page).toHaveURL(new RegExp(`${prefix}/search/\\?q=`));
		await expect(page.locator('#sg-search-q')).toHaveValue(query);
	});
}

test('Ctrl+K opens the search dialog and Escape closes it', async ({ page }) => {
	await page.goto('/plan/');
	await page.keyboard.press('Control+k');
	const dialog = page.locator('site-search dialog');
	await expect(dialog).toBeVisible();
	await expect(dialog.locator('input[type="search"]')).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
});

for (const locale of ['en', 'fr', 'ar'])
	test(`${locale}: a two-word Chinese query (深圳海关) on the search page ranks the customs page first`, async ({ page }) => {
		const prefix = locale === 'en' ? '' : `/${locale}`;
		await page.goto(`${prefix}/search/?q=${encodeURIComponent('深圳海关')}`);
		const first = page.locator('.sg-result-link').first();
		await expect(first).toBeVisible();
		expect(new URL(await first.evaluate((a) => (a as HTMLAnchorElement).href)).pathname).toBe(`${prefix}/agencies/customs/`);
	});
