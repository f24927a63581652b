import { describe, expect, it } from 'vitest';
import {
	agencyHref,
	chineseNameFor,
	docsEntryId,
	filesOfPage,
	isLocale,
	localeByCode,
	localeByLang,
	localeOfPath,
	localeParams,
	localizedHref,
	pageHref,
	pageIdOfFile,
	pageLocale,
	pick,
	splitDocsId,
	taskHref,
	TRANSLATION_LOCALES,
	unlocalizedPath,
} from '../../src/lib/locale.ts';

describe('docsEntryId', () => {
	it.each([
		['en/index.mdx', 'index'],
		['en/guides/work-permit.mdx', 'guides/work-permit'],
		['en/guides/index.mdx', 'guides'],
		['zh-cn/index.mdx', 'zh-cn'],
		['ar/guides/ip-protection.md', 'ar/guides/ip-protection'],
	])('%s → %s', (file, id) => expect(docsEntryId(file)).toBe(id));
});

describe('splitDocsId', () => {
	it('separates the locale from the locale-free page id', () => {
		expect(splitDocsId('zh-cn/guides/x')).toEqual({ locale: 'zh-cn', pageId: 'guides/x' });
		expect(splitDocsId('guides/x')).toEqual({ locale: 'en', pageId: 'guides/x' });
		expect(splitDocsId('ar')).toEqual({ locale: 'ar', pageId: 'index' });
		expect(splitDocsId('index')).toEqual({ locale: 'en', pageId: 'index' });
	});
	it('inverts docsEntryId for every locale', () => {
		for (const code of ['en', ...TRANSLATION_LOCALES] as const)
			for (const file of ['index.mdx', 'guides/index.mdx', 'guides/work-permit.mdx']) {
				const { locale, pageId } = splitDocsId(docsEntryId(`${code}/${file}`));
				expect(locale).toBe(code);
				expect(pageId).toBe(pageIdOfFile(file));
			}
	});
});

describe('locales', () => {
	it('reads the locale from a BCP-47 tag as Astro gives it, in any case', () => {
		expect(localeByLang('zh-CN').code).toBe('zh-cn');
		expect(localeByLang('zh-hk').code).toBe('zh-hk');
		expect(pageLocale({ currentLocale: 'ar' })).toMatchObject({ code: 'ar', dir: 'rtl' });
		expect(() => pageLocale({ currentLocale: undefined })).toThrow(/language tag/);
		expect(() => localeByCode('xx')).toThrow(/Unknown locale "xx"/);
	});
	it('knows which locales read Chinese names natively, as data rather than by code prefix', () => {
		expect(localeByCode('zh-cn').chineseScript).toBe('hans');
		expect(localeByCode('zh-hk').chineseScript).toBe('hant');
		expect(localeByCode('ja').chineseScript).toBeUndefined();
	});
	it('tells locale codes from other strings', () => {
		expect(isLocale('pt')).toBe(true);
		expect(isLocale('zh-CN')).toBe(false);
		expect(isLocale(undefined)).toBe(false);
		expect(TRANSLATION_LOCALES).not.toContain('en');
		expect(TRANSLATION_LOCALES).toHaveLength(10);
	});
	it('picks a text in the reader’s locale, English when there is none', () => {
		expect(pick({ en: 'Hello', fr: 'Bonjour' }, 'fr')).toBe('Bonjour');
		expect(pick({ en: 'Hello' }, 'ja')).toBe('Hello');
	});
});

describe('URLs', () => {
	it('serves English at the root and other locales under their code', () => {
		expect(localizedHref('en', '/plan/')).toBe('/plan/');
		expect(localizedHref('zh-cn', '/plan/')).toBe('/zh-cn/plan/');
		expect(pageHref('ar', 'index')).toBe('/ar/');
		expect(pageHref('en', 'index')).toBe('/');
		expect(pageHref('ja', 'guides/work-permit')).toBe('/ja/guides/work-permit/');
		expect(taskHref('ko', 'talent-services')).toBe('/ko/plan/tasks/talent-services/');
		expect(agencyHref('en', 'customs')).toBe('/agencies/customs/');
	});
	it('reads the locale of a site path and strips it', () => {
		expect(localeOfPath('/fr/guides/x/')).toBe('fr');
		expect(localeOfPath('/guides/x/')).toBe('en');
		expect(localeOfPath('/api/fr/tasks.json')).toBe('en');
		expect(unlocalizedPath('/fr/guides/x/')).toBe('/guides/x/');
		expect(unlocalizedPath('/fr/')).toBe('/');
		expect(unlocalizedPath('/guides/x/')).toBe('/guides/x/');
	});
	it('maps content files to page ids and back to the files that may hold them', () => {
		expect(pageIdOfFile('guides/x.mdx')).toBe('guides/x');
		expect(pageIdOfFile('guides/index.mdx')).toBe('guides');
		expect(pageIdOfFile('index.mdx')).toBe('index');
		expect(filesOfPage('ja', 'guides')).toEqual(['ja/guides.mdx', 'ja/guides.md', 'ja/guides/index.mdx']);
		expect(filesOfPage('en', 'index')).toEqual(['en/index.mdx', 'en/index.md']);
	});
	it('gives getStaticPaths one entry per locale, crossed with a route’s own params', () => {
		expect(localeParams()).toHaveLength(11);
		expect(localeParams()[0]).toEqual({ params: { locale: undefined } });
		const routes = localeParams(['a', 'b'], (id) => ({ params: { task: id }, props: { id } }));
		expect(routes).toHaveLength(22);
		expect(routes).toContainEqual({ params: { task: 'b', locale: 'zh-hk' }, props: { id: 'b' } });
	});
});

describe('locale traits', () => {
	it('marks the languages written without spaces between words', () => {
		expect(['zh-cn', 'zh-hk', 'ja'].every((c) => localeByCode(c).unspaced)).toBe(true);
		expect(localeByCode('ko').unspaced).toBeUndefined();
	});
});

describe('official Chinese names for a reader', () => {
	it('gives Traditional characters in zh-hk and Simplified elsewhere, with the language tag', () => {
		expect(chineseNameFor('zh-hk', '深圳海关', '深圳海關')).toEqual({ text: '深圳海關', lang: 'zh-HK' });
		expect(chineseNameFor('ja', '深圳海关', '深圳海關')).toEqual({ text: '深圳海关', lang: 'zh-CN' });
		expect(chineseNameFor('zh-hk', '深圳海关', undefined)).toEqual({ text: '深圳海关', lang: 'zh-CN' });
	});
});
