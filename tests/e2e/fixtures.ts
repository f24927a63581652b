import { test as base, expect } from '@playwright/test';

/**
 * Every e2e test runs with two guards: the page must not log console errors, and no request may
 * leave 127.0.0.1 (the site has to work on networks where foreign CDNs, fonts and analytics are
 * blocked, so it must not depend on any).
 */
export const test = base.extend<{ guards: void }>({
	guards: [
		async ({ page }, use) => {
			const consoleErrors: string[] = [];
			const offOrigin: string[] = [];
			const failedSubresources: string[] = [];
			page.on('console', (msg) => {
				// Failed loads are checked below, by resource, so that a page whose own status is 404
				// (the 404 page) is not counted as an error.
				if (msg.type() === 'error' && !msg.text().startsWith('Failed to load resource')) consoleErrors.push(msg.text());
			});
			page.on('response', (res) => {
				if (res.status() >= 400 && res.request().resourceType() !== 'document') failedSubresources.push(`${res.status()} ${res.url()}`);
			});
			page.on('pageerror', (err) => consoleErrors.push(err.message));
			page.on('request', (req) => {
				const url = new URL(req.url());
				if (!['127.0.0.1', 'localhost'].includes(url.hostname) && !['data:', 'blob:'].includes(url.protocol)) offOrigin.push(req.url());
			});
			await use();
			expect(offOrigin, 'requests that left 127.0.0.1').toEqual([]);
			expect(failedSubresources, 'subresources that failed to load').toEqual([]);
			expect(consoleErrors, 'console errors').toEqual([]);
		},
		{ auto: true },
	],
});

export { expect };
