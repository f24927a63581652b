import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isLocale, LOCALE_CODES, LOCALES, starlightLocales } from '../../src/lib/locale.ts';
import i18next from 'i18next';
import { missingKeys, PLURAL_SUFFIX, readLocaleStrings, sourceKeys } from '../../src/readers/ui-strings.ts';

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
		for (const key of sourceKeys().filter((k) => !PLURAL_SUFFIX.test(k)))
			expect(placeholders(strings[key] ?? ''), `${code}: ${key}`).toEqual(placeholders(en[key]!));
		// A plural form may leave the number out ("every month", "كل شهرين"), never add another.
		for (const key of Object.keys(strings).filter((k) => PLURAL_SUFFIX.test(k))) {
			const other = placeholders(en[key.replace(PLURAL_SUFFIX, '_other')]!);
			for (const p of placeholders(strings[key]!)) expect(other, `${code}: ${key}`).toContain(p);
		}
	});

	it('Arabic says "every N months" grammatically for 1, 2, 3–10, 11–99 and 100 (six plural forms)', async () => {
		const i18n = i18next.createInstance();
		await i18n.init({
			lng: 'ar',
			resources: { ar: { translation: readLocaleStrings('ar') } },
			keySeparator: false,
			interpolation: { escapeValue: false },
		});
		const every = (count: number) => i18n.t('status.reviews.intro', { count }).match(/على الأقل (.+?)\./)![1];
		expect(every(1)).toBe('كل شهر');
		expect(every(2)).toBe('كل شهرين');
		expect(every(3)).toBe('كل 3 أشهر');
		expect(every(10)).toBe('كل 10 أشهر');
		expect(every(11)).toBe('كل 11 شهرًا');
		expect(every(99)).toBe('كل 99 شهرًا');
		expect(every(100)).toBe('كل 100 شهر');
	});

	it('each language gives the plural forms it distinguishes', () => {
		expect(missingKeys('ar')).toEqual([]);
		expect(readLocaleStrings('ar')['status.reviews.intro_few']).toBeDefined();
		expect(readLocaleStrings('zh-cn')['status.reviews.intro_one']).toBeUndefined();
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
