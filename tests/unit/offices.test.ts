import { describe, expect, it } from 'vitest';
import {
	formatDay,
	formatTime,
	hoursByDays,
	internationalNumber,
	mapLinks,
	openStatus,
	shenzhenClock,
	telHref,
	type OpeningHours,
} from '../../src/lib/offices.ts';
import { readCollection, readDocs } from '../support/content.ts';

/** The Civic Center's hours as the data gives them: weekdays, with a lunch break. */
const civicCenter: OpeningHours = {
	regular: [
		{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '09:00', closes: '12:00' },
		{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '14:00', closes: '17:45' },
	],
	publicHolidays: 'closed',
};
/** An instant given in UTC; Shenzhen is eight hours ahead. 7 December 2026 is a Monday. */
const at = (iso: string) => new Date(iso);

describe('open now, in Shenzhen time', () => {
	it('is open on a weekday morning and says when it closes', () => {
		expect(openStatus(civicCenter, at('2026-12-07T02:00:00Z'))).toEqual({ state: 'open', closes: '12:00' }); // Mon 10:00
	});
	it('is closed over the lunch break and opens again the same afternoon', () => {
		expect(openStatus(civicCenter, at('2026-12-07T04:30:00Z'))).toEqual({ state: 'closed', opens: '14:00', day: 'mon', today: true }); // Mon 12:30
	});
	it('closes at the closing minute, not after it', () => {
		expect(openStatus(civicCenter, at('2026-12-07T09:44:00Z'))).toMatchObject({ state: 'open' }); // Mon 17:44
		expect(openStatus(civicCenter, at('2026-12-07T09:45:00Z'))).toEqual({ state: 'closed', opens: '09:00', day: 'tue', today: false }); // Mon 17:45
	});
	it('is closed in the evening and opens the next morning', () => {
		expect(openStatus(civicCenter, at('2026-12-07T11:00:00Z'))).toEqual({ state: 'closed', opens: '09:00', day: 'tue', today: false }); // Mon 19:00
	});
	it('is closed at the weekend and opens on Monday', () => {
		expect(openStatus(civicCenter, at('2026-12-12T02:00:00Z'))).toEqual({ state: 'closed', opens: '09:00', day: 'mon', today: false }); // Sat 10:00
		expect(openStatus(civicCenter, at('2026-12-13T08:00:00Z'))).toEqual({ state: 'closed', opens: '09:00', day: 'mon', today: false }); // Sun 16:00
	});
	it('counts the day in Shenzhen, not in UTC, across midnight UTC', () => {
		// Monday 23:30 UTC is Tuesday 07:30 in Shenzhen: closed, opens later that Tuesday.
		expect(shenzhenClock(at('2026-12-07T23:30:00Z'))).toEqual({ day: 'tue', minute: 7 * 60 + 30 });
		expect(openStatus(civicCenter, at('2026-12-07T23:30:00Z'))).toEqual({ state: 'closed', opens: '09:00', day: 'tue', today: true });
		// Friday 23:30 UTC is already Saturday in Shenzhen.
		expect(openStatus(civicCenter, at('2026-12-11T23:30:00Z'))).toEqual({ state: 'closed', opens: '09:00', day: 'mon', today: false });
		// Sunday 16:30 UTC is Monday 00:30 in Shenzhen.
		expect(openStatus(civicCenter, at('2026-12-13T16:30:00Z'))).toEqual({ state: 'closed', opens: '09:00', day: 'mon', today: true });
	});
	it('knows a 24-hour line is always open, and says nothing when hours are unknown', () => {
		expect(openStatus({ allDay: true, publicHolidays: 'open' }, at('2026-12-12T20:00:00Z'))).toEqual({ state: 'always' });
		expect(openStatus(undefined, at('2026-12-07T02:00:00Z'))).toEqual({ state: 'unknown' });
		expect(openStatus({ regular: [], publicHolidays: 'unknown' }, at('2026-12-07T02:00:00Z'))).toEqual({ state: 'unknown' });
	});
});

