import { describe, expect, it } from 'vitest';
import { guideJsonLd, serializeJsonLd } from '../../src/lib/json-ld.ts';
import { fitPolicyToPage, inlineScriptHashes, parsePolicy, sha256, SITE_POLICY } from '../../src/lib/post-build/fit-csp.ts';

describe('JSON-LD for guides and policies', () => {
	const base = {
		url: 'https://site.example/guides/work-permit/',
		lang: 'en',
		title: 'Working in Shenzhen',
		description: 'How to get a work permit.',
		lastReviewed: new Date('2026-11-25T00:00:00Z'),
		sources: [{ title: 'Service guide', url: 'https://www.sz.gov.cn/x.html' }],
		operators: [
			{
				name: 'Shenzhen Municipal Science, Technology and Innovation Commission',
				nameZh: '深圳市科技创新局',
				website: 'https://stic.sz.gov.cn/',
			},
		],
	};
	it('a guide is a WebPage about a GovernmentService with its provider, review date and sources', () => {
		const ld = guideJsonLd({ ...base, kind: 'guide' });
		expect(ld['@context']).toBe('https://schema.org');
		expect(ld['@type']).toBe('WebPage');
		expect(ld.lastReviewed).toBe('2026-11-25');
		expect(ld.inLanguage).toBe('en');
		const about = ld.about as Record<string, unknown>;
		expect(about['@type']).toBe('GovernmentService');
		expect((about.provider as Record<string, unknown>[])[0]).toMatchObject({
			'@type': 'GovernmentOrganization',
			alternateName: '深圳市科技创新局',
		});
		expect((ld.citation as string[])[0]).toBe('https://www.sz.gov.cn/x.html');
	});
	it('a policy is about Legislation', () => {
		expect((guideJsonLd({ ...base, kind: 'policy' }).about as Record<string, unknown>)['@type']).toBe('Legislation');
	});
	it('serialized JSON cannot close its script element', () => {
		const text = serializeJsonLd({ name: '</script><script>alert(1)</script>' });
		expect(text).not.toContain('</script>');
		expect(JSON.parse(text).name).toBe('</script><script>alert(1)</script>');
	});
});

describe('Content-Security-Policy hashes for inline scripts', () => {
	const page = (policy: string, body: string) =>
		`<html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;
	it('adds the hash of an inline script that the policy lacks, and nothing else', () => {
		const html = page(
			"default-src 'self'; script-src 'self'; style-src 'self'",
			'<script>alert(1)</script><script type="application/ld+json">{}</script><script src="/a.js"></script>'
		);
		const out = fitPolicyToPage(html);
		const policy = parsePolicy(out);
		expect(policy.get('script-src')).toEqual(["'self'", `'${sha256('alert(1)')}'`]);
		expect(policy.get('style-src')).toEqual(["'self'"]);
		expect(inlineScriptHashes(html)).toHaveLength(1);
	});
	it('leaves a page alone when every inline script is already allowed', () => {
		const html = page(`script-src 'self' '${sha256('x()')}'`, '<script>x()</script>');
		expect(fitPolicyToPage(html)).toBe(html);
	});
	it('drops hashes of scripts and styles that are not on the page, keeps those that are', () => {
		const stale = `'${sha256('elsewhere()')}'`;
		const html = page(
			`script-src 'self' ${stale} '${sha256('x()')}'; style-src 'self' '${sha256('.a{}')}' '${sha256('.b{}')}'; style-src-attr 'unsafe-inline'`,
			'<style>.a{}</style><script>x()</script>'
		);
		const policy = parsePolicy(fitPolicyToPage(html));
		expect(policy.get('script-src')).toEqual(["'self'", `'${sha256('x()')}'`]);
		expect(policy.get('style-src')).toEqual(["'self'", `'${sha256('.a{}')}'`]);
		expect(policy.get('style-src-attr')).toEqual(["'unsafe-inline'"]);
	});
	it("writes the site's policy at the top of a page that has none, before its first script", () => {
		const html = '<html><head><meta charset="utf-8"/><script>theme()</script><style>.a{}</style></head><body></body></html>';
		const out = fitPolicyToPage(html);
		expect(out.indexOf('http-equiv="content-security-policy"')).toBeLessThan(out.indexOf('<script>'));
		expect(out.startsWith('<html><head><meta charset="utf-8"/><meta http-equiv="content-security-policy"')).toBe(true);
		const policy = parsePolicy(out);
		expect(policy.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'", `'${sha256('theme()')}'`]);
		expect(policy.get('style-src')).toEqual(["'self'", `'${sha256('.a{}')}'`]);
		expect(policy.get('object-src')).toEqual(["'none'"]);
		expect(policy.get('style-src-attr')).toEqual(["'unsafe-inline'"]);
		expect(parsePolicy(fitPolicyToPage(html, SITE_POLICY)).size).toBe(11);
		// Fitting again changes nothing, and a file without a head is left alone.
		expect(fitPolicyToPage(out)).toBe(out);
		expect(fitPolicyToPage('<p>x</p>')).toBe('<p>x</p>');
	});
	it('never allows inline scripts wholesale', () => {
		const out = fitPolicyToPage(page("script-src 'self'", '<script>y()</script>'));
		expect(parsePolicy(out).get('script-src')).not.toContain("'unsafe-inline'");
	});
});
