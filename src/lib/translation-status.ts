/**
 * Translation status of every page in every locale, in the spirit of Lunaria: a translation
 * records the hash of the English file it was made from (`sourceHash` in its frontmatter); when
 * the English file changes, its hash changes and the translation is reported outdated.
 * Hashes, not git history, so the answer is the same in a shallow CI clone and on a laptop.
 */
import { createHash } from 'node:crypto';
import { FRONTMATTER } from './locale.ts';

export type TranslationState = 'translated' | 'outdated' | 'missing';

export interface SourcePage {
	/** Path under the locale folder, e.g. `guides/work-permit.mdx`. */
	path: string;
	/** Hash of the English file's content (see `contentHash`). */
	hash: string;
}

export interface TranslatedPage {
	path: string;
	locale: string;
	/** The English hash recorded when the translation was made; absent means unknown → outdated. */
	sourceHash: string | undefined;
}

/** Short, stable hash of a file's text; line endings are normalised so Windows checkouts agree. */
export function contentHash(text: string): string {
	return createHash('sha256').update(text.replace(/\r\n/g, '\n')).digest('hex').slice(0, 12);
}

/**
 * A page's text with `sourceHash: <hash>` in its frontmatter (replacing an earlier one): how a
 * translation records the English revision it matches. Throws when the page has no frontmatter.
 */
export function withSourceHash(text: string, hash: string): string {
	const match = text.match(FRONTMATTER);
	if (!match) throw new Error('the page has no frontmatter');
	const front = /^sourceHash:.*$/m.test(match[1]!)
		? match[1]!.replace(/^sourceHash:.*$/m, `sourceHash: ${hash}`)
		: `${match[1]}\nsourceHash: ${hash}`;
	return text.replace(match[1]!, () => front);
}

export function translationState(source: SourcePage, translation: TranslatedPage | undefined): TranslationState {
	if (!translation) return 'missing';
	return translation.sourceHash === source.hash ? 'translated' : 'outdated';
}

export interface StatusRow {
	path: string;
	states: Record<string, TranslationState>;
}

export interface StatusReport {
	rows: StatusRow[];
	/** Per locale: how many pages are up to date, and the share of all pages (0–100, rounded down). */
	summary: Record<string, { translated: number; outdated: number; missing: number; percent: number }>;
	/** Translations whose English source no longer exists (slug parity errors). */
	orphans: TranslatedPage[];
}

export function statusReport(sources: SourcePage[], translations: TranslatedPage[], locales: readonly string[]): StatusReport {
	const byKey = new Map(translations.map((t) => [`${t.locale}/${t.path}`, t]));
	const sourcePaths = new Set(sources.map((s) => s.path));
	const rows = [...sources]
		.sort((a, b) => a.path.localeCompare(b.path))
		.map((source) => ({
			path: source.path,
			states: Object.fromEntries(locales.map((l) => [l, translationState(source, byKey.get(`${l}/${source.path}`))])),
		}));
	const summary = Object.fromEntries(
		locales.map((l) => {
			const counts = { translated: 0, outdated: 0, missing: 0 };
			for (const row of rows) counts[row.states[l]!]++;
			return [l, { ...counts, percent: rows.length ? Math.floor((counts.translated / rows.length) * 100) : 100 }];
		})
	);
	return { rows, summary, orphans: translations.filter((t) => !sourcePaths.has(t.path)) };
}

/** A change entry as `changes:` lines of YAML frontmatter. */
const changeLines = (c: { date: string; summary?: string; firstPublished?: boolean }) => [
	`  - date: ${c.date}`,
	c.firstPublished ? '    firstPublished: true' : `    summary: ${JSON.stringify(c.summary ?? '')}`,
];

/**
 * A page's text with change entries added to its frontmatter's `changes:` list (created after
 * `lastReviewed:` when there is none): how a translation is kept in step with the English history.
 */
export function withChanges(text: string, added: readonly { date: string; summary?: string; firstPublished?: boolean }[]): string {
	if (!added.length) return text;
	const match = text.match(FRONTMATTER);
	if (!match) throw new Error('the page has no frontmatter');
	const lines = match[1]!.split(/\r?\n/);
	const entries = added.flatMap(changeLines);
	const start = lines.findIndex((l) => /^changes:\s*$/.test(l));
	if (start >= 0) {
		let end = start + 1;
		while (end < lines.length && /^\s+\S/.test(lines[end]!)) end++;
		lines.splice(end, 0, ...entries);
	} else {
		const after = lines.findIndex((l) => /^lastReviewed:/.test(l));
		lines.splice(after >= 0 ? after + 1 : lines.length, 0, 'changes:', ...entries);
	}
	return text.replace(match[1]!, () => lines.join('\n'));
}
