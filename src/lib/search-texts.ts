/**
 * The texts the search box needs in the browser, taken from the UI strings at build time. Counts
 * keep their placeholders, one template per plural category of the language (CLDR, the forms
 * i18next picks from), so the browser chooses with `Intl.PluralRules` and no i18next ships.
 */
import type { SearchTexts } from '../scripts/search-ui.ts';
import { pluralRules } from './format.ts';

/** Placeholders passed through as themselves: the browser fills them. */
const KEEP = { count: '{{count}}', query: '{{query}}', interpolation: { escapeValue: false } };

/** Every page of a language carries the same texts: in a production build they are looked up once. */
const built = new Map<string, SearchTexts>();

export function searchTexts(i18n: App.Locals['t'], lang: string): SearchTexts {
	const found = built.get(lang);
	if (found) return found;
	// Keys by plural category are built, and counts stay placeholders: both outside i18next's key types.
	const t = i18n as unknown as (key: string, options?: object) => string;
	const categories = pluralRules(lang).resolvedOptions().pluralCategories;
	const texts = {
		results: Object.fromEntries(categories.map((category) => [category, t(`search.results_${category}`, KEEP)])),
		none: t('search.none', KEEP),
		searching: t('search.searching'),
		more: t('search.more'),
		failed: t('search.failed'),
	};
	// In `astro dev` the strings can change under a running server.
	if (import.meta.env?.PROD) built.set(lang, texts);
	return texts;
}
