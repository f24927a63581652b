/**
 * Every URL the site cites, and which content files cite it: the sources of English guides and
 * policies (translations copy them), the online services in their cards, and the websites and
 * sources of agencies and offices. Read from disk for `npm run sources:check` and the Sources page.
 */
import { existsSync, readFileSync } from 'node:fs';
import { filesUnder } from './files.ts';
import { join, relative, sep } from 'node:path';
import { parse } from 'yaml';
import { FRONTMATTER, SOURCE_LOCALE } from '../lib/locale.ts';
import type { SourceReport } from '../lib/source-watch.ts';

const files = (dir: string, pattern: RegExp) => filesUnder(dir, pattern).map((f) => join(dir, f));

type Cited = { url?: unknown }[] | undefined;

export function citedSources(root = 'content'): Map<string, string[]> {
	const cited = new Map<string, Set<string>>();
	const add = (url: unknown, file: string) => {
		if (typeof url !== 'string' || !/^https?:\/\//.test(url)) return;
		if (!cited.has(url)) cited.set(url, new Set());
		cited.get(url)!.add(relative(root, file).split(sep).join('/'));
	};
	for (const file of files(join(root, 'docs', SOURCE_LOCALE), /\.mdx?$/)) {
		const yaml = readFileSync(file, 'utf8').match(FRONTMATTER)?.[1];
		const data = (yaml ? parse(yaml) : {}) as { sources?: Cited; card?: { online?: { url?: unknown } } };
		for (const s of data.sources ?? []) add(s.url, file);
		add(data.card?.online?.url, file);
	}
	for (const collection of ['agencies', 'offices'])
		for (const file of files(join(root, collection), /\.ya?ml$/)) {
			const data = parse(readFileSync(file, 'utf8')) as { website?: unknown; sources?: Cited };
			add(data.website, file);
			for (const s of data.sources ?? []) add(s.url, file);
		}
	return new Map([...cited].sort(([a], [b]) => a.localeCompare(b)).map(([url, by]) => [url, [...by].sort()]));
}

export const SOURCE_REPORT = join('content', 'source-status.json');

/** The committed report of the last check, or undefined before the first one. */
export function readSourceReport(file = SOURCE_REPORT): SourceReport | undefined {
	return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as SourceReport) : undefined;
}
