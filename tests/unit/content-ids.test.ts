import { describe, expect, it } from 'vitest';
import { docsEntryId } from '../../src/lib/content-ids.ts';
import { splitDocsId } from '../../src/lib/guides.ts';
import { LOCALE_CODES } from '../../src/lib/locales.ts';

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
	it('separates the locale from the path', () => {
		expect(splitDocsId('zh-cn/guides/x', LOCALE_CODES)).toEqual(['zh-cn', 'guides/x']);
		expect(splitDocsId('guides/x', LOCALE_CODES)).toEqual(['en', 'guides/x']);
		expect(splitDocsId('ar', LOCALE_CODES)).toEqual(['ar', 'index']);
	});
});
