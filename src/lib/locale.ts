/**
 * Locales and URLs: the one module that knows the site's languages, how a locale is read from a
 * page, an id or a path, and how every kind of page is addressed in a locale. Everything else
 * (Astro config, schemas, pages, components, the post-build pass, scripts) asks it. Pure: no file
 * system, no Astro runtime; unit-tested.
 */

interface LocaleDefinition {
	/** URL prefix and folder name under `content/docs/` and `locales/`. */
	code: string;
	/** BCP-47 tag used in `<html lang>`, by `Intl` and by Starlight's i18n collection. */
	lang: string;
	/** The language's name in itself, as the language picker shows it. */
	label: string;
	/** The language's name in English, for editors and the translation-status table. */
	englishName: string;
	dir: 'ltr' | 'rtl';
	/**
	 * Which form of Chinese characters the locale reads official Chinese names in: `hans`
	 * (Simplified) or `hant` (Traditional) for Chinese locales, where the Chinese name *is* the
	 * name and is not repeated beside it; undefined elsewhere.
	 */
	chineseScript?: 'hans' | 'hant';
	/** Written without spaces between words (Chinese, Japanese): search segments it by dictionary. */
	unspaced?: true;
}

export const LOCALES = [
	{ code: 'en', lang: 'en', label: 'English', englishName: 'English', dir: 'ltr' },
	{
		code: 'zh-cn',
		lang: 'zh-CN',
		label: '简体中文',
		englishName: 'Chinese (Simplified)',
		dir: 'ltr',
		chineseScript: 'hans',
		unspaced: true,
	},
	{
		code: 'zh-hk',
		lang: 'zh-HK',
		label: '繁體中文',
		englishName: 'Chinese (Traditional, Hong Kong and Macao)',
		dir: 'ltr',
		chineseScript: 'hant',
		unspaced: true,
	},
	{ code: 'ja', lang: 'ja', label: '日本語', englishName: 'Japanese', dir: 'ltr', unspaced: true },
	{ code: 'ko', lang: 'ko', label: '한국어', englishName: 'Korean', dir: 'ltr' },
	{ code: 'fr', lang: 'fr', label: 'Français', englishName: 'French', dir: 'ltr' },
	{ code: 'de', lang: 'de', label: 'Deutsch', englishName: 'German', dir: 'ltr' },
	{ code: 'es', lang: 'es', label: 'Español', englishName: 'Spanish', dir: 'ltr' },
	{ code: 'pt', lang: 'pt', label: 'Português', englishName: 'Portuguese', dir: 'ltr' },
	{ code: 'ru', lang: 'ru', label: 'Русский', englishName: 'Russian', dir: 'ltr' },
	{ code: 'ar', lang: 'ar', label: 'العربية', englishName: 'Arabic', dir: 'rtl' },
] as const satisfies readonly LocaleDefinition[];

/** A locale's folder code: `en`, `zh-cn`, `zh-hk`, `ja`, … (never the BCP-47 tag). */
export type Locale = (typeof LOCALES)[number]['code'];
export type SiteLocale = LocaleDefinition & { code: Locale };

export const SOURCE_LOCALE: Locale = 'en';
export const LOCALE_CODES: readonly Locale[] = LOCALES.map((l) => l.code);
/** The locales pages are translated into. */
export const TRANSLATION_LOCALES: readonly Locale[] = LOCALE_CODES.filter((code) => code !== SOURCE_LOCALE);

export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (LOCALE_CODES as readonly string[]).includes(value);
}

export function localeByCode(code: string | undefined): SiteLocale {
	const found = LOCALES.find((l) => l.code === (code ?? SOURCE_LOCALE));
	if (!found) throw new Error(`Unknown locale "${code}". Configured locales: ${LOCALE_CODES.join(', ')}`);
	return found;
}

/** The locale of a BCP-47 tag (`zh-CN` → zh-cn), as Astro's `currentLocale` gives it. */
export function localeByLang(lang: string | undefined): SiteLocale {
	const found = lang && LOCALES.find((l) => l.lang.toLowerCase() === lang.toLowerCase());
	if (!found) throw new Error(`No locale has the language tag "${lang}". Configured: ${LOCALES.map((l) => l.lang).join(', ')}`);
	return found;
}

/**
 * The locale of the page being rendered, the same way in pages, endpoints and components: Astro
 * computes `currentLocale` from the URL using the i18n config Starlight derives from `LOCALES`.
 */
export function pageLocale(astro: { currentLocale: string | undefined }): SiteLocale {
	return localeByLang(astro.currentLocale);
}

/**
 * An official Chinese name in the characters the reader's locale uses: Traditional for a locale
 * that reads Traditional (zh-hk), else Simplified, with the matching language tag.
 */
