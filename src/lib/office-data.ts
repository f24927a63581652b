/**
 * The offices collection, loaded and ordered (service halls and offices first, then hotlines, each
 * by English name), and the questions pages ask of it.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { chineseNameFor, pick, type Locale } from './locale.ts';
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
export const officeChineseName = ({ data: { name } }: Office, locale: Locale) =>
	chineseNameFor(locale, name['zh-cn'] ?? name.en, name['zh-hk']);

export const isHotline = (office: Office) => office.data.kind === 'hotline';
