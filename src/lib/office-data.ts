/**
 * The offices collection, loaded and ordered (service halls and offices first, then hotlines, each
 * by English name), and the questions pages ask of it.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { localeByCode, pick, type Locale } from './locale.ts';
import { OFFICE_KINDS } from './offices.ts';

export type Office = CollectionEntry<'offices'>;

export async function loadOffices(): Promise<Office[]> {
	return (await getCollection('offices')).sort(
		(a, b) => OFFICE_KINDS.indexOf(a.data.kind) - OFFICE_KINDS.indexOf(b.data.kind) || a.data.name.en.localeCompare(b.data.name.en, 'en')
	);
}

/** The office's name in the reader's language (its official Chinese name in Chinese locales). */
export const officeName = (office: Office, locale: Locale) => pick(office.data.name, locale);

/** The official Chinese name: Simplified, or Traditional for zh-hk. */
export function officeChineseName(office: Office, locale: Locale): { text: string; lang: 'zh-CN' | 'zh-HK' } {
	const { name } = office.data;
	return localeByCode(locale).chineseScript === 'hant' && name['zh-hk']
		? { text: name['zh-hk'], lang: 'zh-HK' }
		: { text: name['zh-cn'] ?? name.en, lang: 'zh-CN' };
}

export const isHotline = (office: Office) => office.data.kind === 'hotline';
