import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures.ts';

const TASK = 'talent-services';
const LEAD = 'organization-department';

for (const [prefix, lang] of [
	['', 'en'],
	['/zh-cn', 'zh-CN'],
	['/ar', 'ar'],
] as const) {
	test(`${lang}: a task page links its leading unit, and the unit's page lists the task back`, async ({ page }) => {
		await page.goto(`${prefix}/plan/tasks/${TASK}/`);
		await expect(page.locator('html')).toHaveAttribute('lang', lang);
		const lead = page.getByTestId('lead-unit').getByRole('link');
		await expect(lead).toHaveAttribute('href', `${prefix}/agencies/${LEAD}/`);
		if (lang === 'zh-CN') await expect(lead).toHaveText('中共深圳市委组织部');
		if (lang === 'en') await expect(lead).toHaveText('Organization Department of the CPC Shenzhen Municipal Committee');
		// The plan lists eight participating units for task 4.
		await expect(page.getByTestId('participants').getByRole('listitem')).toHaveCount(8);

		await lead.click();
		await expect(page).toHaveURL(new RegExp(`${prefix}/agencies/${LEAD}/$`));
		await expect(page.locator(`#leads ~ ol a[href="${prefix}/plan/tasks/${TASK}/"]`).first()).toBeVisible();
	});
}

test('the open-data endpoint returns the plan’s 12 tasks, translated per locale', async ({ request }) => {
	const en = await (await request.get('/api/en/tasks.json')).json();
	expect(en).toHaveLength(12);
	expect(en.map((t: { number: number }) => t.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
	const zh = await (await request.get('/api/zh-cn/tasks.json')).json();
	expect(zh).toHaveLength(12);
	expect(zh[3].title).not.toBe(en[3].title);
	expect(zh[3].titleAsInPlan).toBe(en[3].title);
	const agencies = await (await request.get('/api/en/agencies.json')).json();
	expect(agencies.length).toBe(35);
	const targets = await (await request.get('/api/ar/targets.json')).json();
	expect(targets).toHaveLength(2);
});

test.describe('who-does-what matrix', () => {
	for (const prefix of ['', '/ar']) {
		test(`${prefix || 'en'}: has row and column headers and passes axe`, async ({ page }) => {
			await page.goto(`${prefix}/plan/who-does-what/`);
			const table = page.locator('table.sg-matrix');
			await expect(table.locator('caption')).toBeVisible();
			await expect(table.locator('thead th[scope="col"]')).toHaveCount(13);
			await expect(table.locator('tbody th[scope="row"]')).toHaveCount(34);
			// Exactly one leading unit per task column.
			await expect(table.locator('td.sg-role-lead')).toHaveCount(12);
			const results = await new AxeBuilder({ page }).include('main').analyze();
			expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
		});
	}

	test('is keyboard-navigable: the scrollable table and every link take focus in order', async ({ page }) => {
		await page.goto('/plan/who-does-what/');
		const region = page.locator('.sg-matrix-wrap');
		await region.focus();
		await expect(region).toBeFocused();
		await page.keyboard.press('Tab');
		await expect(page.locator('table.sg-matrix thead a').first()).toBeFocused();
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('Tab');
		await expect(page.locator('table.sg-matrix thead a').nth(1)).toBeFocused();
	});
});

test('the agency directory filters by name and says how many are shown', async ({ page }) => {
	await page.goto('/agencies/');
	const items = page.locator('.sg-agency-list li');
	await expect(items).toHaveCount(35);
	await page.getByLabel('Filter by name').fill('customs');
	await expect(page.locator('.sg-agency-list li:visible')).toHaveCount(1);
	await expect(page.getByRole('status')).toContainText('1');
});

test('the agency directory is sorted in the reader’s language', async ({ page }) => {
	await page.goto('/zh-cn/agencies/');
	const names = await page.locator('.sg-agency-list li > a').allTextContents();
	const sorted = [...names].sort(new Intl.Collator('zh-CN').compare);
	expect(names).toEqual(sorted);
});

test('the general requirements and supporting measures have their own pages with the plan’s text', async ({ page }) => {
	for (const [path, contains] of [
		['/plan/general-requirements/', 'Guided by Xi Jinping Thought'],
		['/zh-cn/plan/supporting-measures/', 'municipal business environment optimization reform leading group'],
		['/ar/plan/supporting-measures/', 'Strengthen organizational leadership'],
	] as const) {
		const res = await page.goto(path);
		expect(res?.status()).toBe(200);
		await expect(page.locator('blockquote.sg-official[lang="en"]')).toContainText(contains);
		await expect(page.locator('.sg-fallback-notice')).toHaveCount(0);
	}
	await expect(page.locator(`a[href="/ar/agencies/business-environment-leading-group/"]`).first()).toBeVisible();
});

test('each locale has an RSS feed of guides and policies in its language', async ({ request }) => {
	for (const [locale, lang] of [
		['', 'en'],
		['zh-cn/', 'zh-CN'],
		['ar/', 'ar'],
	]) {
		const res = await request.get(`/${locale}feed.xml`);
		expect(res.status()).toBe(200);
		const xml = await res.text();
		expect(xml).toContain(`<language>${lang}</language>`);
		const links = [...xml.matchAll(/<item><title>[^<]*<\/title><link>([^<]+)<\/link>/g)].map((m) => new URL(m[1]!).pathname);
		expect(links.length).toBeGreaterThanOrEqual(17);
		for (const link of links) expect(link.startsWith(`/${locale}`)).toBe(true);
		expect(links).toContain(`/${locale}guides/work-permit/`);
	}
});
