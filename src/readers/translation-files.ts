/**
 * Reads `content/docs/` from disk for the translation status: which English pages exist, their
 * hashes, and which translations exist with the source hash they record. Used by the status
 * page, the outdated-translation notice and `npm run i18n:status`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pagesUnder } from './files.ts';
import { parse } from 'yaml';
import { FRONTMATTER, type Locale, SOURCE_LOCALE, TRANSLATION_LOCALES } from '../lib/locale.ts';
import { contentHash, statusReport, type SourcePage, type TranslatedPage } from '../lib/translation-status.ts';

const DOCS = join(process.cwd(), 'content', 'docs');

export function frontmatterOf(text: string): Record<string, unknown> {
	const match = text.match(FRONTMATTER);
	return match ? ((parse(match[1]!) as Record<string, unknown>) ?? {}) : {};
}

export function readSources(docs = DOCS): SourcePage[] {
	return pagesUnder(join(docs, SOURCE_LOCALE)).map((path) => ({
		path,
		hash: contentHash(readFileSync(join(docs, SOURCE_LOCALE, path), 'utf8')),
	}));
}

/** The `sourceHash` a translation records; read by line (as `npm run i18n:done` writes it) before parsing YAML. */
export function sourceHashOf(text: string): string | undefined {
	const frontmatter = text.match(FRONTMATTER)?.[1];
	if (!frontmatter || !/^sourceHash:/m.test(frontmatter)) return undefined;
	const line = frontmatter.match(/^sourceHash:\s*(['"]?)([0-9a-f]+)\1\s*$/m);
	if (line) return line[2];
	const hash = frontmatterOf(text).sourceHash;
	return typeof hash === 'string' ? hash : undefined;
}

export function readTranslations(docs = DOCS): TranslatedPage[] {
	return TRANSLATION_LOCALES.flatMap((locale) =>
		pagesUnder(join(docs, locale)).map((path) => ({
			path,
			locale,
			sourceHash: sourceHashOf(readFileSync(join(docs, locale, path), 'utf8')),
		}))
	);
}

/** One reading of content/docs/ serves every locale's status page in a production build. */
const builtStatus = new Map<string, ReturnType<typeof statusReport>>();

export function currentStatus(docs = DOCS) {
	const cached = builtStatus.get(docs);
	if (cached) return cached;
	const report = statusReport(readSources(docs), readTranslations(docs), TRANSLATION_LOCALES);
	// In `astro dev` the files change under a running server, so read them afresh each time.
	if (import.meta.env?.PROD) builtStatus.set(docs, report);
	return report;
}

const sourceHashes = new Map<string, string>();
/** Hash of an English file as it is now: read once per build (ten translations ask for it). */
export function sourceHashNow(file: string): string {
	const cached = sourceHashes.get(file);
	if (cached) return cached;
	const hash = contentHash(readFileSync(file, 'utf8'));
	if (import.meta.env?.PROD) sourceHashes.set(file, hash);
	return hash;
}

/** File path (under the locale folder) of a docs entry, from Starlight's `filePath`. */
export function pagePathOf(filePath: string, locale: Locale): string {
	return filePath.replace(/\\/g, '/').replace(new RegExp(`^.*content/docs/${locale}/`), '');
}

/**
 * The English source of a translated docs entry, as it is now: its file under the locale folder
 * and its current hash; undefined when there is no English file at the same place.
 */
export function englishSourceOf(filePath: string, locale: Locale, docs = DOCS): { path: string; hash: string } | undefined {
	const path = pagePathOf(filePath, locale);
	const source = join(docs, SOURCE_LOCALE, path);
	return existsSync(source) ? { path, hash: sourceHashNow(source) } : undefined;
}
