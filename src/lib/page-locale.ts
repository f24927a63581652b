import { localeByCode, SOURCE_LOCALE, type SiteLocale } from './locales.ts';

/** The locale of the page being rendered, from Starlight's route data (root = English). */
export function pageLocale(locals: App.Locals): SiteLocale {
	return localeByCode(locals.starlightRoute.locale ?? SOURCE_LOCALE);
}
