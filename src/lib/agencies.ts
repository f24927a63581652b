export interface AgencyNames {
	name: string;
	nameZh: string;
	nameZhHant: string;
}

/** How an agency is named for a reader: official Chinese in Chinese locales, else the plan's English name. */
export function agencyDisplayName(agency: AgencyNames, locale: string): string {
	if (locale === 'zh-cn') return agency.nameZh;
	if (locale === 'zh-hk') return agency.nameZhHant;
	return agency.name;
}
