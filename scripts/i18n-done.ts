// `npm run i18n:done -- zh-cn/guides/work-permit.mdx [more…]` records that a translation is up to
// date with the current English page: it writes the English file's hash into the translation's
// `sourceHash`. Run it when you finish translating or updating a page.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { SOURCE_LOCALE } from '../src/lib/locale.ts';
import { contentHash, withSourceHash } from '../src/lib/translation-status.ts';

const files = process.argv.slice(2);
if (files.length === 0) {
	console.error('Usage: npm run i18n:done -- <locale>/<path>.mdx [more files]   (paths under content/docs/)');
	process.exit(2);
}
for (const arg of files) {
	const rel = arg.replace(/^content\/docs\//, '');
	const [locale, ...rest] = rel.split('/');
	const path = rest.join('/');
	const source = join('content/docs', SOURCE_LOCALE, path);
	const target = join('content/docs', rel);
	if (!existsSync(source)) throw new Error(`${target}: there is no English page ${source} to translate from`);
	if (locale === SOURCE_LOCALE) throw new Error(`${target} is the English source itself`);
	const hash = contentHash(readFileSync(source, 'utf8'));
	writeFileSync(target, withSourceHash(readFileSync(target, 'utf8'), hash));
	console.log(`${target}: up to date with ${source} (${hash})`);
}
