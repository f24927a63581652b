import { localeByCode, type Locale } from './locale.ts';

export interface AgencyNames {
	name: string;
	nameZh: string;
	nameZhHant: string;
}

/** How an agency is named for a reader: official Chinese in Chinese locales, else the plan's English name. */
export function agencyName({ data }: { data: AgencyNames }, code: Locale): string {
	const script = localeByCode(code).chineseScript;
	if (script === 'hans') return data.nameZh;
	if (script === 'hant') return data.nameZhHant;
	return data.name;
}

/** The official Chinese name in the script the reader's locale uses (Traditional for zh-hk, else Simplified). */
export function agencyChineseName(agency: AgencyNames, code: Locale): { text: string; lang: 'zh-CN' | 'zh-HK' } {
	return localeByCode(code).chineseScript === 'hant' ? { text: agency.nameZhHant, lang: 'zh-HK' } : { text: agency.nameZh, lang: 'zh-CN' };
}
