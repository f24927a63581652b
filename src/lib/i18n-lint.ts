/**
 * Checks a translation against its English source the way a translation QA tool does: what must
 * not change between languages (URLs, numbers and codes, the official Chinese names, the links to
 * offices and agencies, the outline of headings), what must not stay in English (the plan's
 * English agency names in the text) and what must follow the glossary (its terms rendered as the
 * locale's glossary says, none of its avoided renderings). Pure functions over the two files' text.
 */
import { avoidFindings, type GlossaryTerm, missingRenderings, type TranslatedLocale } from './glossary.ts';
import { FRONTMATTER } from './locale.ts';

export interface LintFinding {
	/** Line in the translation (or, for something missing from it, in the English source). */
	line: number;
	where: 'translation' | 'source';
	message: string;
}

const bodyOf = (text: string) => {
	const match = text.match(FRONTMATTER);
	return { body: match ? text.slice(match[0].length) : text, offset: match ? match[0].split('\n').length - 1 : 0 };
};

/** 1-based line of the first occurrence of `needle` in `text`, counting from `offset`. */
const lineOf = (text: string, needle: string, offset = 0) => {
	const index = text.indexOf(needle);
	return index < 0 ? 0 : offset + text.slice(0, index).split('\n').length;
};

const URL = /https?:\/\/[^\s"'<>)\]]+/g;

/** Multipliers written as words or characters after a number, in every locale of the site. */
const MULTIPLIER =
	/(\d+(?:[.,]\d+)?)\s?(mil millones|milliards?|milliarden?|mrd\.?|bilhões|bilhão|млрд|миллиард\p{L}*|مليارات|مليار|billions?|millions?|millionen|mio\.?|millones|millón|milhões|milhão|млн|миллион\p{L}*|ملايين|مليون|万|萬|만|亿|億|억)/giu;
const factor = (word: string) => {
	const w = word.toLowerCase();
	if (/^(万|萬|만)$/.test(w)) return 1e4;
	if (/^(亿|億|억)$/.test(w)) return 1e8;
	if (/^(mil millones|milliard|milliarde|mrd|bilh|млрд|миллиард|مليار|billion)/.test(w)) return 1e9;
	return 1e6;
};

/**
 * The numbers of three or more digits in a text, as values: thousands separators of any locale
 * removed ("5,000", "5 000", "5.000"), and "3 million", "300万", "3亿", "3 Mio." read as numbers,
 * so that each locale's way of writing a number matches the English one.
 */
export function numbersIn(text: string): Set<string> {
	const plain = text
		.replace(/(?<=\d)[,\u202f\u00a0 .](?=\d{3}(?!\d))/g, '')
		.replace(MULTIPLIER, (_, n: string, word: string) => String(Math.round(Number(n.replace(',', '.')) * factor(word))));
	return new Set(plain.match(/(?<![\d.])\d{3,}(?!\d)/g) ?? []);
}

const componentIds = (text: string) => [...text.matchAll(/<(OfficeLink|AgencyLink) id="([^"]+)"/g)].map((m) => `<${m[1]} id="${m[2]}">`);
const termNames = (text: string) => new Set([...text.matchAll(/<Term zh="([^"]+)"/g)].map((m) => m[1]!));
const outline = (text: string) => [...text.matchAll(/^\s*(?:\d+\.\s+)?(#{2,4})\s/gm)].map((m) => m[1]!.length).join(',');

const count = (items: readonly string[]) => items.reduce((m, x) => m.set(x, (m.get(x) ?? 0) + 1), new Map<string, number>());

/**
 * What differs between a translation and its English source that should not. `englishNames` are
 * the plan's English agency names: in a translated text they should be in the reader's language.
 * With a `glossary`, the translation's terms are checked against the glossary of its locale.
 */
export function lintTranslation(
	english: string,
	translation: string,
	englishNames: readonly string[] = [],
	glossary?: { locale: TranslatedLocale; terms: readonly GlossaryTerm[] }
): LintFinding[] {
	const findings: LintFinding[] = [];
	const en = bodyOf(english);
	const tr = bodyOf(translation);
	const missing = (message: string, needle: string, inBody = true) =>
		findings.push({ where: 'source', line: inBody ? lineOf(en.body, needle, en.offset) : lineOf(english, needle), message });

	const trUrls = new Set(translation.match(URL) ?? []);
	for (const url of new Set(english.match(URL) ?? []))
		if (!trUrls.has(url)) missing(`URL missing from the translation: ${url}`, url, false);
	const extraUrls = [...trUrls].filter((u) => !english.includes(u));
	for (const url of extraUrls)
		findings.push({ where: 'translation', line: lineOf(translation, url), message: `URL not in the English source: ${url}` });

	const trNumbers = numbersIn(tr.body);
	const enLines = en.body.split('\n');
	for (const n of numbersIn(en.body))
		if (!trNumbers.has(n))
			findings.push({
				where: 'source',
				line: en.offset + enLines.findIndex((l) => numbersIn(l).has(n)) + 1,
				message: `number or code ${n} of the English text is not in the translation`,
			});

	const trTerms = termNames(tr.body);
	for (const zh of termNames(en.body))
		if (!trTerms.has(zh)) missing(`official Chinese name ${zh} (<Term zh>) is not in the translation`, `zh="${zh}"`);

	const enIds = count(componentIds(en.body));
	const trIds = count(componentIds(tr.body));
	for (const [id, n] of enIds)
		if ((trIds.get(id) ?? 0) < n) missing(`${id} appears ${n}× in English, ${trIds.get(id) ?? 0}× in the translation`, id.slice(0, -1));

	if (outline(en.body) !== outline(tr.body))
		findings.push({
			where: 'translation',
			line: tr.offset + 1,
			message: 'the headings differ from the English outline (journeys and links map headings by position)',
		});

	for (const name of englishNames)
		for (const [i, line] of tr.body.split('\n').entries())
			if (line.includes(name))
				findings.push({ where: 'translation', line: tr.offset + i + 1, message: `English agency name in the text: "${name}"` });

	if (glossary)
		findings.push(
			...avoidFindings(translation, glossary.locale, glossary.terms),
			...missingRenderings(english, translation, glossary.locale, glossary.terms)
		);

	return findings;
}
