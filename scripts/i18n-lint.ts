// `npm run i18n:lint`: checks every translated page against its English source (URLs, numbers and
// codes in any locale's notation, official Chinese names, office and agency links, the outline of
// headings), flags the plan's English agency names left in translated text, and checks pages, data
// YAML and UI strings against the glossary (content/glossary/): no avoided rendering of a term, and
// a page whose English uses a term renders it as its locale's glossary says. Prints
// `file:line: message` and exits 1 when it finds anything. Part of `npm test`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { avoidFindings, dataFileFindings, type GlossaryTerm, type TranslatedLocale } from '../src/lib/glossary.ts';
import { lintTranslation } from '../src/lib/i18n-lint.ts';
import { SOURCE_LOCALE, TRANSLATION_LOCALES } from '../src/lib/locale.ts';
import { filesUnder, pagesUnder } from '../src/readers/files.ts';
import { readGlossary } from '../src/readers/glossary.ts';

const root = process.argv[2] ?? 'content';
const strings = process.argv[3] ?? 'locales';
const agencies = join(root, 'agencies');
// Only names long enough not to be ordinary words ("Futian District" is also a place).
const englishNames = existsSync(agencies)
	? readdirSync(agencies)
			.filter((f) => f.endsWith('.yaml'))
			.map((f) => (parse(readFileSync(join(agencies, f), 'utf8')) as { name: string }).name)
			.filter((name) => name.length > 12)
	: [];

const locales = TRANSLATION_LOCALES as readonly TranslatedLocale[];

let terms: GlossaryTerm[];
try {
	terms = readGlossary(join(root, 'glossary'));
} catch (error) {
	console.log((error as Error).message);
	process.exit(1);
}

let total = 0;
const report = (where: string, message: string) => {
	console.log(`${where}: ${message}`);
	total++;
};

for (const locale of locales)
	for (const file of pagesUnder(join(root, 'docs', locale))) {
		const source = join(root, 'docs', SOURCE_LOCALE, file);
		const target = join(root, 'docs', locale, file);
		const text = readFileSync(target, 'utf8');
		const findings = existsSync(source)
			? lintTranslation(readFileSync(source, 'utf8'), text, englishNames, { locale, terms })
			: avoidFindings(text, locale, terms);
		for (const f of findings) report(f.where === 'source' ? `${target} (English ${source}:${f.line})` : `${target}:${f.line}`, f.message);
	}

// Data YAML: each translation is a line under its locale's key.
for (const file of filesUnder(root, /\.ya?ml$/).filter((f) => !f.startsWith('docs/') && !f.startsWith('glossary/')))
	for (const f of dataFileFindings(readFileSync(join(root, file), 'utf8'), terms)) report(`${join(root, file)}:${f.line}`, f.message);

for (const locale of locales)
	for (const file of filesUnder(join(strings, locale), /\.json$/))
		for (const f of avoidFindings(readFileSync(join(strings, locale, file), 'utf8'), locale, terms))
			report(`${join(strings, locale, file)}:${f.line}`, f.message);

console.log(total ? `\n${total} finding(s).` : 'i18n:lint: every translation agrees with its English source and the glossary.');
process.exit(total ? 1 : 0);
