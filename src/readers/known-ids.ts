/**
 * The ids an editor may use in frontmatter, read from the content folders, so a schema error can
 * list what is allowed and suggest the closest one ("did you mean …?").
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import GithubSlugger from 'github-slugger';
import { join } from 'node:path';
import { closest } from '../lib/suggest.ts';

const CONTENT = join(process.cwd(), 'content');

function filesIn(dir: string, pattern: RegExp): string[] {
	return existsSync(dir)
		? readdirSync(dir)
				.filter((f) => pattern.test(f))
				.map((f) => f.replace(pattern, ''))
				.sort()
		: [];
}

/** Ids of a YAML data collection (`content/<collection>/<id>.yaml`). */
export const dataIds = (collection: string, root = CONTENT) => filesIn(join(root, collection), /\.ya?ml$/);

/** Slugs of the English policy pages (`content/docs/en/policies/<slug>.mdx`). */
export const policyIds = (root = CONTENT) => filesIn(join(root, 'docs', 'en', 'policies'), /\.mdx?$/).filter((id) => id !== 'index');

/** The sentence an editor reads when an id is unknown. */
export function unknownIdMessage(kind: string, value: string, known: readonly string[]): string {
	const hint = closest(value, known);
	return `"${value}" is not a known ${kind} id.${hint ? ` Did you mean "${hint}"?` : ''} Allowed: ${known.join(', ')}.`;
}

/** Locale-free ids of the English guide and policy pages (`guides/work-permit`, `policies/negative-list`). */
export const guideAndPolicyIds = (root = CONTENT) => [
	...filesIn(join(root, 'docs', 'en', 'guides'), /\.mdx?$/)
		.filter((id) => id !== 'index')
		.map((id) => `guides/${id}`),
	...policyIds(root).map((id) => `policies/${id}`),
];

/**
 * Ids of the headings of a page, as the Markdown processor writes them: each `##` to `####`
 * heading's text (tags removed), slugged as GitHub does, repeats numbered. English unless a locale
 * is given; none when the page has no file in that locale.
 */
export function headingIds(pageId: string, locale = 'en', root = CONTENT): string[] {
	const file = join(root, 'docs', locale, `${pageId}.mdx`);
	if (!existsSync(file)) return [];
	const slugger = new GithubSlugger();
	return [...readFileSync(file, 'utf8').matchAll(/^\s*(?:\d+\.\s+)?#{2,4}\s+(.+?)\s*$/gm)].map((m) =>
		slugger.slug(m[1]!.replace(/<[^>]+>/g, '').trim())
	);
}
