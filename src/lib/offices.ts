/**
 * Offices and hotlines: their kinds, their opening hours as data, and "open now" computed in
 * Shenzhen time. Pure functions, shared by the pages (static hours) and the browser script (open
 * now), unit-tested at fixed instants.
 */

export const OFFICE_KINDS = [
	'service-hall',
	'exit-entry',
	'customs',
	'court',
	'ip-centre',
	'talent-centre',
	'notary',
	'arbitration',
	'hotline',
] as const;
export type OfficeKind = (typeof OFFICE_KINDS)[number];

export const DISTRICTS = [
	'futian',
	'luohu',
	'nanshan',
	'qianhai',
	'yantian',
	'baoan',
	'longgang',
	'longhua',
	'pingshan',
	'guangming',
	'dapeng',
	'citywide',
] as const;
export type District = (typeof DISTRICTS)[number];

export const PHONE_PURPOSES = ['enquiries', 'complaints', 'appointments', 'emergency'] as const;

/** Days as the data names them, in the order `Date.getUTCDay()` counts them (Sunday first). */
export const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export type Day = (typeof DAYS)[number];
/** Monday first, as the hours are shown. */
export const WEEK = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const satisfies readonly Day[];

export interface Period {
	days: readonly Day[];
	/** Local time in Shenzhen, "HH:MM" (24-hour). */
	opens: string;
	closes: string;
}

export interface OpeningHours {
	/** Answers at any hour, every day (a 24-hour hotline). */
	allDay?: boolean;
	regular?: readonly Period[];
	/** What the source says about public holidays. */
	publicHolidays: 'closed' | 'open' | 'unknown';
}

/** Shenzhen keeps China Standard Time, UTC+8 all year (no daylight saving since 1991). */
export const SHENZHEN_TIME_ZONE = 'Asia/Shanghai';
const SHENZHEN_OFFSET_MINUTES = 8 * 60;

export const minutesOf = (time: string): number => {
	const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
	if (!match) throw new Error(`"${time}" is not a time of day as HH:MM`);
	return Number(match[1]) * 60 + Number(match[2]);
};

/** The day and minute of the day in Shenzhen at an instant. */
export function shenzhenClock(instant: Date): { day: Day; minute: number } {
	const local = new Date(instant.getTime() + SHENZHEN_OFFSET_MINUTES * 60_000);
	return { day: DAYS[local.getUTCDay()]!, minute: local.getUTCHours() * 60 + local.getUTCMinutes() };
}

export type OpenStatus =
	| { state: 'unknown' }
	| { state: 'always' }
	| { state: 'open'; closes: string }
	| { state: 'closed'; opens: string; day: Day; today: boolean }
	| { state: 'closed'; opens: undefined };

/**
 * Whether a place is open at an instant, by its regular hours in Shenzhen time. Public holidays are
 * not known here: pages say beside the answer that the place may be closed on one.
 */
export function openStatus(hours: OpeningHours | undefined, instant: Date): OpenStatus {
	if (!hours) return { state: 'unknown' };
	if (hours.allDay) return { state: 'always' };
	const periods = hours.regular ?? [];
	if (!periods.length) return { state: 'unknown' };
	const { day, minute } = shenzhenClock(instant);
	const today = periods.filter((p) => p.days.includes(day));
	const current = today.find((p) => minutesOf(p.opens) <= minute && minute < minutesOf(p.closes));
	if (current) return { state: 'open', closes: current.closes };
	const laterToday = today.filter((p) => minutesOf(p.opens) > minute).sort((a, b) => minutesOf(a.opens) - minutesOf(b.opens))[0];
	if (laterToday) return { state: 'closed', opens: laterToday.opens, day, today: true };
	const index = DAYS.indexOf(day);
	for (let ahead = 1; ahead <= 7; ahead++) {
		const next = DAYS[(index + ahead) % 7]!;
		const first = periods.filter((p) => p.days.includes(next)).sort((a, b) => minutesOf(a.opens) - minutesOf(b.opens))[0];
		if (first) return { state: 'closed', opens: first.opens, day: next, today: false };
	}
	return { state: 'closed', opens: undefined };
}

/** Days that share the same periods, Monday first: one row of an opening-hours table each. */
export function hoursByDays(periods: readonly Period[]): { days: Day[]; periods: { opens: string; closes: string }[] }[] {
	const rows: { days: Day[]; periods: { opens: string; closes: string }[] }[] = [];
	for (const day of WEEK) {
		const todays = periods
			.filter((p) => p.days.includes(day))
			.map(({ opens, closes }) => ({ opens, closes }))
			.sort((a, b) => minutesOf(a.opens) - minutesOf(b.opens));
		if (!todays.length) continue;
		const key = JSON.stringify(todays);
		const last = rows.at(-1);
		const previousDay = last?.days.at(-1);
		if (last && JSON.stringify(last.periods) === key && previousDay && WEEK.indexOf(previousDay) === WEEK.indexOf(day) - 1)
			last.days.push(day);
		else rows.push({ days: [day], periods: todays });
	}
	return rows;
}

/** A time of day for a reader ("9:00", "09:00", "٩:٠٠"), from "HH:MM". */
export function formatTime(lang: string, time: string): string {
	const minutes = minutesOf(time);
	return new Intl.DateTimeFormat(lang, { hour: 'numeric', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' }).format(
		new Date(minutes * 60_000)
	);
}

/** A weekday's name for a reader. */
export function formatDay(lang: string, day: Day): string {
	// 4 January 1970 was a Sunday.
	return new Intl.DateTimeFormat(lang, { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(1970, 0, 4 + DAYS.indexOf(day))));
}

/** schema.org's day names, for `openingHoursSpecification`. */
export const SCHEMA_DAYS: Record<Day, string> = {
	mon: 'https://schema.org/Monday',
	tue: 'https://schema.org/Tuesday',
	wed: 'https://schema.org/Wednesday',
	thu: 'https://schema.org/Thursday',
	fri: 'https://schema.org/Friday',
	sat: 'https://schema.org/Saturday',
	sun: 'https://schema.org/Sunday',
};

/** A number as a `tel:` URL: mainland numbers with +86 and without the trunk 0, short codes as they are. */
export function telHref(number: string): string {
	const digits = number.replace(/[^\d+]/g, '');
	if (digits.startsWith('+')) return `tel:${digits}`;
	if (digits.startsWith('0')) return `tel:+86${digits.slice(1)}`;
	return `tel:${digits}`;
}

/** Links that open a Chinese address in the map apps readers in China use (links only: nothing is embedded). */
export function mapLinks(addressZh: string): { name: string; href: string }[] {
	const q = encodeURIComponent(addressZh);
	return [
		{ name: 'Amap (高德地图)', href: `https://uri.amap.com/search?keyword=${q}` },
		{ name: 'Baidu Maps (百度地图)', href: `https://api.map.baidu.com/geocoder?address=${q}&output=html&src=shenzhen-gateway` },
		{ name: 'Apple Maps', href: `https://maps.apple.com/?q=${q}` },
	];
}

/** A mainland number as dialled from abroad: 0755-12345 → +86 755 12345; short codes have none. */
export function internationalNumber(number: string): string | undefined {
	const [area, ...rest] = number.split('-');
	if (!area?.startsWith('0') || !rest.length) return undefined;
	return `+86 ${area.slice(1)} ${rest.join(' ')}`;
}