describe('opening hours for a reader', () => {
	it('groups consecutive days with the same periods', () => {
		expect(hoursByDays(civicCenter.regular!)).toEqual([
			{
				days: ['mon', 'tue', 'wed', 'thu', 'fri'],
				periods: [
					{ opens: '09:00', closes: '12:00' },
					{ opens: '14:00', closes: '17:45' },
				],
			},
		]);
		const split = hoursByDays([
			{ days: ['mon', 'tue', 'thu'], opens: '09:00', closes: '17:00' },
			{ days: ['sat'], opens: '10:00', closes: '12:00' },
		]);
		expect(split.map((r) => r.days)).toEqual([['mon', 'tue'], ['thu'], ['sat']]);
	});
	it('formats times and days in the reader’s language', () => {
		expect(formatTime('en', '09:00')).toBe('09:00');
		expect(formatTime('en', '17:45')).toBe('17:45');
		expect(formatTime('ar', '09:00')).toMatch(/٠٩:٠٠|09:00/);
		expect(formatDay('en', 'mon')).toBe('Monday');
		expect(formatDay('zh-CN', 'sun')).toBe('星期日');
		expect(formatDay('fr', 'fri')).toBe('vendredi');
	});
	it('refuses a time that is not HH:MM', () => {
		expect(() => formatTime('en', '9:00')).toThrow(/HH:MM/);
	});
});

describe('numbers and maps', () => {
	it('dials mainland numbers with +86 and short codes as they are', () => {
		expect(telHref('0755-88121678')).toBe('tel:+8675588121678');
		expect(telHref('12367')).toBe('tel:12367');
		expect(internationalNumber('0755-12345')).toBe('+86 755 12345');
		expect(internationalNumber('12367')).toBeUndefined();
	});
	it('links the Chinese address to map apps, encoded, without embedding anything', () => {
		const links = mapLinks('深圳市福田区福中三路1号');
		expect(links.map((l) => new URL(l.href).hostname)).toEqual(['uri.amap.com', 'api.map.baidu.com', 'maps.apple.com']);
		expect(links[0]!.href).toContain(encodeURIComponent('深圳市福田区福中三路1号'));
	});
});

describe('the offices data', () => {
	const offices = readCollection<{ name: Record<string, string>; kind: string; address?: { zh?: string }; phones?: { number: string }[] }>(
		'offices'
	);
	it('names every office and hotline in all 11 locales', () => {
		for (const [id, office] of offices)
			expect(Object.keys(office.name).sort(), id).toEqual(['ar', 'de', 'en', 'es', 'fr', 'ja', 'ko', 'pt', 'ru', 'zh-cn', 'zh-hk']);
	});
	it('gives the Civic Center one address, on Fuzhong 3rd Road', () => {
		expect(offices.get('civic-center-service-hall')!.address!.zh).toContain('福中三路1号');
		const all = JSON.stringify([...offices.values()]);
		expect(all).not.toMatch(/3 Fuzhong Road/);
	});
	it('gives every hotline a number', () => {
		for (const [id, office] of offices) if (office.kind === 'hotline') expect(office.phones?.length, id).toBeGreaterThan(0);
	});
});

describe('cards reference offices instead of typing them', () => {
	const LOCALES = ['en', 'zh-cn', 'zh-hk', 'ja', 'ko', 'fr', 'de', 'es', 'pt', 'ru', 'ar'];
	const cards = LOCALES.flatMap((locale) =>
		['guides', 'policies'].flatMap((dir) =>
			[...readDocs<{ card?: Record<string, unknown> }>(locale, dir)].map(([slug, data]) => ({
				page: `${locale}/${dir}/${slug}`,
				card: data.card,
			}))
		)
	).filter((c) => c.card);
	it('has no address, opening hours or phone number typed into any card, in any locale', () => {
		expect(cards.length).toBeGreaterThan(40);
		for (const { page, card } of cards) {
			expect(Object.keys(card!), page).not.toEqual(expect.arrayContaining(['office']));
			for (const key of ['office', 'hours', 'enquiryHotline', 'supervisionHotline'])
				expect(card, `${page} card.${key}`).not.toHaveProperty(key);
			const text = JSON.stringify(card);
			expect(text, `${page}: a time of day in the card`).not.toMatch(/\b\d{1,2}[:：]\d{2}\b/);
			expect(text, `${page}: a phone number in the card`).not.toMatch(/\b0\d{2,3}-\d{5,8}\b/);
			expect(text, `${page}: an address in the card`).not.toMatch(/\d+\s+\w+\s+(Road|Street|Avenue)|[路街]\d+号/);
		}
	});
});
