/**
 * The glossary (`content/glossary/<term>.yaml`): for each key term, its English and official
 * Chinese forms and, per translated locale, the renderings to use and the known wrong ones to
 * avoid. `npm run i18n:lint` checks pages and data against it. Pure: the schema and the matching,
 * no file system.
 */
import { z } from 'astro/zod';
import { FRONTMATTER, type Locale, TRANSLATION_LOCALES } from './locale.ts';
import type { LintFinding } from './i18n-lint.ts';

const terms = z.array(z.string().min(1)).min(1);
const rendering = z.strictObject({
	/** Accepted renderings, the preferred one first. `*` stands for any letters (an inflected ending). */
	use: terms,
	/** Known wrong renderings: calques, another document's name, an outdated name. */
	avoid: z.array(z.string().min(1)).default([]),
});

export const glossaryTermSchema = z.strictObject({
	/** The term as the English pages write it (the first is the main form). */
	en: terms,
	/** The official Chinese term(s), Simplified, as the English pages give them in `<Term zh>`. */
	zh: z.array(z.string().min(1)).default([]),
	/**
	 * Whether a translated page whose English source uses the term must use one of its renderings.
	 * `false` where translators may rightly paraphrase or the English form is too common a phrase:
	 * then only the `avoid` variants are checked.
	 */
	requireRendering: z.boolean().default(true),
	renderings: z.strictObject(
		Object.fromEntries(TRANSLATION_LOCALES.map((code) => [code, rendering])) as Record<Exclude<Locale, 'en'>, typeof rendering>
	),
	/** Why a rendering was chosen, for the next translator. */
	note: z.string().min(1).optional(),
});

export type GlossaryTerm = z.infer<typeof glossaryTermSchema> & { id: string };
export type TranslatedLocale = Exclude<Locale, 'en'>;

/** Problems of one glossary entry, each with the path of the field ("renderings.ja.use"). */
export function glossaryIssues(data: unknown): { path: string; message: string }[] {
	const result = glossaryTermSchema.safeParse(data);
	return result.success ? [] : result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
}

/** Typographic apostrophes read as straight ones, so "Foreigner’s" and "Foreigner's" match. */
const normalize = (text: string) => text.replace(/[’‘]/g, "'");
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Scripts that separate words: a term in them must start (and end) at a word boundary. */
const WORD_EDGE = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{N}]/u;
/** A letter of those scripts next to a term makes it part of a longer word; a kana or a Chinese character does not ("越境ECの"). */
const NOT_WORD = '[\\p{Script=Latin}\\p{Script=Cyrillic}\\p{Script=Greek}\\p{N}]';

/**
 * A term as a pattern: case-insensitive, `*` for any letters, spaces matching any run of spaces,
 * word boundaries where the script has them (not in Chinese, Japanese or Arabic, which glue
 * particles and prefixes to words). `plural` lets an English term end in -s or -es.
 */
export function termPattern(term: string, { plural = false } = {}): RegExp {
	const t = normalize(term.trim());
	const body = t
		.replace(/\*$/, '')
		.split('*')
		.map((part) =>
			part
				.split(/\s+/)
				.map((word) => escape(word).replace(/'/g, "['’‘]"))
				.join('\\s+')
		)
		.join('[\\p{L}\\p{M}]*');
	const open = t.endsWith('*');
	const last = t.replace(/\*$/, '').at(-1) ?? '';
	const start = WORD_EDGE.test(t[0] ?? '') ? `(?<!${NOT_WORD})` : '';
	const end = open ? '[\\p{L}\\p{M}]*' : WORD_EDGE.test(last) ? `${plural ? '(?:e?s)?' : ''}(?!${NOT_WORD})` : '';
	return new RegExp(`${start}${body}${end}`, 'iu');
}

/** What the checks ignore in a line: official Chinese names in attributes, URLs and link targets. */
const checkedText = (line: string) =>
	normalize(line)
		.replace(/\b(?:zh|href|id)="[^"]*"/g, '')
		.replace(/\]\([^)]*\)/g, ']')
		.replace(/https?:\/\/\S+/g, '');

