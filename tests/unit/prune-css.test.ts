import { describe, expect, it } from 'vitest';
import {
	dropUnreadProperties,
	propertiesReadBy,
	pruneCss,
	pruneInlineStyles,
	pruneSharedCss,
	rehashedName,
	relinkStylesheets,
	requiredNames,
	splitSharedCss,
} from '../../src/lib/post-build/prune-css.ts';
import { pageSteps } from '../../src/lib/post-build/pipeline.ts';

const present =
	(...words: string[]) =>
	(w: string) =>
		words.includes(w);

describe('unused CSS', () => {
	it('reads the classes a selector requires, leaving out those it may do without', () => {
		expect(requiredNames('.card:where(.astro-abcdefgh) > a.title:hover')).toEqual(['card', 'astro-abcdefgh', 'title', 'a']);
		expect(requiredNames('.a:not(.b) p:has(.c)')).toEqual(['a', 'p']);
		expect(requiredNames('[data-x="a.b"] .c')).toEqual(['c']);
		expect(requiredNames(':is(.a,.b) p')).toEqual(['p']);
		expect(requiredNames('.sl-steps>li>:first-child:where(h1,h2,.x)')).toEqual(['sl-steps', 'li']);
		expect(requiredNames('main h2')).toEqual(['main', 'h2']);
		// Element names only where an element goes: not pseudo-classes, their arguments or `*`.
		expect(requiredNames(':root:lang(ja) TABLE > * ::selection')).toEqual(['table']);
		expect(requiredNames('tr:nth-child(2n + 1 of .odd) td')).toEqual(['odd', 'tr', 'td']);
	});

	it('drops a rule only when a class or element it needs is nowhere, and empties out layers and media queries', () => {
		const css = '@layer c{.gone:where(.astro-aaaaaaaa){color:red}.kept{color:blue}}@media (width>=50rem){.gone{margin:0}}p{margin:0}';
		expect(pruneCss(css, present('kept', 'p'))).toBe('@layer c{.kept{color:blue}}p{margin:0}');
		expect(pruneCss('.kept table{color:red}.kept :is(table,p){margin:0}', present('kept', 'p'))).toBe('.kept :is(table,p){margin:0}');
		// A selector list keeps the selectors that can match.
		expect(pruneCss('.a,.b{color:red}', present('b'))).toBe('.b{color:red}');
		// Nothing to drop: the very same text comes back.
		expect(pruneCss('.a{color:red}', present('a'))).toBe('.a{color:red}');
		// Keyframes and other at-rules are not touched.
		expect(pruneCss('@keyframes spin{from{opacity:0}to{opacity:1}}', present())).toBe('@keyframes spin{from{opacity:0}to{opacity:1}}');
	});

	it("prunes a page's own <style> against its markup and the site's scripts, and removes emptied elements", () => {
		const page = (body: string) =>
			`<head><style>.sg-filters:where(.astro-aaaaaaaa){display:flex}.sg-card:where(.astro-bbbbbbbb){border:0}</style><style>.only-js{color:red}</style></head><body>${body}</body>`;
		const html = pruneInlineStyles(page('<div class="sg-card astro-bbbbbbbb">x</div>'), new Set());
		expect(html).toContain('<style>.sg-card:where(.astro-bbbbbbbb){border:0}</style>');
		expect(html).not.toContain('sg-filters');
		expect(html).not.toContain('only-js');
		// A class a script may add is kept, though no element has it yet: a site script or an inline one.
		expect(pruneInlineStyles(page(''), new Set(['only-js']))).toContain('<style>.only-js{color:red}</style>');
		expect(pruneInlineStyles(page("<script>el.classList.add('only-js')</script>"), new Set())).toContain('.only-js{color:red}');
		// The same word in the page's text is not a class.
		expect(pruneInlineStyles(page('<p>only-js</p>'), new Set())).not.toContain('only-js{');
	});

	it('drops the custom properties nothing reads, and the rules and groups left empty', () => {
		const css = ':root{--used:1px;--unused:red;--by-script:0}@media print{:root{--unused:blue}}.a{margin:var(--used)}';
		const read = propertiesReadBy(css);
		expect([...read]).toEqual(['--used']);
		expect(dropUnreadProperties(css, (n) => read.has(n))).toBe(':root{--used:1px}.a{margin:var(--used)}');
		// What a script or a page mentions stays, read or not.
		expect(dropUnreadProperties(css, (n) => read.has(n) || n === '--by-script')).toBe(
			':root{--used:1px;--by-script:0}.a{margin:var(--used)}'
		);
		// A property another property reads, or a container style query, counts as read.
		expect([...propertiesReadBy(':root{--a:var(--b)}@container style(--c: x){.x{color:red}}')].sort()).toEqual(['--b', '--c']);
		// Nothing to drop: the very same text comes back.
		expect(dropUnreadProperties('.a{--x:1;width:var(--x)}', (n) => n === '--x')).toBe('.a{--x:1;width:var(--x)}');
	});

	it('counts as read only what the pruned shared stylesheets, the scripts and the pages read', () => {
		const sheets = new Map([
			[
				'/_astro/a.AbCd1234.css',
				':root{--badge:red;--chain:var(--badge);--kept:0;--page:1}.badge{color:var(--chain)}.p{margin:var(--kept)}',
			],
			['/_astro/b.AbCd1234.css', '.q{padding:var(--kept)}'],
		]);
		// No page has .badge: its rule goes, then --chain, which nothing else reads, then --badge.
		const renamed = pruneSharedCss(sheets, new Set(['p', 'q']), new Set(['--page']));
		expect(renamed.get('/_astro/a.AbCd1234.css')!.css).toBe(':root{--kept:0;--page:1}.p{margin:var(--kept)}');
		expect(renamed.has('/_astro/b.AbCd1234.css')).toBe(false);
		// Without the mentions, no custom property goes.
		expect(pruneSharedCss(sheets, new Set(['p', 'q'])).get('/_astro/a.AbCd1234.css')!.css).toContain('--badge:red');
	});

	it('renames a pruned shared stylesheet with a new content hash and relinks pages to it', () => {
		const renamed = pruneSharedCss(new Map([['/_astro/site.AbCd1234.css', '.used{a:b}.unused{c:d}']]), new Set(['used']));
		const entry = renamed.get('/_astro/site.AbCd1234.css')!;
		expect(entry.css).toBe('.used{a:b}');
		expect(entry.url).toMatch(/^\/_astro\/site\.[\w-]{8}\.css$/);
		expect(entry.url).not.toBe('/_astro/site.AbCd1234.css');
		expect(rehashedName('site.AbCd1234.css', '.used{a:b}')).toBe(entry.url.slice('/_astro/'.length));
		expect(relinkStylesheets('<link rel="stylesheet" href="/_astro/site.AbCd1234.css">', renamed)).toBe(
			`<link rel="stylesheet" href="${entry.url}">`
		);
	});

	it('runs before the policy step, so the policy hashes the pruned <style>', () => {
		const names = pageSteps({} as never, { scriptWords: new Set(), renamed: new Map(), extraFor: () => undefined }).map((s) => s.name);
		expect(names.indexOf('drop unused CSS')).toBeLessThan(names.indexOf('fit the script and style policy'));
	});

	it('splits a shared stylesheet: the rules most pages use in the core, the others per page, in their order', () => {
		const css = '@layer a,b;@layer a{.core{x:1}.rare{y:2}}@keyframes k{from{opacity:0}}.rare2{z:3}.core .rare{w:4}table{v:5}';
		const pages = [['core', 'rare'], ['core', 'rare2', 'table'], ['core'], ['core', 'rare'], ['core']].map((words) => present(...words));
		const { core, extraOf } = splitSharedCss(css, pages, 0.5);
		expect(core).toBe('@layer a,b;@layer a{.core{x:1}}@keyframes k{from{opacity:0}}');
		expect(extraOf[0]).toBe('@layer a{.rare{y:2}}.core .rare{w:4}');
		expect(extraOf[1]).toBe('.rare2{z:3}table{v:5}');
		expect(extraOf[2]).toBeUndefined();
		expect(extraOf[3]).toBe(extraOf[0]);
		// Nothing rare: the stylesheet stays whole.
		expect(splitSharedCss('.core{x:1}', pages, 0.5)).toEqual({
			core: '.core{x:1}',
			extraOf: [undefined, undefined, undefined, undefined, undefined],
		});
		expect(
			relinkStylesheets('<link rel="stylesheet" href="/_astro/m.css"><style>', new Map(), {
				after: '/_astro/m.css',
				url: '/_astro/extra.x.css',
			})
		).toBe('<link rel="stylesheet" href="/_astro/m.css"><link rel="stylesheet" href="/_astro/extra.x.css"><style>');
	});
});
