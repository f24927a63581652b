import { LOCALES, SOURCE_LOCALE } from './locales.ts';

/** `getStaticPaths` entries for a `[...locale]` route: English at the root, others under their code. */
export function localeParams() {
	return LOCALES.map((l) => ({ params: { locale: l.code === SOURCE_LOCALE ? undefined : l.code } }));
}

/** Locale code from a `[...locale]` param. */
export function localeFromParam(param: string | undefined): string {
	return param ?? SOURCE_LOCALE;
}
