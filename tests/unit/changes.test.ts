import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { allChanges, atomFeed, changesMissingFrom, lastChange, newestFirst, pageEntries, type Change } from '../../src/lib/changes.ts';
import { withChanges } from '../../src/lib/translation-status.ts';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const history: Change[] = [
	{ date: d('2026-11-20'), firstPublished: true },
	{ date: d('2026-12-06'), summary: 'Address corrected.' },
	{ date: d('2026-11-28'), summary: 'Fees added.' },
];

describe('change history', () => {
	it('lists changes newest first and knows the last one', () => {
		expect(newestFirst(history).map((c) => c.summary ?? 'first')).toEqual(['Address corrected.', 'Fees added.', 'first']);
		expect(lastChange(history)?.summary).toBe('Address corrected.');
		expect(lastChange([])).toBeUndefined();
	});
	it('tells which English changes a translation lacks, never the English publication date', () => {
		const translation: Change[] = [
			{ date: d('2026-11-22'), firstPublished: true },
			{ date: d('2026-11-28'), summary: 'Frais ajoutés.' },
		];
		expect(changesMissingFrom(history, translation).map((c) => c.summary)).toEqual(['Address corrected.']);
		expect(changesMissingFrom(history, [...translation, { date: d('2026-12-06'), summary: 'Adresse corrigée.' }])).toEqual([]);
	});
	it('adds the missing entries to a translation’s frontmatter, creating the list after lastReviewed', () => {
		const page = '---\ntitle: T\nlastReviewed: 2026-12-06\nsources: []\n---\n\nText.\n';
		const once = withChanges(page, [{ date: '2026-12-06', summary: 'Address "corrected".' }]);
		expect(once).toContain(
			'lastReviewed: 2026-12-06\nchanges:\n  - date: 2026-12-06\n    summary: "Address \\"corrected\\"."\nsources: []'
		);
		const twice = withChanges(once, [{ date: '2026-12-07', summary: 'More.' }]);
		expect(twice).toContain('    summary: "Address \\"corrected\\"."\n  - date: 2026-12-07\n    summary: "More."\nsources: []');
	});
	it('merges every page’s changes for the what’s-new page, newest first', () => {
		const pages = [
			{ pageId: 'guides/a', title: 'A', href: '/guides/a/', changes: history, fallback: false },
			{ pageId: 'guides/b', title: 'B', href: '/guides/b/', changes: [{ date: d('2026-12-01'), summary: 'New.' }], fallback: false },
		];
		expect(allChanges(pages).map(({ page, change }) => `${page.title} ${change.date.toISOString().slice(0, 10)}`)).toEqual([
			'A 2026-12-06',
			'B 2026-12-01',
			'A 2026-11-28',
			'A 2026-11-20',
		]);
	});
});

describe('Atom feeds', () => {
	const xml = atomFeed({
		id: 'https://example.org/changes.xml',
		title: 'Changes & updates <test>',
		self: 'https://example.org/changes.xml',
		alternate: 'https://example.org/whats-new/',
		lang: 'ar',
		author: 'Shenzhen Gateway',
		entries: pageEntries({ title: 'تصريح العمل', url: 'https://example.org/ar/guides/work-permit/', changes: history }, 'نُشر لأول مرة'),
	});
	const parsed = new XMLParser({ ignoreAttributes: false }).parse(xml);
	it('is well-formed XML in the Atom namespace with the elements RFC 4287 requires', () => {
		expect(XMLValidator.validate(xml)).toBe(true);
		expect(parsed.feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
		for (const field of ['id', 'title', 'updated', 'author']) expect(parsed.feed[field]).toBeDefined();
		expect(parsed.feed.title).toBe('Changes & updates <test>');
		expect(parsed.feed.updated).toBe('2026-12-06T00:00:00.000Z');
	});
	it('gives a page published and changed on the same day two distinct entry ids', () => {
		const sameDay = pageEntries(
			{
				title: 'T',
				url: 'https://example.org/t/',
				changes: [
					{ date: d('2026-12-06'), firstPublished: true },
					{ date: d('2026-12-06'), summary: 'Fixed.' },
				],
			},
			'First published'
		);
		expect(new Set(sameDay.map((e) => e.id)).size).toBe(2);
	});
	it('has one entry per change, newest first, each with a unique id, a link, a date and a summary', () => {
		const entries = parsed.feed.entry as { id: string; updated: string; summary: string; link: { '@_href': string } }[];
		expect(entries.map((e) => e.summary)).toEqual(['Address corrected.', 'Fees added.', 'نُشر لأول مرة']);
		expect(new Set(entries.map((e) => e.id)).size).toBe(3);
		for (const e of entries) {
			expect(e.link['@_href']).toBe('https://example.org/ar/guides/work-permit/');
			expect(Number.isNaN(Date.parse(e.updated))).toBe(false);
		}
	});
});
