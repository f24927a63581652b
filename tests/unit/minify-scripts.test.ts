import { describe, expect, it } from 'vitest';
import { mergeInlineModules, minifyInlineScripts } from '../../src/lib/post-build/minify-scripts.ts';

describe('inline scripts', () => {
	it('minifies classic inline scripts, keeping their globals and attributes', () => {
		const html = `<script aria-hidden="true">
			// comment
			window.Provider = (() => { const storedTheme = 'dark'; return { theme: storedTheme }; })();
		</script>`;
		const out = minifyInlineScripts(html);
		expect(out).toBe('<script aria-hidden="true">window.Provider={theme:"dark"};</script>');
		// A classic script that calls another's global still finds it.
		expect(minifyInlineScripts('<script>\n\tProvider.update();\n</script>')).toBe('<script>Provider.update();</script>');
	});
	it('leaves module scripts, external scripts and JSON data alone', () => {
		for (const html of [
			'<script type="module">let   a = 1;</script>',
			'<script src="/a.js"></script>',
			'<script type="application/ld+json">{ "a": 1 }</script>',
		])
			expect(minifyInlineScripts(html)).toBe(html);
	});
});

describe('inline module scripts', () => {
	const run = (code: string) => {
		const scope: Record<string, unknown> = { errors: [] as unknown[] };
		new Function('globalThis', 'reportError', code)(scope, (e: unknown) => (scope.errors as unknown[]).push(e));
		return scope;
	};
	it('become one script where the last of them was, each keeping its own names', () => {
		const html =
			'<head><script type="module">var e=1;globalThis.a=e;</script></head><body><p>x</p>' +
			'<script type="module">var e=2;globalThis.b=e;</script><footer></footer></body>';
		const out = mergeInlineModules(html);
		const scripts = [...out.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)];
		expect(scripts).toHaveLength(1);
		expect(out).toMatch(/^<head><\/head><body><p>x<\/p><script type="module">.*<\/script><footer><\/footer><\/body>$/);
		const scope = run(scripts[0]![1]!);
		expect([scope.a, scope.b]).toEqual([1, 2]);
	});
	it('keeps running the others when one fails, and reports the error', () => {
		const out = mergeInlineModules('<script type="module">throw new Error("broken")</script><script type="module">globalThis.c=3</script>');
		const scope = run(out.match(/<script type="module">([\s\S]*?)<\/script>/)![1]!);
		expect(scope.c).toBe(3);
		expect((scope.errors as Error[]).map((e) => e.message)).toEqual(['broken']);
	});
	it('leaves alone what only a module can hold, scripts with a source, and a lone script', () => {
		for (const html of [
			'<script type="module">import{a}from"./a.js";a()</script><script type="module">export const b=1</script>',
			'<script type="module">await fetch("/")</script><script type="module" src="/a.js"></script><script type="module">globalThis.d=1</script>',
		])
			expect(mergeInlineModules(html)).toBe(html);
	});
});
