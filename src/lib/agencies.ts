import { chineseNameFor, localeByCode, type Locale } from './locale.ts';

export interface AgencyNames {
	name: string;
	nameZh: string;
	nameZhHant: string;
	/** The name in other locales (official translations where they exist). */
	names?: Partial<Record<Locale, string>>;
}

/**
 * How an agency is named for a reader: the official Chinese name in Chinese locales, the name in
 * the reader's language elsewhere, and the plan's English name where no translation is given.
 */
export function agencyName({ data }: { data: AgencyNames }, code: Locale): string {
	const script = localeByCode(code).chineseScript;
	if (script === 'hans') return data.nameZh;
	if (script === 'hant') return data.nameZhHant;
	return data.names?.[code] ?? data.name;
}

/**
 * The language of `agencyName` when it is not the reader's: `'en'` where the agency has no name in
 * the reader's language and the plan's English name stands in (to be marked and kept left to right).
 */
export function agencyNameFallback({ data }: { data: AgencyNames }, code: Locale): 'en' | undefined {
	if (code === 'en' || localeByCode(code).chineseScript || data.names?.[code]) return undefined;
	return 'en';
}

/** The official Chinese name in the script the reader's locale uses (Traditional for zh-hk, else Simplified). */
export const agencyChineseName = (agency: AgencyNames, code: Locale) => chineseNameFor(code, agency.nameZh, agency.nameZhHant);
