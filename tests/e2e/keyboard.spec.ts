import { expect, test } from './fixtures.ts';
import { TEMPLATES } from './templates-list.ts';

/**
 * Keyboard: Tab from the top of the page through every interactive element. Each one that takes
 * focus must show it (an outline or a focus ring), and every link and button in the content must
 * be reachable this way.
 */
// Every template in English, and pages in Arabic (right to left), Chinese and Japanese.
const PAGES = [
	...TEMPLATES,
	'/ar/guides/work-permit/self-check/',
	'/ar/plan/who-does-what/',
	'/zh-cn/plan/tasks/talent-services/',
	'/ja/policies/',
	'/ar/offices/civic-center-service-hall/',
	'/zh-cn/offices/',
];

for (const path of PAGES) {
	test(`${path}: every interactive element is reachable by Tab and visibly focused`, async ({ page }) => {
		// Thousands of Tab presses on the largest tables (the translation status lists every page).
		test.setTimeout(180_000);
		await page.goto(path);
		const invisible: string[] = [];
		for (let i = 0; i < 5000; i++) {
			await page.keyboard.press('Tab');
			const info = await page.evaluate(() => {
				const el = document.activeElement as HTMLElement | null;
				if (!el || el === document.body) return null;
				// Back at an element already visited: Tab has gone all the way round.
				if (el.hasAttribute('data-sg-tabbed')) return 'again';
				el.setAttribute('data-sg-tabbed', '');
				const style = getComputedStyle(el);
				const visible = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
				return { id: `${el.tagName.toLowerCase()}#${el.id}.${el.className}:${(el.textContent ?? '').trim().slice(0, 30)}`, visible };
			});
			if (info === 'again') break;
			if (info && !info.visible) invisible.push(info.id);
		}
		expect(invisible, 'focused elements without a visible focus indicator').toEqual([]);
		// Every link, button and field in the main content was reached; a radio group is one Tab stop
		// (arrow keys move inside it), so one radio of each group is enough.
		const unreached = await page.evaluate(() =>
			[...document.querySelectorAll<HTMLElement>('main a[href], main button:not([disabled]), main input, main select, main textarea')]
				.filter(
					(el) =>
						el.offsetParent !== null &&
						!el.closest('[hidden], dialog:not([open])') &&
						// Inside a closed <details> only the summary is shown until the reader opens it.
						!el.closest('details:not([open]) > :not(summary)') &&
						el.tabIndex >= 0 &&
						!el.hasAttribute('data-sg-tabbed')
				)
				.filter(
					(el) =>
						!(
							el instanceof HTMLInputElement &&
							el.type === 'radio' &&
							document.querySelector(`input[type="radio"][name="${el.name}"][data-sg-tabbed]`)
						)
				)
				.map((el) => `${el.tagName.toLowerCase()}: ${(el.textContent ?? el.getAttribute('aria-label') ?? '').trim().slice(0, 40)}`)
		);
		expect(unreached, 'content elements Tab never reached').toEqual([]);
	});
}
