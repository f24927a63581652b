// `npm run sources:check`: fetches every official page the site cites (guide and policy sources,
// card services, agency and office websites and sources), a few at a time, with a timeout and
// retries, and records what it found in content/source-status.json: HTTP status, where the URL now
// leads, a fingerprint of the page's main text and when it was checked. It reports, page by page,
// sources that broke, moved or whose text changed since an editor last accepted them.
//   -- --update            accept the current state of every reachable source
//   -- --concurrency 6 --timeout 15000 --retries 2 --content content --report content/source-status.json
// Exit codes: 0 all fine, 1 some sources need attention, 3 no network (nothing recorded).
// It never runs as part of `npm test`.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { accept, judge, mapLimited, problemsByPage, type Fetched, type SourceRecord, type SourceReport } from '../src/lib/source-watch.ts';
import { citedSources, readSourceReport, SOURCE_REPORT } from '../src/readers/cited-sources.ts';

const { values } = parseArgs({
	options: {
		update: { type: 'boolean', default: false },
		concurrency: { type: 'string', default: '6' },
		timeout: { type: 'string', default: '15000' },
		retries: { type: 'string', default: '2' },
		content: { type: 'string', default: 'content' },
		report: { type: 'string' },
	},
});
const reportFile = values.report ?? (values.content === 'content' ? SOURCE_REPORT : `${values.content}/source-status.json`);
const timeout = Number(values.timeout);
const retries = Number(values.retries);

/** One URL, following redirects; retried on network errors and 5xx. */
async function fetchSource(url: string): Promise<Fetched> {
	let last: Fetched = { error: 'not tried' };
	for (let attempt = 0; attempt <= retries; attempt++) {
		try {
			const res = await fetch(url, {
				redirect: 'follow',
				signal: AbortSignal.timeout(timeout),
				headers: { 'user-agent': 'ShenzhenGateway-SourceWatch/1 (checks cited official pages weekly)', accept: 'text/html,*/*' },
			});
			const body = await res.text();
			last = { status: res.status, finalUrl: res.url || url, body };
			if (res.status < 500) return last;
		} catch (err) {
			const cause = (err as { cause?: { code?: string } }).cause?.code;
			last = { error: (err as Error).name === 'TimeoutError' ? `timed out after ${timeout} ms` : (cause ?? (err as Error).message) };
		}
	}
	return last;
}

const sources = citedSources(values.content);
const previous = new Map((readSourceReport(reportFile)?.sources ?? []).map((s) => [s.url, s]));
const now = new Date();
console.log(`Checking ${sources.size} cited pages (${values.concurrency} at a time, ${timeout} ms timeout, ${retries} retries)…`);
const records: SourceRecord[] = await mapLimited([...sources], Number(values.concurrency), async ([url, citedBy]) =>
	judge(url, citedBy, await fetchSource(url), previous.get(url), now)
);

if (records.length > 0 && records.every((r) => r.state === 'unreachable')) {
	console.error('No network: not one cited page could be reached, so nothing was recorded. Run the check where the internet is reachable.');
	process.exit(3);
}

const report: SourceReport = { checked: now.toISOString(), sources: values.update ? records.map(accept) : records };
writeFileSync(reportFile, JSON.stringify(report, null, '\t') + '\n');

const problems = problemsByPage(report);
for (const [page, list] of problems) {
	console.log(`\n${page}`);
	for (const s of list)
		console.log(`  ${s.state.padEnd(11)} ${s.url}${s.state === 'moved' ? ` → ${s.finalUrl}` : ''}${s.error ? ` (${s.error})` : ''}`);
}
const count = (state: string) => report.sources.filter((s) => s.state === state).length;
console.log(
	`\n${report.sources.length} sources: ${count('ok')} fine, ${count('broken')} broken, ${count('moved')} moved, ${count('changed')} changed, ${count('unreachable')} unreachable. Report: ${reportFile}` +
		(values.update
			? ' (current state accepted)'
			: problems.size
				? '\nReview the pages above, then run `npm run sources:check -- --update` to accept the new state.'
				: '')
);
process.exit(problems.size ? 1 : 0);
