// `npm run i18n:lint`: checks every translated page against its English source (URLs, numbers and
// codes in any locale's notation, official Chinese names, office and agency links, the outline of
// headings) and flags the plan's English agency names left in translated text. Prints
// `file:line: message` and exits 1 when it finds anything. Part of `npm test`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { lintTranslation } from '../src/lib/i18n-lint.ts';
import { SOURCE_LOCALE, TRANSLATION_LOCALES } from '../src/lib/locale.ts';
import { pagesUnder } from '../src/readers/files.ts';

const root = process.argv[2] ?? 'content';
const agencies = join(root, 'agencies');
// Only names long enough not to be ordinary words ("Futian District" is also a place).
const englishNames = existsSync(agencies)
	? readdirSync(agencies)
			.filter((f) => f.endsWith('.yaml'))
			.map((f) => (parse(readFileSync(join(agencies, f), 'utf8')) as { name: string }).name)
			.filter((name) => name.length > 12)
	: [];

let total = 0;
for (const locale of TRANSLATION_LOCALES)
	for (const file of pagesUnder(join(root, 'docs', locale))) {
		const source = join(root, 'docs', SOURCE_LOCALE, file);
		if (!existsSync(source)) continue;
		const target = join(root, 'docs', locale, file);
		for (const f of lintTranslation(readFileSync(source, 'utf8'), readFileSync(target, 'utf8'), englishNames)) {
			console.log(`${f.where === 'source' ? `${target} (English ${source}:${f.line})` : `${target}:${f.line}`}: ${f.message}`);
			total++;
		}
	}
console.log(total ? `\n${total} finding(s).` : 'i18n:lint: every translation agrees with its English source.');
process.exit(total ? 1 : 0);
