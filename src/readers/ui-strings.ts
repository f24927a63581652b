/**
 * Reads the UI strings in `locales/<code>/*.json` (i18next resources, flat dotted keys).
 * Starlight's i18n collection, the Astro config (sidebar labels) and the unit tests all read
 * them through here, so there is one copy of every string.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LOCALES, SOURCE_LOCALE } from '../lib/locale.ts';

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

/** Keys present in English but missing (or empty) in `code`. */
export function missingKeys(code: string, dir = LOCALES_DIR): string[] {
	const strings = readLocaleStrings(code, dir);
	return sourceKeys(dir).filter((key) => !strings[key]?.trim());
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
