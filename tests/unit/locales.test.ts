import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isLocale, LOCALE_CODES, LOCALES, starlightLocales } from '../../src/lib/locale.ts';
import { missingKeys, readLocaleStrings, sourceKeys } from '../../src/readers/ui-strings.ts';

const folders = (dir: string) =>
	readdirSync(dir, { withFileTypes: true })
		.filter((d) => d.isDirectory())
		.map((d) => d.name)
		.sort();

describe('locale configuration', () => {
	it('has one locales/ folder per configured locale, and no other', () => {
		expect(folders('locales')).toEqual([...LOCALE_CODES].sort());
	});

	it('has one content/docs/ folder per configured locale, and no other', () => {
		expect(folders('content/docs').every(isLocale)).toBe(true);
		expect(folders('content/docs')).toContain('en');
	});

	it('serves English at the root and marks Arabic right-to-left', () => {
		const config = starlightLocales();
		expect(config.root).toMatchObject({ lang: 'en' });
		expect(config.ar).toMatchObject({ lang: 'ar', dir: 'rtl' });
		expect(Object.keys(config)).toHaveLength(11);
		expect(LOCALES.filter((l) => l.dir === 'rtl').map((l) => l.code)).toEqual(['ar']);
	});
});

describe('UI strings', () => {
	it('English defines the keys every component uses', () => {
		expect(sourceKeys()).toContain('site.title');
		expect(sourceKeys().length).toBeGreaterThan(20);
	});

	it.each(LOCALE_CODES.filter((c) => c !== 'en'))('%s has every UI key', (code) => {
		expect(missingKeys(code)).toEqual([]);
	});

	it.each(LOCALE_CODES.filter((c) => c !== 'en'))('%s keeps every interpolation placeholder', (code) => {
		const en = readLocaleStrings('en');
		const strings = readLocaleStrings(code);
		const placeholders = (s: string) => (s.match(/{{\s*\w+\s*}}/g) ?? []).sort();
		for (const key of sourceKeys()) expect(placeholders(strings[key] ?? ''), `${code}: ${key}`).toEqual(placeholders(en[key]!));
	});

	it('zh-hk supplies every Starlight UI string, which Starlight does not ship for zh-HK', async () => {
		// Starlight's package exports do not include its translation files, so load the file itself.
		const file = pathToFileURL(join(process.cwd(), 'node_modules/@astrojs/starlight/dist/translations/en.js')).href;
		const en = (await import(/* @vite-ignore */ file)).default as Record<string, string>;
		const zhHk = readLocaleStrings('zh-hk');
		const missing = Object.keys(en).filter((key) => !zhHk[key]);
		expect(missing).toEqual([]);
	});
});

describe('typed UI strings', () => {
	it('types Astro.locals.t against every file of locales/en/', () => {
		const env = readFileSync('src/env.d.ts', 'utf8');
		for (const file of readdirSync('locales/en').filter((f) => f.endsWith('.json'))) expect(env, file).toContain(`locales/en/${file}`);
	});
});
