/**
 * Source watch: what became of each official page the site cites. Pure functions over what a
 * check found; `scripts/sources-check.ts` does the fetching and writes `content/source-status.json`.
 */
import { createHash } from 'node:crypto';

export type SourceState = 'ok' | 'broken' | 'moved' | 'changed' | 'unreachable';

export interface SourceRecord {
	url: string;
	/** Pages (content files) that cite it. */
	citedBy: string[];
	/** ISO date and time of the check. */
	checked: string;
	/** HTTP status of the last response; undefined when no response came (DNS, refused, timeout). */
	status?: number;
	/** Where the URL led after redirects. */
	finalUrl?: string;
	/** Fingerprint of the page's main text as found. */
	fingerprint?: string;
	/** The state an editor last accepted (`npm run sources:check -- --update`). */
	accepted?: { finalUrl?: string; fingerprint?: string };
	state: SourceState;
	/** Why, for broken and unreachable sources. */
	error?: string;
}

export interface SourceReport {
	/** When the last check ran. */
	checked: string;
	sources: SourceRecord[];
}

/** A fetch's outcome: a response (after redirects), or an error before any response. */
export type Fetched = { status: number; finalUrl: string; body: string } | { error: string };

/**
 * The main text of a page, for a fingerprint that ignores layout, scripts, navigation and the
 * counters and dates sites put in their headers and footers.
 */
export function mainText(html: string): string {
	const main = html.match(/<main\b[\s\S]*?<\/main>/i)?.[0] ?? html.match(/<body\b[\s\S]*<\/body>/i)?.[0] ?? html;
	return main
		.replace(/<(script|style|noscript|nav|header|footer|template)\b[\s\S]*?<\/\1>/gi, ' ')
		.replace(/<!--[\s\S]*?-->/g, ' ')
		.replace(/<[^>]+>/g, ' ')
		.replace(/&nbsp;|&#160;/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

export const fingerprintOf = (html: string) => createHash('sha256').update(mainText(html)).digest('hex').slice(0, 16);

/** URLs that mean the same page (scheme, trailing slash and default index aside). */
export function samePage(a: string, b: string): boolean {
	const norm = (u: string) => {
		try {
			const url = new URL(u);
			return `${url.hostname.replace(/^www\./, '')}${url.pathname.replace(/\/(index\.html?)?$/, '')}${url.search}`;
		} catch {
			return u;
		}
	};
	return norm(a) === norm(b);
}

/** What a check found for one source, against what was accepted before. */
export function judge(url: string, citedBy: string[], fetched: Fetched, previous: SourceRecord | undefined, now: Date): SourceRecord {
	const base = { url, citedBy, checked: now.toISOString(), accepted: previous?.accepted };
	if ('error' in fetched) return { ...base, state: 'unreachable', error: fetched.error };
	const fingerprint = fingerprintOf(fetched.body);
	const record: Omit<SourceRecord, 'state'> = { ...base, status: fetched.status, finalUrl: fetched.finalUrl, fingerprint };
	// A source seen for the first time: its text is accepted as it is; a redirect still counts as
	// moved until an editor accepts the new address.
	if (!record.accepted) record.accepted = { finalUrl: url, fingerprint };
	if (fetched.status >= 400) return { ...record, state: 'broken', error: `HTTP ${fetched.status}` };
	if (!samePage(fetched.finalUrl, url) && !samePage(fetched.finalUrl, record.accepted.finalUrl ?? url))
		return { ...record, state: 'moved' };
	if (record.accepted.fingerprint && record.accepted.fingerprint !== fingerprint) return { ...record, state: 'changed' };
	return { ...record, state: 'ok' };
}

/** Accept what was found: the current final URL and text become the reference. */
export const accept = (record: SourceRecord): SourceRecord =>
	record.state === 'unreachable' || record.state === 'broken'
		? record
		: { ...record, accepted: { finalUrl: record.finalUrl, fingerprint: record.fingerprint }, state: 'ok' };

/** Sources needing attention, grouped by the page that cites them. */
export function problemsByPage(report: SourceReport): Map<string, SourceRecord[]> {
	const byPage = new Map<string, SourceRecord[]>();
	for (const source of report.sources)
		if (source.state !== 'ok') for (const page of source.citedBy) byPage.set(page, [...(byPage.get(page) ?? []), source]);
	return new Map([...byPage].sort(([a], [b]) => a.localeCompare(b)));
}

/** Runs `task` over `items` with at most `limit` at a time, keeping the order of the results. */
export async function mapLimited<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
	const results: R[] = new Array(items.length);
	let next = 0;
	const worker = async () => {
		while (next < items.length) {
			const i = next++;
			results[i] = await task(items[i]!);
		}
	};
	await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
	return results;
}
