/**
 * Each page's Content-Security-Policy, written after the build as a <meta> in its head: the
 * site's directives (`SITE_POLICY`), with script-src listing the hash of every inline script on
 * the page (the ones Astro bundles and Starlight's `is:inline` ones: theme, sidebar state, search
 * shortcut) and style-src the hash of every <style> element, so no script needs 'unsafe-inline'.
 * Astro's own `security.csp` did this at render time, hashing every script and style of the site
 * into every page, which this step then had to trim; with it the build took 56.1 s instead of
 * 52.0 at +300 generated pages per locale (bundle 13.0 against 11.5 s, render 25.0 against 22.1),
 * so the policy is written here, once, from the final page.
 */
import { createHash } from 'node:crypto';

/**
 * The site's policy before hashes. Images may be data: URLs (Starlight's icons); scripts and
 * styles come from the site, and inline ones by hash; Pagefind's WebAssembly needs
 * 'wasm-unsafe-eval' and its worker `blob:`; Starlight and Expressive Code set a few style=""
 * attributes, which style-src-attr allows. `frame-ancestors` cannot be set from a <meta>: the
 * server sends it (public/_headers, deploy/nginx.conf).
 */
export const SITE_POLICY = [
	"default-src 'self'",
	"img-src 'self' data:",
	"font-src 'self'",
	"connect-src 'self'",
	"object-src 'none'",
	"base-uri 'self'",
	"form-action 'self' mailto:",
	"worker-src 'self' blob:",
	"script-src 'self' 'wasm-unsafe-eval'",
	"style-src 'self'",
	"style-src-attr 'unsafe-inline'",
].join('; ');

const META = /<meta http-equiv="content-security-policy" content="([^"]*)">/;
const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/g;

const digests = new Map<string, string>();
/** The same few inline scripts appear on every page: hash each distinct one once. */
export const sha256 = (text: string) => {
	let digest = digests.get(text);
	if (!digest) digests.set(text, (digest = `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`));
	return digest;
};

/** Hashes of the executable inline scripts of a page (JSON data blocks do not run). */
export function inlineScriptHashes(html: string): string[] {
	const hashes = new Set<string>();
	for (const [, attrs, body] of html.matchAll(INLINE_SCRIPT))
		if (!/type="application\/(ld\+)?json"/.test(attrs!)) hashes.add(sha256(body!));
	return [...hashes];
}

const STYLE_ELEMENT = /<style\b[^>]*>([\s\S]*?)<\/style>/g;

/** Hashes of the page's <style> elements. */
export function inlineStyleHashes(html: string): string[] {
	return [...new Set([...html.matchAll(STYLE_ELEMENT)].map((m) => sha256(m[1]!)))];
}

const HASH_SOURCE = /^'sha(256|384|512)-/;

/** A directive's sources with exactly these hashes: other sources kept, stale hashes dropped. */
function withHashes(sources: string, hashes: readonly string[]): string {
	const kept = sources.split(/\s+/).filter((source) => source && !HASH_SOURCE.test(source));
	return [...kept, ...hashes.map((h) => `'${h}'`)].join(' ');
}

/**
 * The page with a policy that fits it: script-src lists the hash of every inline script on the
 * page, style-src the hash of every <style> element, and neither lists hashes of code that is not
 * on the page. A page without a policy gets `base` as a <meta> at the top of its head (before any
 * script or style, so the policy covers all of them); a page with one keeps its other sources.
 */
export function fitPolicyToPage(page: string, base = SITE_POLICY): string {
	const html = META.test(page) ? page : withPolicy(page, base);
	const meta = html.match(META);
	if (!meta) return html;
	const policy = meta[1]!;
	const updated = policy
		.replace(/script-src ([^;]*)/, (_m, sources: string) => `script-src ${withHashes(sources, inlineScriptHashes(html))}`)
		.replace(/style-src ([^;]*)/, (_m, sources: string) => `style-src ${withHashes(sources, inlineStyleHashes(html))}`);
	if (updated === policy) return html;
	return html.replace(meta[0], meta[0].replace(policy, updated));
}

/** The page with `policy` as a <meta> at the top of its head (after its charset); as it was if it has no <head>. */
function withPolicy(html: string, policy: string): string {
	const head = html.match(/<head>(?:<meta charset="[^"]*"\/?>)?/);
	if (!head) return html;
	const at = head.index! + head[0].length;
	return `${html.slice(0, at)}<meta http-equiv="content-security-policy" content="${policy}">${html.slice(at)}`;
}

/** The policy of a page, as directive → sources. */
export function parsePolicy(html: string): Map<string, string[]> {
	const meta = html.match(META);
	const map = new Map<string, string[]>();
	for (const part of (meta?.[1] ?? '').split(';')) {
		const [name, ...sources] = part.trim().split(/\s+/);
		if (name) map.set(name, sources);
	}
	return map;
}
