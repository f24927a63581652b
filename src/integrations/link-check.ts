/**
 * Points content links at the reader's language, marks links to pages shown in English and makes
 * each page's Content-Security-Policy list the hashes of exactly the inline scripts and styles on
 * it (Starlight's `is:inline` scripts included); then
 * fails the build when a page links to a page or heading that does not exist, or out of the
 * reader's language. Runs on the built HTML, so it covers Markdown, MDX and components alike
 * (remark plugins such as starlight-links-validator do not run under Astro 7's Rust Markdown).
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkLinks, describeProblem, lazyPageFacts, localizeContentLinks, type LinkProblem } from '../lib/link-check.ts';
import { LOCALE_CODES, SOURCE_LOCALE } from '../lib/locales.ts';
import { readLocaleStrings } from '../lib/ui-strings.ts';
import { fitPolicyToPage } from '../lib/csp.ts';

function walk(dir: string, out: string[] = []): string[] {
	for (const name of readdirSync(dir)) {
		const full = join(dir, name);
		if (statSync(full).isDirectory()) walk(full, out);
		else out.push(full);
	}
	return out;
}

/** Where an editor finds the page: its content file when there is one. */
function sourceFileOf(path: string): string {
	const [first, ...rest] = path.split('/').filter(Boolean);
	const locale = first && LOCALE_CODES.includes(first) && first !== SOURCE_LOCALE ? first : SOURCE_LOCALE;
	const slug = (locale === SOURCE_LOCALE ? [first, ...rest] : rest).filter(Boolean).join('/') || 'index';
	for (const candidate of [`content/docs/${locale}/${slug}.mdx`, `content/docs/${locale}/${slug}.md`, `content/docs/${locale}/${slug}/index.mdx`])
		try {
			statSync(candidate);
			return candidate;
		} catch {}
	return `page ${path}`;
}

export default function linkCheck(): AstroIntegration {
	return {
		name: 'shenzhen-gateway:link-check',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				// Page by page, so memory stays flat however large the site: each page is rewritten,
				// checked and written in turn; whether a link's target is an English fallback, and
				// which headings it has, is read from disk when a link first asks.
				const root = fileURLToPath(dir);
				const files = new Map<string, string>();
				const assets = new Set<string>();
				for (const file of walk(root)) {
					const rel = '/' + relative(root, file).split(sep).join('/');
					if (rel.endsWith('/index.html')) files.set(rel.slice(0, -'index.html'.length), file);
					else assets.add(rel);
				}
				const facts = lazyPageFacts(new Set(files.keys()), (path) => readFileSync(files.get(path)!, 'utf8'));
				const labels = Object.fromEntries(LOCALE_CODES.map((code) => [code, readLocaleStrings(code)['link.englishOnly'] ?? '(EN)']));
				let rewritten = 0;
				const problems: LinkProblem[] = [];
				for (const [path, file] of files) {
					const original = readFileSync(file, 'utf8');
					const [, first] = path.split('/');
					const html = fitPolicyToPage(localizeContentLinks({ path, html: original }, facts, LOCALE_CODES, SOURCE_LOCALE, labels[first ?? ''] ?? '(EN)'));
					if (html !== original) {
						writeFileSync(file, html);
						rewritten++;
					}
					problems.push(...checkLinks([{ path, html }], assets, LOCALE_CODES, SOURCE_LOCALE, facts));
				}
				for (const asset of assets)
					if (asset.endsWith('.html')) {
						const file = join(root, asset);
						const html = readFileSync(file, 'utf8');
						const hashed = fitPolicyToPage(html);
						if (hashed !== html) writeFileSync(file, hashed);
					}
				logger.info(`localized links and fitted the script and style policy on ${rewritten} pages`);
				if (problems.length) {
					const lines = problems.map((p) => describeProblem(p, sourceFileOf));
					throw new Error(`${problems.length} broken or misdirected link(s):\n  ${[...new Set(lines)].join('\n  ')}`);
				}
				logger.info(`checked the links of ${files.size} pages`);
			},
		},
	};
}
