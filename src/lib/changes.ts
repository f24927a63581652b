/**
 * A page's change history (frontmatter `changes`), kept apart from its review date: a review checks
 * the facts against the sources, a change is what a reader who printed the page last month needs
 * to know. Pure functions; the feeds are Atom (RFC 4287).
 */
import { isoDate } from './format.ts';

export interface Change {
	date: Date;
	/** What changed, in the page's language; absent on the "first published" entry. */
	summary?: string;
	firstPublished?: boolean;
}

const day = (d: Date) => isoDate(d);

/** Newest first; on the same day, "first published" last. */
export function newestFirst<C extends Change>(changes: readonly C[]): C[] {
	return [...changes].sort(
		(a, b) => b.date.getTime() - a.date.getTime() || Number(Boolean(a.firstPublished)) - Number(Boolean(b.firstPublished))
	);
}

export const lastChange = (changes: readonly Change[]): Change | undefined => newestFirst(changes)[0];

/**
 * English changes a translation does not list (by date). A translation has its own "first
 * published" date, so the English one is never among them.
 */
export function changesMissingFrom(english: readonly Change[], translation: readonly Change[]): Change[] {
	const have = new Set(translation.filter((c) => !c.firstPublished).map((c) => day(c.date)));
	return newestFirst(english).filter((c) => !c.firstPublished && !have.has(day(c.date)));
}

export interface FeedEntry {
	/** Stable id: the page URL and the date of the change. */
	id: string;
	title: string;
	url: string;
	updated: Date;
	summary: string;
}

export interface Feed {
	id: string;
	title: string;
	/** The feed's own address and the page it is about. */
	self: string;
	alternate: string;
	lang: string;
	author: string;
	entries: readonly FeedEntry[];
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** An Atom feed document. `updated` is the newest entry's date (or 1 January 1970 for an empty feed). */
export function atomFeed(feed: Feed): string {
	// Newest first; on the same day by title, as the what's-new page lists them.
	const entries = [...feed.entries].sort((a, b) => b.updated.getTime() - a.updated.getTime() || a.title.localeCompare(b.title));
	const updated = (entries[0]?.updated ?? new Date(0)).toISOString();
	return [
		'<?xml version="1.0" encoding="utf-8"?>',
		`<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.lang)}">`,
		`<id>${escapeXml(feed.id)}</id>`,
		`<title>${escapeXml(feed.title)}</title>`,
		`<updated>${updated}</updated>`,
		`<author><name>${escapeXml(feed.author)}</name></author>`,
		`<link rel="self" type="application/atom+xml" href="${escapeXml(feed.self)}"/>`,
		`<link rel="alternate" type="text/html" href="${escapeXml(feed.alternate)}"/>`,
		...entries.map((e) =>
			[
				'<entry>',
				`<id>${escapeXml(e.id)}</id>`,
				`<title>${escapeXml(e.title)}</title>`,
				`<link rel="alternate" type="text/html" href="${escapeXml(e.url)}"/>`,
				`<updated>${e.updated.toISOString()}</updated>`,
				`<summary>${escapeXml(e.summary)}</summary>`,
				'</entry>',
			].join('')
		),
		'</feed>',
		'',
	].join('\n');
}

/** One feed entry per change of a page, most recent first. */
export function pageEntries(page: { title: string; url: string; changes: readonly Change[] }, firstPublished: string): FeedEntry[] {
	return newestFirst(page.changes).map((c) => ({
		// Unique per page even when a page was published and changed on the same day.
		id: c.firstPublished ? `${page.url}#published` : `${page.url}#change-${day(c.date)}`,
		title: page.title,
		url: page.url,
		updated: c.date,
		summary: c.firstPublished ? firstPublished : c.summary!,
	}));
}

export interface PageHistory {
	pageId: string;
	title: string;
	href: string;
	changes: readonly Change[];
	/** The history is the English page's: the reader's locale has no translation. */
	fallback: boolean;
}

/** Every change across pages, newest first, with the page it belongs to. */
export function allChanges(pages: readonly PageHistory[]): { page: PageHistory; change: Change }[] {
	return pages
		.flatMap((page) => page.changes.map((change) => ({ page, change })))
		.sort((a, b) => b.change.date.getTime() - a.change.date.getTime() || a.page.title.localeCompare(b.page.title));
}
