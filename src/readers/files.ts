/** Files under a folder whose names match a pattern, as sorted paths relative to it ("a/b.mdx"). */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export function filesUnder(dir: string, pattern: RegExp): string[] {
	if (!existsSync(dir)) return [];
	const out: string[] = [];
	const walk = (d: string) => {
		for (const name of readdirSync(d)) {
			const full = join(d, name);
			if (statSync(full).isDirectory()) walk(full);
			else if (pattern.test(name)) out.push(relative(dir, full).split(sep).join('/'));
		}
	};
	walk(dir);
	return out.sort();
}

/** The pages of a folder under content/docs/: Markdown and MDX files, except drafts named `_…`. */
export const pagesUnder = (dir: string) => filesUnder(dir, /^[^_].*\.mdx?$/);
