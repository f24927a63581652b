/**
 * Reads the UI strings in `locales/<code>/*.json` (i18next resources, flat dotted keys).
 * Starlight's i18n collection, the Astro config (sidebar labels) and the unit tests all read
 * them through here, so there is one copy of every string.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { localeByCode, LOCALES, SOURCE_LOCALE } from '../lib/locale.ts';

const LOCALES_DIR = join(process.cwd(), 'locales');

export type Strings = Record<string, string>;

/** Every string of one locale folder, all its JSON files merged (file order is alphabetical). */
export function readLocaleStrings(code: string, dir = LOCALES_DIR): Strings {
	const folder = join(dir, code);
	const merged: Strings = {};
	for (const file of readdirSync(folder)
		.filter((f) => f.endsWith('.json'))
		.sort()) {
		const data = JSON.parse(readFileSync(join(folder, file), 'utf8')) as Strings;
		for (const [key, value] of Object.entries(data)) {
			if (key in merged) throw new Error(`locales/${code}/${file}: key "${key}" is defined twice in this locale`);
			merged[key] = value;
		}
	}
	return merged;
}

/** Keys of the source (English) strings: the contract every locale must meet. */
export function sourceKeys(dir = LOCALES_DIR): string[] {
	return Object.keys(readLocaleStrings(SOURCE_LOCALE, dir));
}

/** i18next's plural suffixes (CLDR categories): `key_one`, `key_few`… */
export const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
const CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;

/** Keys English gives plural forms for (`status.reviews.intro` for `…_one` and `…_other`). */
export function pluralKeys(dir = LOCALES_DIR): string[] {
	return [
		...new Set(
			sourceKeys(dir)
				.filter((k) => PLURAL_SUFFIX.test(k))
				.map((k) => k.replace(PLURAL_SUFFIX, ''))
		),
	];
}

/** Every key a locale may define: English's, and each plural key in every category any language has. */
export function allowedKeys(dir = LOCALES_DIR): string[] {
	return [...new Set([...sourceKeys(dir), ...pluralKeys(dir).flatMap((base) => CATEGORIES.map((c) => `${base}_${c}`))])];
}

/**
 * The keys a locale must define: English's plain keys, and for each plural key the forms the
 * locale's language distinguishes (Arabic six, Russian four, English two, Chinese one).
 */
export function requiredKeys(code: string, dir = LOCALES_DIR): string[] {
	const categories = new Intl.PluralRules(localeByCode(code).lang).resolvedOptions().pluralCategories;
	return [
		...sourceKeys(dir).filter((k) => !PLURAL_SUFFIX.test(k)),
		...pluralKeys(dir).flatMap((base) => categories.map((c) => `${base}_${c}`)),
	];
}

/** Keys the locale must define but does not (or leaves empty). */
export function missingKeys(code: string, dir = LOCALES_DIR): string[] {
	const strings = readLocaleStrings(code, dir);
	return requiredKeys(code, dir).filter((key) => !strings[key]?.trim());
}

/**
 * One key in every locale, keyed by BCP-47 tag (`en`, `zh-CN`, …) as Starlight's `title` and
 * sidebar `translations` options expect.
 */
export function labelTranslations(key: string): Record<string, string> {
	return Object.fromEntries(
		LOCALES.map((l) => {
			const value = readLocaleStrings(l.code)[key] ?? readLocaleStrings(SOURCE_LOCALE)[key];
			if (value === undefined) throw new Error(`UI string "${key}" is not defined in locales/${SOURCE_LOCALE}/`);
			return [l.lang, value];
		})
	);
}
