import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { FRONTMATTER } from '../../src/lib/locale.ts';

/** Reads every YAML entry of a data collection under content/, keyed by id (file name). */
export function readCollection<T = Record<string, unknown>>(name: string, root = 'content'): Map<string, T> {
	const dir = join(root, name);
	return new Map(
		readdirSync(dir)
			.filter((f) => f.endsWith('.yaml'))
			.sort()
			.map((f) => [basename(f, '.yaml'), parse(readFileSync(join(dir, f), 'utf8')) as T])
	);
}

export function readPlanText(root = 'content'): string {
	return readFileSync(join(root, 'source/plan.en.txt'), 'utf8');
}

/** Frontmatter of every MDX page of one locale under content/docs/<locale>/<dir>/, keyed by slug. */
export function readDocs<T = Record<string, unknown>>(locale: string, dir: string, root = 'content'): Map<string, T> {
	const folder = join(root, 'docs', locale, dir);
	return new Map(
		readdirSync(folder)
			.filter((f) => /\.mdx?$/.test(f) && !f.startsWith('index.'))
			.sort()
			.map((f) => {
				const text = readFileSync(join(folder, f), 'utf8');
				const match = text.match(FRONTMATTER);
				if (!match) throw new Error(`${folder}/${f}: no frontmatter`);
				return [f.replace(/\.mdx?$/, ''), parse(match[1]!) as T];
			})
	);
}
