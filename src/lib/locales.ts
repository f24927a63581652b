/**
 * The one list of the site's locales. Everything else (Astro config, content checks,
 * UI-string tests, open-data endpoints) derives from this list, so a locale is added here once.
 */
export interface SiteLocale {
	/** URL prefix and folder name under `content/docs/` and `locales/`. */
	code: string;
	/** BCP-47 tag used in `<html lang>` and by `Intl`. */
	lang: string;
	/** The language's name in itself, as the language picker shows it. */
	label: string;
	/** The language's name in English, for editors and the translation-status table. */
	englishName: string;
	dir: 'ltr' | 'rtl';
}

export const SOURCE_LOCALE = 'en';

export const LOCALES: readonly SiteLocale[] = [
	{ code: 'en', lang: 'en', label: 'English', englishName: 'English', dir: 'ltr' },
	{ code: 'zh-cn', lang: 'zh-CN', label: '简体中文', englishName: 'Chinese (Simplified)', dir: 'ltr' },
	{ code: 'zh-hk', lang: 'zh-HK', label: '繁體中文', englishName: 'Chinese (Traditional, Hong Kong and Macao)', dir: 'ltr' },
	{ code: 'ja', lang: 'ja', label: '日本語', englishName: 'Japanese', dir: 'ltr' },
	{ code: 'ko', lang: 'ko', label: '한국어', englishName: 'Korean', dir: 'ltr' },
	{ code: 'fr', lang: 'fr', label: 'Français', englishName: 'French', dir: 'ltr' },
	{ code: 'de', lang: 'de', label: 'Deutsch', englishName: 'German', dir: 'ltr' },
	{ code: 'es', lang: 'es', label: 'Español', englishName: 'Spanish', dir: 'ltr' },
	{ code: 'pt', lang: 'pt', label: 'Português', englishName: 'Portuguese', dir: 'ltr' },
	{ code: 'ru', lang: 'ru', label: 'Русский', englishName: 'Russian', dir: 'ltr' },
	{ code: 'ar', lang: 'ar', label: 'العربية', englishName: 'Arabic', dir: 'rtl' },
];

export const LOCALE_CODES = LOCALES.map((l) => l.code);

export type LocaleCode = (typeof LOCALES)[number]['code'];

export function localeByCode(code: string | undefined): SiteLocale {
	const found = LOCALES.find((l) => l.code === (code ?? SOURCE_LOCALE));
	if (!found) throw new Error(`Unknown locale "${code}". Configured locales: ${LOCALE_CODES.join(', ')}`);
	return found;
}

export function localeByLang(lang: string): SiteLocale | undefined {
	return LOCALES.find((l) => l.lang.toLowerCase() === lang.toLowerCase());
}

/** Starlight's `locales` option: English is the root locale, served at `/`. */
export function starlightLocales() {
	return Object.fromEntries(
		LOCALES.map((l) => [
			l.code === SOURCE_LOCALE ? 'root' : l.code,
			{ label: l.label, lang: l.lang, ...(l.dir === 'rtl' ? { dir: 'rtl' as const } : {}) },
		])
	);
}

/** Path prefix for a locale: '' for English, '/zh-cn' for the others. */
export function localePrefix(code: string): string {
	return code === SOURCE_LOCALE ? '' : `/${code}`;
}

/** A site path in the given locale; `path` is locale-free and starts with '/'. */
export function localizedPath(code: string, path: string): string {
	return `${localePrefix(code)}${path}`;
}
