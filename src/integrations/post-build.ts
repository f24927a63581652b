/**
 * The post-build pass, run on the built HTML so it covers Markdown, MDX and components alike
 * (remark plugins such as starlight-links-validator do not run under Astro 7's Rust Markdown).
 * First the stylesheets all pages share lose the rules no page or script can use and the custom
 * properties nothing reads, and are split into a core and per-page extras (`prune-css.ts`), under
 * new names. Then page by page, so memory stays flat however large the site: each page goes
 * through the steps of `src/lib/post-build/pipeline.ts` (localize links, mark English-only links,
 * separate cells for the search index, drop unused CSS, merge inline module scripts, minify inline
 * scripts, write the script and style policy that fits it), is written, and has its links
 * checked; broken links then fail the build. Pagefind indexes the pages as this pass leaves them:
 * `npm run build` runs scripts/search-index.ts once `astro build` exits.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkLinks, describeProblem, lazyPageFacts, type LinkProblem } from '../lib/post-build/check-links.ts';
import { CLASSES_ADDED_BY_STEPS } from '../lib/post-build/content-links.ts';
import { finishingSteps, pageSteps, runPageSteps, type CssContext } from '../lib/post-build/pipeline.ts';
import {
	CORE_SHARE,
	classWordsOf,
	cssRequiredNames,
	propertyNamesOf,
	pruneSharedCss,
	rehashedName,
	splitSharedCss,
	wordsOf,
} from '../lib/post-build/prune-css.ts';
import { filesOfPage, type Locale, LOCALE_CODES, localeOfPath, unlocalizedPath } from '../lib/locale.ts';
import { readLocaleStrings } from '../readers/ui-strings.ts';

/**
 * Prunes the shared stylesheets against every page and script of the site, and splits the main one
 * (linked without a media query) into a core every page links and per-page extras (see
 * `splitSharedCss`); writes them under new content-hashed names and removes the old files. Returns
 * what the pages' CSS step needs. `htmlFiles` maps each page's path to its file.
 */
function pruneStylesheets(
	root: string,
	htmlFiles: ReadonlyMap<string, string>,
	assets: Set<string>
): CssContext & { saved: number; extras: number } {
	// Words any page may carry as a class: those of the site's scripts, and the classes later steps add.
	const scriptWords = new Set<string>(CLASSES_ADDED_BY_STEPS);
	// Custom properties a script or a page mentions, so may read (a style attribute, getPropertyValue).
	const propertiesMentioned = new Set<string>();
	for (const asset of assets) {
		if (!asset.endsWith('.js')) continue;
		const code = readFileSync(join(root, asset), 'utf8');
		wordsOf(code, scriptWords);
		propertyNamesOf(code, propertiesMentioned);
	}
	// Of a page's words only those some shared rule requires matter; pages with the same ones share
	// one set (at the scale test 11,000 generated pages need a handful), so memory does not grow
	// with the site and the split weighs each distinct set once.
	const cssText = new Map([...assets].filter((a) => a.endsWith('.css')).map((a) => [a, readFileSync(join(root, a), 'utf8')]));
	const cssNames = new Set([...cssText.values()].flatMap(cssRequiredNames));
	const siteWords = new Set(scriptWords);
	const distinct = new Map<string, { words: Set<string>; paths: string[] }>();
	const sheets = new Map<string, string>();
	let main: string | undefined;
	for (const [path, file] of htmlFiles) {
		const html = readFileSync(file, 'utf8');
		propertyNamesOf(html, propertiesMentioned);
		const names = [...classWordsOf(html)].filter((w) => cssNames.has(w)).sort();
		const key = names.join(' ');
		let entry = distinct.get(key);
		if (!entry) distinct.set(key, (entry = { words: new Set(names), paths: [] }));
		entry.paths.push(path);
		for (const word of names) siteWords.add(word);
		for (const [link, href] of html.matchAll(/<link rel="stylesheet" href="(\/_astro\/[^"]+\.css)"[^>]*>/g)) {
			if (!sheets.has(href!)) sheets.set(href!, cssText.get(href!) ?? readFileSync(join(root, href!), 'utf8'));
			if (!link.includes(' media=')) main ??= href;
		}
	}
	const renamed = pruneSharedCss(sheets, siteWords, propertiesMentioned);
	const extraOfPath = new Map<string, { after: string; url: string }>();
	if (main) {
		const sets = [...distinct.values()];
		const { core, extraOf } = splitSharedCss(
			renamed.get(main)?.css ?? sheets.get(main)!,
			sets.map(
				({ words }) =>
					(w: string) =>
						words.has(w) || scriptWords.has(w)
			),
			CORE_SHARE,
			sets.map(({ paths }) => paths.length)
		);
		const url = '/_astro/' + rehashedName(main.slice('/_astro/'.length), core);
		renamed.set(main, { url, css: core });
		const written = new Map<string, string>();
		extraOf.forEach((css, i) => {
			if (css === undefined) return;
			let extraUrl = written.get(css);
			if (!extraUrl) {
				written.set(css, (extraUrl = '/_astro/' + rehashedName('extra.css', css)));
				writeFileSync(join(root, extraUrl), css);
				assets.add(extraUrl);
			}
			for (const path of sets[i]!.paths) extraOfPath.set(path, { after: url, url: extraUrl });
		});
	}
	let saved = 0;
	for (const [from, { url, css }] of renamed) {
		writeFileSync(join(root, url), css);
		rmSync(join(root, from));
		assets.delete(from);
		assets.add(url);
		saved += sheets.get(from)!.length - css.length;
	}
	return {
		scriptWords,
		renamed,
		extraFor: (path) => extraOfPath.get(path),
		saved,
		extras: new Set([...extraOfPath.values()].map((e) => e.url)).size,
	};
}

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
	const pageId = unlocalizedPath(path).replace(/^\/|\/$/g, '') || 'index';
	const file = filesOfPage(localeOfPath(path), pageId).find((f) => existsSync(join('content', 'docs', f)));
	return file ? `content/docs/${file}` : `page ${path}`;
}

