import { SOURCE_LOCALE } from './locales.ts';

export type Localized = { en: string } & Partial<Record<string, string>>;

/** The text for a locale; English when the locale has none (the unit tests forbid that in real data). */
export function pick(text: Localized, locale: string): string {
	return text[locale] ?? text[SOURCE_LOCALE];
}

/** Whether a text exists in the locale itself (for lang attributes on fallback text). */
export function hasLocale(text: Localized, locale: string): boolean {
	return locale === SOURCE_LOCALE || Boolean(text[locale]);
}
