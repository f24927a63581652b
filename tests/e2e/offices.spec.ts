import { expect, test } from './fixtures.ts';

/**
 * Offices as a newcomer uses them: the page of the Civic Center's service hall in English, Chinese
 * and Arabic, the address to show a driver, "open now" with the browser's clock set to known
 * instants, and the index narrowed by district and by service.
 */
const HALL = 'offices/civic-center-service-hall/';
const ADDRESS_ZH = '深圳市福田区莲花街道福中三路1号B区一层政务服务中心东厅';

for (const [prefix, lang, heading] of [
	['', 'en', 'Shenzhen Administrative Service Hall'],
	['/zh-cn', 'zh-CN', '深圳市政务服务中心'],
	['/ar', 'ar', ''],
] as const) {
	test(`${prefix || 'en'}: the Civic Center hall shows its Chinese address, hours, and the guides done there`, async ({ page }) => {
		await page.goto(`${prefix}/${HALL}`);
		await expect(page.locator('html')).toHaveAttribute('lang', lang);
		if (heading) await expect(page.locator('h1')).toContainText(heading);
		await expect(page.getByTestId('office-chinese-name')).toHaveText('深圳市政务服务中心');
		await expect(page.getByTestId('driver-address')).toHaveText(ADDRESS_ZH);
		await expect(page.locator('.sg-hours').first()).toContainText(/(0?9|٠?٩):(00|٠٠)/);
		// The work-permit guide sends readers here.
		await expect(page.locator('#guides ~ ul a').first()).toHaveAttribute('href', `${prefix}/guides/work-permit/`);
		// Map apps are links out, never embedded.
		await expect(page.locator('a[href^="https://uri.amap.com/"]')).toHaveCount(1);
		await expect(page.locator('iframe')).toHaveCount(0);
	});
}

test('ar: the office page is right to left and keeps numbers and times left to right', async ({ page }) => {
	await page.goto(`/ar/offices/hotline-work-permit/`);
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	const tel = page.locator('a.sg-tel').first();
	await expect(tel).toHaveAttribute('href', 'tel:+8675588121678');
	await expect(tel.locator('bdi')).toHaveAttribute('dir', 'ltr');
});

for (const path of [HALL, 'offices/hotline-work-permit/', 'guides/work-permit/']) {
	test(`ar: on /ar/${path} every phone number and hour range is isolated left to right`, async ({ page }) => {
		await page.goto(`/ar/${path}`);
		// Text that reads left to right inside Arabic: "09:00–12:00", "0755-88121678", "+86 755 88121678".
		const runs = await page.locator('main').evaluate((main) => {
			const ltr = /\d{1,2}:\d{2}\s*[–-]\s*\d{1,2}:\d{2}|(?:\+86 )?\d{3,4}[- ]\d{4,8}/;
			const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
			const found: { text: string; isolated: boolean }[] = [];
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				const match = node.textContent?.match(ltr);
				if (!match || node.parentElement?.closest('script, style, [hidden], .sr-only')) continue;
				found.push({ text: match[0], isolated: Boolean(node.parentElement?.closest('bdi, [dir="ltr"]')) });
			}
			return found;
		});
		expect(runs.length).toBeGreaterThan(0);
		expect(runs.filter((r) => !r.isolated).map((r) => r.text)).toEqual([]);
		// Dates keep their place in the right-to-left line.
		for (const time of await page.locator('main time').all())
			expect(await time.evaluate((el) => getComputedStyle(el).unicodeBidi)).toBe('isolate');
	});
}

test('ar: the hall’s hour ranges and the card’s phone numbers sit in left-to-right elements', async ({ page }) => {
	await page.goto(`/ar/${HALL}`);
	await expect(page.locator('.sg-hours bdi[dir="ltr"]').first()).toHaveText(/^\d{1,2}:\d{2}–\d{1,2}:\d{2}$/);
	await page.goto('/ar/guides/work-permit/');
	const card = page.getByTestId('guide-card');
	await expect(card.locator('.sg-hours bdi[dir="ltr"]').first()).toHaveText(/^\d{1,2}:\d{2}–\d{1,2}:\d{2}$/);
	await expect(card.locator('[data-field="enquiries"] a.sg-tel bdi').first()).toHaveAttribute('dir', 'ltr');
});

test('zh-cn and fr: label and value joined with the language’s own colon', async ({ page }) => {
	// textContent itself: Playwright's text assertions would fold the narrow no-break space into a space.
	const reviewed = () =>
		page
			.locator('main p', { has: page.locator('time') })
			.last()
			.evaluate((p) => p.textContent!.trim());
	await page.goto(`/zh-cn/${HALL}`);
	expect(await reviewed()).toMatch(/^最近核对日期：\d{4}年/);
	await page.goto(`/fr/${HALL}`);
	expect(await reviewed()).toMatch(/^Dernière vérification\u202f: \d/);
});