export default function postBuild(): AstroIntegration {
	return {
		name: 'shenzhen-gateway:post-build',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const files = new Map<string, string>();
				const assets = new Set<string>();
				for (const file of walk(root)) {
					const rel = '/' + relative(root, file).split(sep).join('/');
					if (rel.endsWith('/index.html')) files.set(rel.slice(0, -'index.html'.length), file);
					else assets.add(rel);
				}
				// Whether a link's target is an English fallback, and which headings it has, is read
				// from disk when a link first asks.
				const facts = lazyPageFacts(new Set(files.keys()), (path) => readFileSync(files.get(path)!, 'utf8'));
				const label = Object.fromEntries(
					LOCALE_CODES.map((code) => [code, readLocaleStrings(code)['link.englishOnly'] ?? '(EN)'])
				) as Record<Locale, string>;
				const htmlAssets = [...assets].filter((a) => a.endsWith('.html')).map((a): [string, string] => [a, join(root, a)]);
				const css = pruneStylesheets(root, new Map([...files, ...htmlAssets]), assets);
				logger.info(
					`drop unused CSS: ${css.renamed.size} shared stylesheet(s) ${Math.round(css.saved / 1024)} KB smaller; ${css.extras} extra stylesheets for the rules fewer than ${CORE_SHARE * 100}% of pages use`
				);
				const steps = pageSteps(label, css);
				const changed = new Map(steps.map((s) => [s.name, 0]));
				const problems: LinkProblem[] = [];
				for (const [path, file] of files) {
					const { html, changedBy } = runPageSteps({ path, html: readFileSync(file, 'utf8') }, facts, steps);
					if (changedBy.length) writeFileSync(file, html);
					for (const name of changedBy) changed.set(name, changed.get(name)! + 1);
					problems.push(...checkLinks([{ path, html }], assets, facts));
				}
				const finishing = finishingSteps(css);
				for (const [asset, file] of htmlAssets) {
					const { html, changedBy } = runPageSteps({ path: asset, html: readFileSync(file, 'utf8') }, facts, finishing);
					if (changedBy.length) writeFileSync(file, html);
				}
				for (const [name, count] of changed) logger.info(`${name}: ${count} of ${files.size} pages changed`);
				if (problems.length) {
					const lines = problems.map((p) => describeProblem(p, sourceFileOf));
					throw new Error(`${problems.length} broken or misdirected link(s):\n  ${[...new Set(lines)].join('\n  ')}`);
				}
				logger.info(`check links: the links of ${files.size} pages lead where they should`);
			},
		},
	};
}
