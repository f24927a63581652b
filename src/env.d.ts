/**
 * Types `Astro.locals.t()` against the English UI strings (every file in `locales/en/`): a key that `locales/en/` does not
 * define is a type error (as withastro/docs does for its navigation dictionary).
 */
type PortalStrings = typeof import('../locales/en/portal.json') &
	typeof import('../locales/en/selfcheck.json') &
	typeof import('../locales/en/offices.json') &
	typeof import('../locales/en/journeys.json') &
	typeof import('../locales/en/changes.json') &
	typeof import('../locales/en/search.json');

declare namespace StarlightApp {
	// eslint-disable-next-line @typescript-eslint/no-empty-object-type
	interface I18n extends PortalStrings {}
}
