import { describe, expect, it } from 'vitest';
import { checkLinks, describeProblem, pageFacts, type BuiltPage } from '../../src/lib/post-build/check-links.ts';
import { CLASSES_ADDED_BY_STEPS, localizeContentLinks, markEnglishOnlyLinks } from '../../src/lib/post-build/content-links.ts';
import { pageSteps, runPageSteps } from '../../src/lib/post-build/pipeline.ts';
import { separateCells } from '../../src/lib/post-build/separate-cells.ts';
import { type Locale, LOCALE_CODES } from '../../src/lib/locale.ts';

const page = (path: string, body: string, fallback = false): BuiltPage => ({
	path,
	html: `<html><body><main><div class="sl-markdown-content">${fallback ? '<div data-fallback-from="en"></div>' : ''}${body}</div></main></body></html>`,
});

const site = [
	page('/guides/a/', '<h2 id="steps">Steps</h2><a href="/guides/b/">B</a>'),
	page('/guides/b/', '<a href="/guides/a/#steps">A steps</a><a href="/guides/a/#nowhere">bad</a><a href="/guides/c/">missing</a>'),
	page(
		'/fr/guides/a/',
		'<h2 id="étapes">Étapes</h2><a href="/guides/b/">out of French</a><a href="/guides/b/" hreflang="en">English, said so</a>'
	),
	page(
		'/fr/guides/b/',
		'<a href="https://www.sz.gov.cn/">external</a><a href="mailto:x@y.z">mail</a><a href="/api/fr/tasks.json">data</a>',
		true
	),
];
const assets = new Set(['/api/fr/tasks.json']);

describe('check links', () => {
	it('reports missing pages, missing headings and links that leave the reader’s language', () => {
		const problems = checkLinks(site, assets);
		expect(problems).toEqual([
			{ page: '/guides/b/', href: '/guides/a/#nowhere', problem: 'missing-heading' },
			{ page: '/guides/b/', href: '/guides/c/', problem: 'missing-page' },
			{ page: '/fr/guides/a/', href: '/guides/b/', problem: 'leaves-locale' },
		]);
		expect(describeProblem(problems[1]!, () => 'content/docs/en/guides/b.mdx')).toBe(
			'content/docs/en/guides/b.mdx: "/guides/c/" links to a page that does not exist'
		);
	});
});

/** A French page with the given content, and the facts of the site with it. */
function frenchPage(body: string) {
	const fr = page('/fr/x/', body);
	return { fr, facts: pageFacts(new Map([fr, ...site].map((p) => [p.path, p]))) };
}

describe('localize links', () => {
	const { fr, facts } = frenchPage(
		'<a href="/guides/b/">b</a> <a href="/guides/a/#steps">a</a> <a href="/fr/guides/a/#steps">a2</a> <a href="/guides/a/#nowhere">a3</a> <a href="/guides/b/" hreflang="en">en</a> <a href="/guides/zz/">none</a>'
	);
	const html = localizeContentLinks(fr, facts);
	it('points content links at the reader’s language', () => {
		expect(html).toContain('<a href="/fr/guides/b/">b</a>');
	});
	it('turns an English heading into the translated heading at the same place in the outline', () => {
		expect(html).toContain(`<a href="/fr/guides/a/#${encodeURIComponent('étapes')}">a</a>`);
		expect(html).toContain(`<a href="/fr/guides/a/#${encodeURIComponent('étapes')}">a2</a>`);
		// A heading the English page does not have either: the link opens the top of the page.
		expect(html).toContain('<a href="/fr/guides/a/">a3</a>');
	});
	it('leaves links that say they go to English, links with no translation, and English pages alone', () => {
		expect(html).toContain('<a href="/guides/b/" hreflang="en">en</a>');
		expect(html).toContain('<a href="/guides/zz/">none</a>');
		expect(localizeContentLinks(site[0]!, facts)).toBe(site[0]!.html);
	});
	it('leaves the fragment alone when the outlines of the two pages differ', () => {
		const { fr: page2, facts: facts2 } = frenchPage('<h2 id="un">Un</h2><h2 id="deux">Deux</h2><a href="/fr/guides/a/#steps">x</a>');
		expect(localizeContentLinks(page2, facts2)).toContain(`href="/fr/guides/a/#${encodeURIComponent('étapes')}"`);
		const mismatched = pageFacts(
			new Map(
				[
					page('/guides/a/', '<h2 id="steps">S</h2><h2 id="more">M</h2>'),
					page('/fr/guides/a/', '<h2 id="étapes">É</h2>'),
					page('/fr/x/', '<a href="/fr/guides/a/#steps">x</a>'),
				].map((p) => [p.path, p])
			)
		);
		expect(localizeContentLinks(page('/fr/x/', '<a href="/fr/guides/a/#steps">x</a>'), mismatched)).toContain(
			'<a href="/fr/guides/a/">x</a>'
		);
	});
});

