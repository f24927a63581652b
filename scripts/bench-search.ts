// `npm run bench:search`: what a first and a second search cost a reader, per locale, on the
// built site (run `npm run build` first). For each locale, in a fresh browser profile: open the
// search page, then run a first query (cold: Pagefind's script, wasm, metadata and index chunks)
// and a second one (only new chunks and fragments). Prints bytes fetched from /pagefind/ (as
// served: Pagefind's index files are already gzip-compressed; its JavaScript is counted gzipped)
// and the time from query to ready results (top 5 loaded), measured in the page.
import { spawn } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { CHROMIUM_PATH } from './ensure-chromium.mjs';

const PORT = 4331;
const QUERIES: Record<string, [string, string]> = {
	en: ['work permit', '9610'],
	'zh-cn': ['外国人工作许可', '商标侵权'],
	'zh-hk': ['工作許可', '跨境電商'],
	ja: ['就労許可', '商標'],
	ko: ['취업 허가', '9710'],
	fr: ['permis de travail', '9810'],
	de: ['Arbeitserlaubnis', '1210'],
	es: ['permiso de trabajo', 'marca'],
	pt: ['autorização de trabalho', '9610'],
	ru: ['разрешение на работу', 'таможня'],
	ar: ['تصريح عمل', '9610'],
};

const server = spawn(process.execPath, ['scripts/serve.mjs', 'dist'], { env: { ...process.env, PORT: String(PORT) }, stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 800));
const browser = await chromium.launch({
	executablePath: CHROMIUM_PATH,
	args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});

console.log(
	'search cost per locale (bytes from /pagefind/, time to top-5 results); targets: first ≤ 120 KB, next ≤ 30 KB, ≤ 150 ms after first load'
);
console.log(
	`${'locale'.padEnd(7)}${'first KB'.padStart(9)}${'first ms'.padStart(10)}${'next KB'.padStart(9)}${'next ms'.padStart(9)}  results`
);
let worst = { first: 0, next: 0, nextMs: 0 };
for (const [locale, [first, second]] of Object.entries(QUERIES)) {
	const context = await browser.newContext();
	const page = await context.newPage();
	let bytes = 0;
	let parts: Record<string, number> = {};
	page.on('response', async (res) => {
		const url = new URL(res.url());
		if (!url.pathname.startsWith('/pagefind/')) return;
		const body = await res.body().catch(() => Buffer.alloc(0));
		const size = url.pathname.endsWith('.js') ? gzipSync(body).byteLength : body.byteLength;
		bytes += size;
		const part =
			url.pathname.match(/\/(index|fragment|filter)\//)?.[1] ??
			(url.pathname.includes('wasm') ? 'wasm' : url.pathname.endsWith('.js') ? 'js' : 'meta');
		parts[part] = (parts[part] ?? 0) + size;
	});
	await page.goto(`http://127.0.0.1:${PORT}${locale === 'en' ? '' : `/${locale}`}/search/`);
	await page.waitForLoadState('networkidle');
	bytes = 0;
	parts = {};
	const run = (q: string) =>
		page.evaluate(async (q) => {
			const started = performance.now();
			const pagefind = await import(/* @vite-ignore */ '/pagefind/pagefind.js' as string);
			const search = await pagefind.search(q);
			await Promise.all(search.results.slice(0, 5).map((r: { data: () => Promise<unknown> }) => r.data()));
			return { ms: performance.now() - started, count: search.results.length as number };
		}, q);
	const a = await run(first);
	await page.waitForLoadState('networkidle');
	const firstKB = bytes / 1024;
	const firstParts = Object.entries(parts)
		.map(([k, v]) => `${k} ${(v / 1024).toFixed(0)}`)
		.join(', ');
	bytes = 0;
	const b = await run(second);
	await page.waitForLoadState('networkidle');
	const nextKB = bytes / 1024;
	worst = { first: Math.max(worst.first, firstKB), next: Math.max(worst.next, nextKB), nextMs: Math.max(worst.nextMs, b.ms) };
	console.log(
		`${locale.padEnd(7)}${firstKB.toFixed(1).padStart(9)}${a.ms.toFixed(0).padStart(10)}${nextKB.toFixed(1).padStart(9)}${b.ms.toFixed(0).padStart(9)}  ${a.count} / ${b.count}   first: ${firstParts}`
	);
	await context.close();
}
console.log(
	`\nworst: first ${worst.first.toFixed(1)} KB, next ${worst.next.toFixed(1)} KB, next query ${worst.nextMs.toFixed(0)} ms; measured ${new Date().toISOString()}`
);
await browser.close();
server.kill();