test.describe('open now, computed in Shenzhen time from the browser’s clock', () => {
	// 7 December 2026 is a Monday; Shenzhen is UTC+8.
	for (const [when, instant, expected] of [
		['a weekday morning', '2026-12-07T02:00:00Z', /Open now.*Closes at 12:00/],
		['the lunch break', '2026-12-07T04:30:00Z', /Closed now.*Opens today at 14:00/],
		['a Saturday', '2026-12-12T02:00:00Z', /Closed now.*Opens Monday at 09:00/],
	] as const)
		test(`${when}`, async ({ page }) => {
			await page.clock.setFixedTime(new Date(instant));
			await page.goto(`/${HALL}`);
			await expect(page.getByTestId('open-now')).toHaveText(expected);
			await expect(page.locator('.sg-open-now-holiday')).toContainText('public holiday');
		});

	test('zh-cn: the same answer in Chinese', async ({ page }) => {
		await page.clock.setFixedTime(new Date('2026-12-07T02:00:00Z'));
		await page.goto(`/zh-cn/${HALL}`);
		await expect(page.getByTestId('open-now')).toContainText('12:00');
		await expect(page.getByTestId('open-now')).not.toContainText('Open now');
	});

	test('a 24-hour line is open at night too', async ({ page }) => {
		await page.clock.setFixedTime(new Date('2026-12-12T18:00:00Z'));
		await page.goto('/offices/hotline-12367/');
		await expect(page.getByTestId('open-now')).toHaveText(/24 hours/);
	});
});

test('show to a driver: the name and address alone, full screen, then back', async ({ page }) => {
	await page.goto(`/${HALL}`);
	const driver = page.getByTestId('driver-view');
	await page.getByRole('button', { name: 'Show to a driver' }).click();
	await expect.poll(() => page.evaluate(() => document.fullscreenElement?.id)).toBe('driver');
	await expect(driver.getByText(ADDRESS_ZH)).toBeVisible();
	const size = await driver.locator('.sg-driver-address').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
	expect(size).toBeGreaterThanOrEqual(32);
	await page.getByRole('button', { name: 'Close' }).click();
	await expect.poll(() => page.evaluate(() => document.fullscreenElement)).toBeNull();
});

test('without JavaScript the index lists every office and the page shows its hours', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/offices/');
	const count = await page.getByTestId('office-item').count();
	expect(count).toBeGreaterThanOrEqual(10);
	await page.goto(`/${HALL}`);
	await expect(page.locator('.sg-hours').first()).toContainText('Monday');
	await context.close();
});

for (const prefix of ['', '/zh-cn', '/ar']) {
	test(`${prefix || 'en'}: the index narrows by district and by service`, async ({ page }) => {
		await page.goto(`${prefix}/offices/`);
		const items = page.getByTestId('office-item');
		const total = await items.count();
		await page.locator('select[name="district"]').selectOption('futian');
		await expect(page.locator('[data-testid="office-item"]:visible')).toHaveCount(1);
		await expect(page.locator('[data-testid="office-item"]:visible a').first()).toHaveAttribute('href', `${prefix}/${HALL}`);
		await page.locator('select[name="district"]').selectOption('');
		await page.locator('select[name="service"]').selectOption('guides/work-permit');
		const shown = await page.locator('[data-testid="office-item"]:visible').count();
		expect(shown).toBeGreaterThan(1);
		expect(shown).toBeLessThan(total);
		await expect(page.locator('.sg-filter-count')).toContainText(String(shown));
	});
}

test('open data: /api/en/offices.json lists the offices with their hours in Shenzhen time', async ({ request }) => {
	const offices = (await (await request.get('/api/en/offices.json')).json()) as {
		id: string;
		hours: { timeZone: string } | null;
		address: { zh: string } | null;
	}[];
	const hall = offices.find((o) => o.id === 'civic-center-service-hall')!;
	expect(hall.hours!.timeZone).toBe('Asia/Shanghai');
	expect(hall.address!.zh).toBe(ADDRESS_ZH);
});

test('JSON-LD: the hall is a GovernmentOffice with opening hours', async ({ page }) => {
	await page.goto(`/${HALL}`);
	const json = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent())!);
	expect(json['@type']).toBe('GovernmentOffice');
	expect(json.openingHoursSpecification[0]).toMatchObject({ opens: '09:00', closes: '12:00' });
});