export function chineseNameFor(
	code: Locale,
	simplified: string,
	traditional: string | undefined
): { text: string; lang: 'zh-CN' | 'zh-HK' } {
	return localeByCode(code).chineseScript === 'hant' && traditional
		? { text: traditional, lang: 'zh-HK' }
		: { text: simplified, lang: 'zh-CN' };
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

// ---- Routes -------------------------------------------------------------------------------

/** The `[...locale]` route parameter of a locale: none for English (served at the root). */
export function localeParam(code: Locale): string | undefined {
	return code === SOURCE_LOCALE ? undefined : code;
}

type Route = { params: Record<string, string | undefined>; props?: Record<string, unknown> };

/**
 * `getStaticPaths` entries for a `[...locale]` route: one per locale, or one per locale and item
 * when the route has more params (`localeParams(tasks, (task) => ({ params: { task: task.id } }))`).
 */
export function localeParams(): { params: { locale: string | undefined } }[];
export function localeParams<T, R extends Route>(
	items: readonly T[],
	route: (item: T) => R
): (R & { params: R['params'] & { locale: string | undefined } })[];
export function localeParams<T, R extends Route>(items?: readonly T[], route?: (item: T) => R) {
	if (!items || !route) return LOCALE_CODES.map((code) => ({ params: { locale: localeParam(code) } }));
	return LOCALE_CODES.flatMap((code) =>
		items.map((item) => {
			const r = route(item);
			return { ...r, params: { ...r.params, locale: localeParam(code) } };
		})
	);
}

/** Path prefix for a locale: '' for English, '/zh-cn' for the others. */
export function localePrefix(code: Locale): string {
	return code === SOURCE_LOCALE ? '' : `/${code}`;
}

/** A site path in a locale; `path` is locale-free and starts with '/'. */
export function localizedHref(code: Locale, path: string): string {
	return `${localePrefix(code)}${path}`;
}

/** URL of a content page from its locale-free id (`guides/work-permit`, `index`). */
export function pageHref(code: Locale, pageId: string): string {
	return localizedHref(code, pageId === 'index' ? '/' : `/${pageId}/`);
}

export const taskHref = (code: Locale, id: string) => localizedHref(code, `/plan/tasks/${id}/`);
export const pillarHref = (code: Locale, id: string) => localizedHref(code, `/plan/pillars/${id}/`);
export const sectionHref = (code: Locale, id: string) => localizedHref(code, `/plan/${id}/`);
export const agencyHref = (code: Locale, id: string) => localizedHref(code, `/agencies/${id}/`);
export const officeHref = (code: Locale, id: string) => localizedHref(code, `/offices/${id}/`);
export const journeyHref = (code: Locale, id: string) => localizedHref(code, `/journeys/${id}/`);

/** The locale a site path belongs to (`/fr/x/` → fr); the source locale for everything else. */
export function localeOfPath(path: string): Locale {
	const first = path.split('/')[1];
	return isLocale(first) ? first : SOURCE_LOCALE;
}

/** A site path without its locale prefix (`/fr/guides/x/` → `/guides/x/`). */
export function unlocalizedPath(path: string): string {
	const locale = localeOfPath(path);
	return locale === SOURCE_LOCALE ? path : path.slice(locale.length + 1) || '/';
}

// ---- Content ids and files ----------------------------------------------------------------

/** The frontmatter block of a Markdown or MDX file: its YAML text, and where the body starts. */
export const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---/;

/**
 * Entry id of a file under `content/docs/`. English lives in `content/docs/en/` like every other
 * locale, but Starlight serves it as the root locale, so its ids carry no prefix:
 * `en/guides/work-permit.mdx` → `guides/work-permit`, `zh-cn/index.mdx` → `zh-cn`,
 * `en/index.mdx` → `index` (Starlight's id for the root home page).
 */
export function docsEntryId(file: string): string {
	let id = file.replace(/\.(md|mdx)$/i, '').toLowerCase();
	if (id === `${SOURCE_LOCALE}/index`) return 'index';
	if (id.startsWith(`${SOURCE_LOCALE}/`)) id = id.slice(SOURCE_LOCALE.length + 1);
	return id.replace(/\/index$/, '');
}

/** A docs entry id split into its locale and locale-free id (`zh-cn/guides/x` → zh-cn, `guides/x`). */
export function splitDocsId(id: string): { locale: Locale; pageId: string } {
	const [first, ...rest] = id.split('/');
	if (isLocale(first) && first !== SOURCE_LOCALE) return { locale: first, pageId: rest.join('/') || 'index' };
	return { locale: SOURCE_LOCALE, pageId: id };
}

/** Locale-free page id of a file path inside a locale folder (`guides/x.mdx` → `guides/x`). */
export function pageIdOfFile(file: string): string {
	return file.replace(/\.mdx?$/i, '').replace(/(^|\/)index$/, '') || 'index';
}

/** Files under `content/docs/` that may hold a locale-free page id in a locale, in order of preference. */
export function filesOfPage(code: Locale, pageId: string): string[] {
	const base = `${code}/${pageId}`;
	return pageId === 'index' ? [`${base}.mdx`, `${base}.md`] : [`${base}.mdx`, `${base}.md`, `${base}/index.mdx`];
}

// ---- Text in several locales --------------------------------------------------------------

/** Text in every locale; English is required, the unit tests require the others in real data. */
export type Localized = { en: string } & Partial<Record<Locale, string>>;

/** The text for a locale; English when the locale has none. */
export function pick(text: Localized, code: Locale): string {
	return text[code] ?? text.en;
}
