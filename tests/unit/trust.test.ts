import { describe, expect, it } from 'vitest';
import { isReviewOverdue, reviewDueDate } from '../../src/lib/review.ts';
import { cardRows, unlistedCardSources } from '../../src/lib/guide-card.ts';
import { feedbackHref } from '../../src/lib/feedback.ts';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('review due', () => {
	it('falls due the configured number of months after the last review', () => {
		expect(reviewDueDate(d('2026-11-25'), 12).toISOString().slice(0, 10)).toBe('2027-11-25');
		expect(reviewDueDate(d('2026-11-25'), 6).toISOString().slice(0, 10)).toBe('2027-05-25');
	});
	it('clamps to the end of a shorter month', () => {
		expect(reviewDueDate(d('2027-01-31'), 1).toISOString().slice(0, 10)).toBe('2027-02-28');
		expect(reviewDueDate(d('2027-08-31'), 6).toISOString().slice(0, 10)).toBe('2028-02-29');
	});
	it('is overdue from the due date on, not before', () => {
		expect(isReviewOverdue(d('2026-11-25'), 12, d('2027-11-24'))).toBe(false);
		expect(isReviewOverdue(d('2026-11-25'), 12, d('2027-11-25'))).toBe(true);
		expect(isReviewOverdue(d('2024-01-10'), 12, d('2026-11-25'))).toBe(true);
	});
});

describe('guide card', () => {
	const sources = [{ url: 'https://a.example/1' }, { url: 'https://b.example/2' }];
	it('shows only the fields present, in a fixed order, with the number of their source', () => {
		const rows = cardRows(
			{
				fees: { text: 'Free of charge', source: 'https://b.example/2' },
				processingTime: { text: '7 working days', source: 'https://a.example/1' },
			},
			sources
		);
		expect(rows.map((r) => [r.field, r.text, r.sourceNumber])).toEqual([
			['processingTime', '7 working days', 1],
			['fees', 'Free of charge', 2],
		]);
	});
	it('has no rows without a card', () => expect(cardRows(undefined, sources)).toEqual([]));
	it('keeps the link of the online channel', () => {
		const [row] = cardRows({ online: { text: 'Single Window', url: 'https://c.example/', source: 'https://a.example/1' } }, sources);
		expect(row!.url).toBe('https://c.example/');
	});
	it('refuses a fact whose source is not listed', () => {
		expect(unlistedCardSources({ fees: { text: 'Free', source: 'https://x.example/' } }, sources)).toEqual([['fees', 'source']]);
		expect(() => cardRows({ fees: { text: 'Free', source: 'https://x.example/' } }, sources)).toThrow(/card\.fees/);
	});
	it('checks the source of an office’s counter too, by its place in the list', () => {
		const card = {
			offices: [
				{ office: { id: 'a' }, counter: { text: 'Windows 1–2', source: 'https://a.example/1' } },
				{ office: { id: 'b' }, counter: { text: 'Window 9', source: 'https://x.example/' } },
			],
		};
		expect(unlistedCardSources(card, sources)).toEqual([['offices', 1, 'counter', 'source']]);
	});
});

describe('feedback link', () => {
	const template = 'Page: https://site.example/ar/guides/\nLanguage: ar\n\nWhat is wrong:\n{{text}}';
	it('prefills an email with the page, the locale and the reader’s words', () => {
		const href = feedbackHref({ email: 'editors@site.example' }, 'Problem', template, 'الرسوم قديمة');
		expect(href.startsWith('mailto:editors@site.example?subject=Problem&body=')).toBe(true);
		const body = decodeURIComponent(href.split('body=')[1]!);
		expect(body).toContain('https://site.example/ar/guides/');
		expect(body).toContain('Language: ar');
		expect(body).toContain('الرسوم قديمة');
		expect(body).toContain('\r\n');
		expect(href).not.toContain('+');
	});
	it('uses the issue form when one is configured', () => {
		const href = new URL(feedbackHref({ email: 'x@y.z', url: 'https://git.example/o/r/issues/new' }, 'Problem', template, 'old fee'));
		expect(href.searchParams.get('title')).toBe('Problem');
		expect(href.searchParams.get('body')).toContain('old fee');
	});
});
