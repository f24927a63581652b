/**
 * What happens to the built HTML after Astro writes it, in order. Each page goes through the page
 * steps one after the other, then its links are checked; other HTML files (the 404 page) only get
 * the CSS, script and policy steps. The integration in `src/integrations/post-build.ts` does the reading and
 * writing; this module says what the steps are, so the order is visible and testable.
 */
import { localeOfPath, type Locale } from '../locale.ts';
import { type BuiltPage, type PageFacts } from './check-links.ts';
import { localizeContentLinks, markEnglishOnlyLinks } from './content-links.ts';
import { fitPolicyToPage } from './fit-csp.ts';
import { mergeInlineModules, minifyInlineScripts } from './minify-scripts.ts';
import { pruneInlineStyles, relinkStylesheets } from './prune-css.ts';
import { separateCells } from './separate-cells.ts';

export interface PageStep {
	name: string;
	run(page: BuiltPage, facts: PageFacts): string;
}

/** What the CSS step needs from the whole site: the words of its scripts, and the shared stylesheets it renamed. */
export interface CssContext {
	scriptWords: ReadonlySet<string>;
	renamed: ReadonlyMap<string, { url: string }>;
	/** The extra stylesheet of the page at this path, and the one it follows. */
	extraFor(path: string): { after: string; url: string } | undefined;
}

/** The page steps; `englishOnlyLabel` is "(in English)" in each locale. */
export function pageSteps(englishOnlyLabel: Readonly<Record<Locale, string>>, css: CssContext): PageStep[] {
	return [
		{ name: 'localize links', run: (page, facts) => localizeContentLinks(page, facts) },
		{ name: 'mark English-only links', run: (page, facts) => markEnglishOnlyLinks(page, facts, englishOnlyLabel[localeOfPath(page.path)]) },
		{ name: 'separate cells for the search index', run: (page) => separateCells(page.html) },
		...finishingSteps(css),
	];
}

/** The last steps, which every HTML file goes through: the pages and the others (the 404 page). */
export function finishingSteps(css: CssContext): PageStep[] {
	return [
		{
			name: 'drop unused CSS',
			run: (page) => relinkStylesheets(pruneInlineStyles(page.html, css.scriptWords), css.renamed, css.extraFor(page.path)),
		},
		{ name: 'merge inline module scripts', run: (page) => mergeInlineModules(page.html) },
		{ name: 'minify inline scripts', run: (page) => minifyInlineScripts(page.html) },
		{ name: 'fit the script and style policy', run: (page) => fitPolicyToPage(page.html) },
	];
}

/** Runs the steps over one page; returns its new HTML and the names of the steps that changed it. */
export function runPageSteps(page: BuiltPage, facts: PageFacts, steps: readonly PageStep[]): { html: string; changedBy: string[] } {
	let html = page.html;
	const changedBy: string[] = [];
	for (const step of steps) {
		const next = step.run({ path: page.path, html }, facts);
		if (next !== html) changedBy.push(step.name);
		html = next;
	}
	return { html, changedBy };
}
