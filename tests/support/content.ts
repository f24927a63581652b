import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';

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
