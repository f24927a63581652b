import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { expect, test } from './fixtures.ts';

/**
 * Changes readers can follow: a guide's "last changed" line and its full history, the what's-new
 * page and the Atom feeds, in English, Chinese and Arabic; and the editors' sources page.
 */
for (const [prefix, lang] of [
	['', 'en'],
	['/zh-cn', 'zh-CN'],
	['/ar', 'ar'],
] as const) {
	test(`${prefix || 'en'}: the work-permit guide shows when it last changed and its whole history`, async ({ page }) => {
		await page.goto(`${prefix}/guides/work-permit/`);
		await expect(page.locator('html')).toHaveAttribute('lang', lang);
		const last = page.getByTestId('last-changed');
		await expect(last.locator('time')).toHaveAttribute('datetime', '2026-12-06');
		await last.locator('a[href="#changes"]').click();
		const history = page.getByTestId('page-changes');
		await expect(history).toBeInViewport();
		const items = history.locator('li');
		expect(await items.count()).toBeGreaterThanOrEqual(2);
		// Newest first, ending with the first publication.
		await expect(items.first().locator('time')).toHaveAttribute('datetime', '2026-12-06');
		await expect(items.last().locator('time')).toHaveAttribute('datetime', '2026-11-25');
		await expect(history.locator(`a[href="${prefix}/guides/work-permit/changes.xml"]`)).toBeVisible();
	});

	test(`${prefix || 'en'}: the feeds are Atom, newest change first`, async ({ request }) => {
		for (const path of [`${prefix}/changes.xml`, `${prefix}/guides/work-permit/changes.xml`]) {
			const res = await request.get(path);
			expect(res.headers()['content-type']).toContain('application/atom+xml');
			const xml = await res.text();
			expect(XMLValidator.validate(xml)).toBe(true);
			const feed = new XMLParser({ ignoreAttributes: false }).parse(xml).feed;
			expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
			expect(feed['@_xml:lang']).toBe(lang);
			const entries = [feed.entry].flat() as { updated: string }[];
			expect(entries.length).toBeGreaterThan(0);
			const dates = entries.map((e) => Date.parse(e.updated));
			expect([...dates].sort((a, b) => b - a)).toEqual(dates);
		}
	});
}

test('what’s new lists changes across pages, newest first, with the feed', async ({ page }) => {
	await page.goto('/whats-new/');
	const items = page.getByTestId('whats-new-item');
	expect(await items.count()).toBeGreaterThan(20);
	const dates = await items.locator('time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')!));
	expect([...dates].sort().reverse()).toEqual(dates);
	await expect(page.locator('a[href="/changes.xml"]')).toBeVisible();
});

test('the sources page for editors says when the sources have not been checked', async ({ page }) => {
	await page.goto('/sources/');
	await expect(page.getByTestId('sources-not-checked')).toBeVisible();
});
