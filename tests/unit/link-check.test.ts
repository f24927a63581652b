import { describe, expect, it } from 'vitest';
import { checkLinks, describeProblem, localizeContentLinks, pageFacts, type BuiltPage } from '../../src/lib/link-check.ts';

const LOCALES = ['en', 'fr', 'ar'];
const page = (path: string, body: string, fallback = false): BuiltPage => ({
	path,
	html: `<html><body><main><div class="sl-markdown-content">${fallback ? '<div data-fallback-from="en"></div>' : ''}${body}</div></main></body></html>`,
});

describe('link check on the built pages', () => {
	const site = [
		page('/guides/a/', '<h2 id="steps">Steps</h2><a href="/guides/b/">B</a>'),
		page('/guides/b/', '<a href="/guides/a/#steps">A steps</a><a href="/guides/a/#nowhere">bad</a><a href="/guides/c/">missing</a>'),
		page('/fr/guides/a/', '<h2 id="étapes">Étapes</h2><a href="/guides/b/">out of French</a><a href="/guides/b/" hreflang="en">English, said so</a>'),
		page('/fr/guides/b/', '<a href="https://www.sz.gov.cn/">external</a><a href="mailto:x@y.z">mail</a><a href="/api/fr/tasks.json">data</a>', true),
	];
	const assets = new Set(['/api/fr/tasks.json']);

	it('reports missing pages, missing headings and links that leave the reader’s language', () => {
		const problems = checkLinks(site, assets, LOCALES, 'en');
		expect(problems).toEqual([
			{ page: '/guides/b/', href: '/guides/a/#nowhere', problem: 'missing-heading' },
			{ page: '/guides/b/', href: '/guides/c/', problem: 'missing-page' },
			{ page: '/fr/guides/a/', href: '/guides/b/', problem: 'leaves-locale' },
		]);
		expect(describeProblem(problems[1]!, () => 'content/docs/en/guides/b.mdx')).toBe(
			'content/docs/en/guides/b.mdx: "/guides/c/" links to a page that does not exist'
		);
	});

	it('points content links at the reader’s language, marks English-only pages and drops unknown headings', () => {
		const pages = [page('/fr/x/', '<a href="/guides/b/">b</a> <a href="/guides/a/#steps">a</a> <a href="/guides/b/" hreflang="en">en</a>'), ...site];
		const facts = pageFacts(new Map(pages.map((p) => [p.path, p])));
		const html = localizeContentLinks(pages[0]!, facts, LOCALES, 'en', '(en anglais)');
		expect(html).toContain('<a href="/fr/guides/b/">b<span class="sg-en-only"> (en anglais)</span></a>');
		// The French page has translated heading ids: the English fragment would lead nowhere.
		expect(html).toContain('<a href="/fr/guides/a/">a</a>');
		// A link that says it goes to English stays as it is.
		expect(html).toContain('<a href="/guides/b/" hreflang="en">en</a>');
		expect(localizeContentLinks(site[0]!, facts, LOCALES, 'en', '(EN)')).toBe(site[0]!.html);
	});
});
