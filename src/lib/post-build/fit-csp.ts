/**
 * Astro hashes the scripts it bundles into each page's Content-Security-Policy; Starlight also
 * writes a few `is:inline` scripts (theme, sidebar state, search shortcut) that Astro does not
 * hash. These functions make each page's own policy list exactly the hashes of the inline
 * scripts and styles on that page, so no script needs 'unsafe-inline'.
 */
import { createHash } from 'node:crypto';

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
 * page (Astro's and Starlight's `is:inline` ones alike), style-src the hash of every <style>
 * element, and neither lists hashes of code that is not on the page. Astro writes the hashes of
 * the whole site into every page; trimming them saves about a kilobyte per page, and a policy
 * that allows only what the page runs is the tighter one.
 */
export function fitPolicyToPage(html: string): string {
	const meta = html.match(META);
	if (!meta) return html;
	const policy = meta[1]!;
	const updated = policy
		.replace(/script-src ([^;]*)/, (_m, sources: string) => `script-src ${withHashes(sources, inlineScriptHashes(html))}`)
		.replace(/style-src ([^;]*)/, (_m, sources: string) => `style-src ${withHashes(sources, inlineStyleHashes(html))}`);
	if (updated === policy) return html;
	return html.replace(meta[0], meta[0].replace(policy, updated));
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
