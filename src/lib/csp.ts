/**
 * Astro hashes the scripts it bundles into each page's Content-Security-Policy; Starlight also
 * writes a few `is:inline` scripts (theme, sidebar state, search shortcut) that Astro does not
 * hash. These functions add the missing hashes to the page's own policy, so no script needs
 * 'unsafe-inline'.
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

/** The page with every inline script's hash in its policy's script-src. */
export function hashInlineScripts(html: string): string {
	const meta = html.match(META);
	if (!meta) return html;
	const policy = meta[1]!;
	const missing = inlineScriptHashes(html).filter((h) => !policy.includes(`'${h}'`));
	if (missing.length === 0) return html;
	const updated = policy.replace(/script-src ([^;]*)/, (_m, sources: string) => `script-src ${sources} ${missing.map((h) => `'${h}'`).join(' ')}`);
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