/** The avoided renderings of `locale` in one line of text, as messages. */
export function avoidedIn(line: string, locale: TranslatedLocale, glossary: readonly GlossaryTerm[]): string[] {
	const text = checkedText(line);
	const out: string[] = [];
	for (const term of glossary)
		for (const avoid of term.renderings[locale].avoid) {
			const found = text.match(termPattern(avoid))?.[0];
			if (found)
				out.push(
					`off-glossary "${found}" for "${term.en[0]}" (glossary ${term.id}); use ${term.renderings[locale].use
						.map((u) => `"${u}"`)
						.join(' or ')}`
				);
		}
	return out;
}

/**
 * Lines of a page that are not the reader's text in the locale: the frontmatter's
 * `searchAliases` (they list what readers type, wrong terms included on purpose) and imports.
 */
function skippedLines(lines: readonly string[]): Set<number> {
	const skipped = new Set<number>();
	let inFrontmatter = lines[0]?.trim() === '---';
	let inAliases = false;
	for (const [i, line] of lines.entries()) {
		if (i > 0 && inFrontmatter && line.trim() === '---') inFrontmatter = false;
		if (inFrontmatter) {
			if (/^\S/.test(line)) inAliases = /^searchAliases:/.test(line);
			if (inAliases) skipped.add(i);
		} else if (/^import\s/.test(line)) skipped.add(i);
	}
	return skipped;
}

/** Avoided renderings in a translated page (or a locale's strings file), line by line. */
export function avoidFindings(text: string, locale: TranslatedLocale, glossary: readonly GlossaryTerm[]): LintFinding[] {
	const lines = text.split('\n');
	const skipped = skippedLines(lines);
	return lines.flatMap((line, i) =>
		skipped.has(i) ? [] : avoidedIn(line, locale, glossary).map((message) => ({ where: 'translation' as const, line: i + 1, message }))
	);
}

const LOCALE_KEY = new RegExp(`^\\s*(?:-\\s+)?(${TRANSLATION_LOCALES.join('|')}):\\s+(.+)$`);

/**
 * Avoided renderings in a data YAML file, where each translation sits on a line of its own under
 * its locale's key (`ja: …`): every locale's lines are checked against that locale's glossary.
 */
export function dataFileFindings(text: string, glossary: readonly GlossaryTerm[]): (LintFinding & { locale: TranslatedLocale })[] {
	return text.split('\n').flatMap((line, i) => {
		const match = line.match(LOCALE_KEY);
		if (!match) return [];
		const locale = match[1] as TranslatedLocale;
		return avoidedIn(match[2]!, locale, glossary).map((message) => ({ where: 'translation' as const, line: i + 1, message, locale }));
	});
}

const bodyWithOffset = (text: string) => {
	const match = text.match(FRONTMATTER);
	return { body: match ? text.slice(match[0].length) : text, offset: match ? match[0].split('\n').length - 1 : 0 };
};

/**
 * Glossary terms that the English page uses (its English form, or its official Chinese name)
 * while the translation uses none of the locale's renderings: reported at the English line
 * where the term first appears.
 */
export function missingRenderings(
	english: string,
	translation: string,
	locale: TranslatedLocale,
	glossary: readonly GlossaryTerm[]
): LintFinding[] {
	const en = bodyWithOffset(english);
	const enLines = en.body.split('\n').map((line) => (/^import\s/.test(line) ? '' : normalize(line)));
	const trText = checkedText(bodyWithOffset(translation).body.replace(/^import\s.*$/gm, ''));
	const findings: LintFinding[] = [];
	for (const term of glossary) {
		if (!term.requireRendering) continue;
		const patterns = term.en.map((t) => termPattern(t, { plural: true }));
		const index = enLines.findIndex(
			(line) =>
				patterns.some((p) => p.test(checkedText(line))) ||
				term.zh.some((zh) => line.includes(`zh="${zh}"`) || checkedText(line).includes(zh))
		);
		if (index < 0) continue;
		const { use } = term.renderings[locale];
		if (use.some((u) => termPattern(u).test(trText))) continue;
		findings.push({
			where: 'source',
			line: en.offset + index + 1,
			message: `glossary term "${term.en[0]}" (${term.id}) is in the English text, but the translation uses none of ${use.map((u) => `"${u}"`).join(', ')}`,
		});
	}
	return findings;
}
