import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/lib/locale.ts';
import { searchTexts } from '../../src/lib/search-texts.ts';
import { translatorFor } from '../support/i18n.ts';

/** What the browser does with the texts (src/scripts/search-ui.ts): pick by plural rule, fill in. */
const countLine = (texts: ReturnType<typeof searchTexts>, lang: string, count: number, query: string) =>
	(texts.results[new Intl.PluralRules(lang).select(count)] ?? '').replace('{{count}}', String(count)).replace('{{query}}', query);

describe('search texts', () => {
	for (const { code, lang } of LOCALES)
		it(`${code}: a result count for every plural form of the language, with the query in it`, async () => {
			const texts = searchTexts(await translatorFor(code), lang);
			const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
			expect(Object.keys(texts.results).sort()).toEqual([...categories].sort());
			for (const template of Object.values(texts.results)) {
				expect(template).toContain('{{query}}');
				expect(template, 'a template of this locale, not the key or English').not.toMatch(
					code === 'en' ? /^search\./ : /^search\.| results? for /
				);
			}
			expect(texts.none).toContain('{{query}}');
			for (const key of ['searching', 'more', 'failed'] as const) expect(texts[key]).not.toMatch(/^search\./);
		});

	it('reads Arabic counts in each of its six forms', async () => {
		const texts = searchTexts(await translatorFor('ar'), 'ar');
		expect(countLine(texts, 'ar', 1, 'x')).toBe('نتيجة واحدة لـ «x»');
		expect(countLine(texts, 'ar', 2, 'x')).toBe('نتيجتان لـ «x»');
		expect(countLine(texts, 'ar', 3, 'x')).toBe('3 نتائج لـ «x»');
		expect(countLine(texts, 'ar', 11, 'x')).toBe('11 نتيجة لـ «x»');
		expect(countLine(texts, 'ar', 100, 'x')).toBe('100 نتيجة لـ «x»');
	});

	it('reads Russian counts with the right ending', async () => {
		const texts = searchTexts(await translatorFor('ru'), 'ru');
		expect(countLine(texts, 'ru', 1, 'x')).toBe('1 результат по запросу «x»');
		expect(countLine(texts, 'ru', 3, 'x')).toBe('3 результата по запросу «x»');
		expect(countLine(texts, 'ru', 5, 'x')).toBe('5 результатов по запросу «x»');
	});
});
