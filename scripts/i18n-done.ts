// `npm run i18n:done -- zh-cn/guides/work-permit.mdx [more…]` records that a translation is up to
// date with the current English page: it writes the English file's hash into the translation's
// `sourceHash`, and adds to the translation's `changes` any change of the English page it does
// not list yet (with the English summary, to translate). Run it when you finish translating or
// updating a page.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { FRONTMATTER, SOURCE_LOCALE } from '../src/lib/locale.ts';
import { changesMissingFrom, type Change } from '../src/lib/changes.ts';
import { contentHash, withChanges, withSourceHash } from '../src/lib/translation-status.ts';

const files = process.argv.slice(2);
if (files.length === 0) {
	console.error('Usage: npm run i18n:done -- <locale>/<path>.mdx [more files]   (paths under content/docs/)');
	process.exit(2);
}
const changesOf = (text: string): Change[] =>
	(
		(parse(text.match(FRONTMATTER)?.[1] ?? '') as { changes?: { date: string | Date; summary?: string; firstPublished?: boolean }[] })
			?.changes ?? []
	).map((c) => ({ ...c, date: new Date(c.date) }));
for (const arg of files) {
	const rel = arg.replace(/^content\/docs\//, '');
	const [locale, ...rest] = rel.split('/');
	const path = rest.join('/');
	const source = join('content/docs', SOURCE_LOCALE, path);
	const target = join('content/docs', rel);
	if (!existsSync(source)) throw new Error(`${target}: there is no English page ${source} to translate from`);
	if (locale === SOURCE_LOCALE) throw new Error(`${target} is the English source itself`);
	const english = readFileSync(source, 'utf8');
	const translation = readFileSync(target, 'utf8');
	const missing = changesMissingFrom(changesOf(english), changesOf(translation)).reverse();
	const added = missing.map((c) => ({ date: c.date.toISOString().slice(0, 10), summary: c.summary, firstPublished: c.firstPublished }));
	writeFileSync(target, withSourceHash(withChanges(translation, added), contentHash(english)));
	console.log(`${target}: up to date with ${source} (${contentHash(english)})`);
	for (const c of added.filter((c) => !c.firstPublished))
		console.log(`  added the English change of ${c.date} to its changes: translate its summary`);
}
