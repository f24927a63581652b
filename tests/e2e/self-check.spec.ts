import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { BACHELORS_PROFILE_43, MASTERS_PROFILE_64 } from '../support/profiles.ts';

const PATH = '/guides/work-permit/self-check/';

/** Answers by field name and option value, so the same helper works in every language. */
async function answer(page: Page, answers: Record<string, string>) {
	for (const [name, value] of Object.entries(answers)) {
		const select = page.locator(`select[name="${name}"]`);
		if (await select.count()) await select.selectOption(value);
		else await page.locator(`input[name="${name}"][value="${value}"]`).check();
	}
}

const result = (page: Page) => page.getByTestId('selfcheck-result');
const total = (page: Page) => page.getByTestId('selfcheck-total');

test('English: a PhD on RMB 450,000+ aged 30 scores 88 points, Class A, without sending anything', async ({ page }) => {
	await page.goto(PATH);
	await expect(page.locator('[data-nojs]')).toBeHidden();
	await expect(page.getByText('nothing you enter is sent anywhere or stored')).toBeVisible();

	// The questions are labelled groups of native controls.
	await page.getByRole('group', { name: 'Annual salary from your employer in China' }).getByLabel('450,000 or more').check();
	await page.getByRole('group', { name: 'Highest degree' }).getByLabel('Doctorate (PhD)').check();
	await page.getByLabel('Years of experience').selectOption({ label: '10' });
	await page.getByRole('group', { name: 'Time you will work in China each year' }).getByLabel('9 months or more').check();
	await page.getByRole('group', { name: 'Where the job is' }).getByLabel('Shenzhen, or another place not listed below').check();
	await page.getByRole('group', { name: 'Your age' }).getByLabel('26 to 45').check();
	await page.getByRole('group', { name: 'Have you worked for a Fortune Global 500 company?' }).getByLabel('Yes').check();

	// 20 + 20 + 13 + 15 + 0 + 15 + 5 = 88
	const requests: string[] = [];
	page.on('request', (req) => requests.push(req.url()));
	await page.getByRole('button', { name: 'Calculate my points' }).click();

	await expect(result(page)).toHaveAttribute('role', 'status');
	await expect(result(page)).toHaveAttribute('aria-live', 'polite');
	await expect(total(page)).toHaveText('88');
	await expect(page.getByTestId('selfcheck-category')).toHaveText('Class A');
	await expect(page.locator('[data-explain="A"]')).toBeVisible();
	await expect(page.locator('[data-explain="A"]')).toContainText('85 points or more');
	await expect(page.locator('[data-explain="B"]')).toBeHidden();
	await expect(page.getByText('Points are only one route.').last()).toBeVisible();
	await expect(page.locator('[data-points-total]')).toHaveText('88');
	expect(requests, 'requests made by calculating').toEqual([]);
	expect(new URL(page.url()).search, 'answers put in the URL').toBe('');
});

test('English: unanswered questions are named, and nothing is scored until all are answered', async ({ page }) => {
	await page.goto(PATH);
	await answer(page, { salary: '450k-plus', education: 'doctorate' });
	await page.getByRole('button', { name: 'Calculate my points' }).click();
	await expect(result(page)).toContainText('Please answer every question.');
	await expect(result(page)).toContainText('Your age');
	await expect(total(page)).toBeHidden();
	await expect(page.locator('select[name="experience"]')).toHaveAttribute('aria-invalid', 'true');
	await expect(page.locator('select[name="experience"]')).toBeFocused();
});

test('zh-cn: a master’s profile scores 64 points, Class B', async ({ page }) => {
	await page.goto(`/zh-cn${PATH}`);
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
	// 11 + 15 + 8 + 15 + 0 + 15 + 0 = 64
	await answer(page, MASTERS_PROFILE_64);
	await page.getByRole('button', { name: '计算我的积分' }).click();
	await expect(total(page)).toHaveText('64');
	await expect(page.getByTestId('selfcheck-category')).toHaveText('B 类');
	await expect(page.locator('[data-explain="B"]')).toBeVisible();
	await expect(page.locator('[data-explain="B"]')).toContainText('外国专业人才');
});

test('ar: the page is right-to-left and a bachelor’s profile scores 43 points, below Class B', async ({ page }) => {
	await page.goto(`/ar${PATH}`);
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
	// 8 + 10 + 5 + 10 + 0 + 10 + 0 = 43
	await answer(page, BACHELORS_PROFILE_43);
	await page.getByRole('button', { name: 'احسب نقاطي' }).click();
	await expect(total(page)).toBeVisible();
	await expect(total(page)).toHaveAttribute('data-value', '43');
	await expect(page.getByTestId('selfcheck-category')).toHaveText('دون الفئة B');
	await expect(page.locator('[data-explain="C"]')).toBeVisible();
	await expect(page.locator('[data-explain="C"]')).toContainText('لا يصل مسار النقاط إلى الفئة B');
});

for (const prefix of ['', '/ar']) {
	test(`${prefix || 'en'}: the self-check with a result passes axe`, async ({ page }) => {
		await page.goto(`${prefix}${PATH}`);
		await answer(page, {
			salary: '450k-plus',
			education: 'doctorate',
			experience: '12-plus',
			workingTime: '9-plus',
			region: 'other',
			age: '26-45',
			fortune500: 'no',
		});
		await page.locator('button[type="submit"]').click();
		await expect(total(page)).toHaveAttribute('data-value', '85');
		const r = await new AxeBuilder({ page }).analyze();
		expect(r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
	});
}
