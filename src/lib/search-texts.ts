/**
 * The texts the search box needs in the browser, taken from the UI strings at build time. Counts
 * keep their placeholders, one template per plural category of the language (CLDR, the forms
 * i18next picks from), so the browser chooses with `Intl.PluralRules` and no i18next ships.
 */
import type { SearchTexts } from '../scripts/search-ui.ts';

/** Placeholders passed through as themselves: the browser fills them. */
const KEEP = { count: '{{count}}', query: '{{query}}', interpolation: { escapeValue: false } };

export function searchTexts(i18n: App.Locals['t'], lang: string): SearchTexts {
	// Keys by plural category are built, and counts stay placeholders: both outside i18next's key types.
	const t = i18n as unknown as (key: string, options?: object) => string;
	const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
	return {
		results: Object.fromEntries(categories.map((category) => [category, t(`search.results_${category}`, KEEP)])),
		none: t('search.none', KEEP),
		searching: t('search.searching'),
		more: t('search.more'),
		failed: t('search.failed'),
	};
}