describe('mark English-only links', () => {
	const { fr, facts } = frenchPage(
		'<a href="/fr/guides/b/">b</a> <a href="/fr/guides/a/">a</a> <a href="/fr/guides/b/" data-en-only>listed</a><span class="sg-en-only"> (en anglais)</span>'
	);
	const html = markEnglishOnlyLinks(fr, facts, '(en anglais)');
	it('labels a link to a page shown in English, once', () => {
		expect(html).toContain('<a href="/fr/guides/b/">b<span class="sg-en-only"> (en anglais)</span></a>');
		expect(html).toContain('<a href="/fr/guides/a/">a</a>');
		// A list component already said so beside the link and marked it.
		expect(html).toContain('<a href="/fr/guides/b/" data-en-only>listed</a><span class="sg-en-only"> (en anglais)</span>');
		expect(html.match(/en anglais/g)).toHaveLength(2);
	});
});

describe('the post-build pipeline', () => {
	const labels = Object.fromEntries(LOCALE_CODES.map((c) => [c, `(EN:${c})`])) as Record<Locale, string>;
	const steps = pageSteps(labels, { scriptWords: new Set(), renamed: new Map(), extraFor: () => undefined });
	it('runs its named steps in order: localize, mark, separate cells, drop unused CSS, merge and minify inline scripts, then fit the policy', () => {
		expect(steps.map((s) => s.name)).toEqual([
			'localize links',
			'mark English-only links',
			'separate cells for the search index',
			'drop unused CSS',
			'merge inline module scripts',
			'minify inline scripts',
			'fit the script and style policy',
		]);
	});
	it('puts a space between adjacent cells, so the search index does not read "Processing time7 days"', () => {
		expect(separateCells('<dl><div><dt>Processing time</dt><dd>7 days</dd></div></dl>')).toBe(
			'<dl><div><dt>Processing time</dt> <dd>7 days</dd></div></dl>'
		);
		expect(separateCells('<tr><th scope="row">A</th><td>1</td><td class="x">2</td></tr>')).toBe(
			'<tr><th scope="row">A</th> <td>1</td> <td class="x">2</td></tr>'
		);
		// Other elements, and a cell's neighbour that only starts with the same letters, stay as they are.
		expect(separateCells('<dd>x</dd><details>y</details><td>1</td><tdx>')).toBe('<dd>x</dd><details>y</details><td>1</td><tdx>');
	});
	it('marks a link after localizing it, in the page’s own language, and says which steps changed the page', () => {
		const { fr, facts } = frenchPage('<a href="/guides/b/">b</a>');
		const { html, changedBy } = runPageSteps(fr, facts, steps);
		expect(html).toContain('<a href="/fr/guides/b/">b<span class="sg-en-only"> (EN:fr)</span></a>');
		expect(changedBy).toEqual(['localize links', 'mark English-only links']);
		// The CSS step reads classes before these steps run: every class they add is declared.
		const classes = (h: string) => new Set([...h.matchAll(/class="([^"]*)"/g)].flatMap((m) => m[1]!.split(' ')));
		const added = [...classes(html)].filter((c) => !classes(fr.html).has(c));
		expect(added.length).toBeGreaterThan(0);
		for (const c of added) expect(CLASSES_ADDED_BY_STEPS).toContain(c);
		expect(runPageSteps(site[0]!, facts, steps).changedBy).toEqual([]);
	});
});
