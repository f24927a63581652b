import { describe, expect, it } from 'vitest';
import { minifyInlineScripts } from '../../src/lib/post-build/minify-scripts.ts';

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
