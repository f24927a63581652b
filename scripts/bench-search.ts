// `npm run bench:search`: what searching costs a reader, per locale, on the built site (run
// `npm run build` first). For each locale, in a fresh browser profile, as a reader does it: open a
// guide, open the search dialog, type a first query and wait for the results (cold: the search
// script, Pagefind, its wasm, the index chunks and the shown results' fragments), then type a second
// query (only what it adds). Counts every byte fetched after the page has loaded, as sent on the
// wire (the preview server compresses as a static host does; Pagefind's index files are already
// gzip-compressed), split by kind, against the budgets: first query ≤ 100 KB, next ≤ 30 KB.
import { spawn } from 'node:child_process';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_PATH } from './ensure-chromium.mjs';

const BUDGET = { firstKB: 100, nextKB: 30 };
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

const kindOf = (path: string) =>
	path.match(/^\/pagefind\/(index|fragment|filter)\//)?.[1] ??
	(path.includes('wasm') ? 'wasm' : path.startsWith('/pagefind/') ? (path.endsWith('.js') ? 'pagefind js' : 'meta') : 'site js');

/** Bytes on the wire per kind of file, for the requests a step makes. */
function meter(page: Page) {
	let pending: Promise<void>[] = [];
	let parts: Record<string, number> = {};
	page.on('requestfinished', (request) => {
		pending.push(
			request.sizes().then((sizes) => {
				const kind = kindOf(new URL(request.url()).pathname);
				parts[kind] = (parts[kind] ?? 0) + sizes.responseBodySize;
			})
		);
	});
	return {
		reset() {
			pending = [];
			parts = {};
		},
		async read() {
			await page.waitForLoadState('networkidle');
			await Promise.all(pending);
			const total = Object.values(parts).reduce((a, b) => a + b, 0) / 1024;
			const detail = Object.entries(parts)
				.sort(([, a], [, b]) => b - a)
				.map(([k, v]) => `${k} ${(v / 1024).toFixed(1)}`)
				.join(', ');
			return { total, detail };
		},
	};
}

async function query(page: Page, text: string) {
	const started = Date.now();
	const input = page.locator('#sg-dialog-q');
	await input.fill(text);
	await page.locator('.sg-dialog-results .sg-search-status', { hasText: /\d|«|“|「|‘|„/ }).waitFor();
	await page
		.locator('.sg-dialog-results .sg-result')
		.first()
		.waitFor({ timeout: 3000 })
		.catch(() => undefined);
	return { ms: Date.now() - started, count: await page.locator('.sg-dialog-results .sg-result').count() };
}

console.log(
	`search cost per locale: bytes fetched after the page loaded; budgets: first query ≤ ${BUDGET.firstKB} KB, next ≤ ${BUDGET.nextKB} KB`
);
console.log(
	`${'locale'.padEnd(7)}${'first KB'.padStart(9)}${'ms'.padStart(6)}${'next KB'.padStart(9)}${'ms'.padStart(6)}  shown   first query: where the bytes went`
);
let worst = { first: 0, next: 0 };
for (const [locale, [first, second]] of Object.entries(QUERIES)) {
	const context = await browser.newContext();
	const page = await context.newPage();
	const bytes = meter(page);
	await page.goto(`http://127.0.0.1:${PORT}${locale === 'en' ? '' : `/${locale}`}/guides/work-permit/`);
	await page.waitForLoadState('networkidle');
	bytes.reset();
	await page.locator('button[data-open-modal]').click();
	const a = await query(page, first);
	const one = await bytes.read();
	bytes.reset();
	const b = await query(page, second);
	const two = await bytes.read();
	worst = { first: Math.max(worst.first, one.total), next: Math.max(worst.next, two.total) };
	console.log(
		`${locale.padEnd(7)}${one.total.toFixed(1).padStart(9)}${String(a.ms).padStart(6)}${two.total.toFixed(1).padStart(9)}${String(b.ms).padStart(6)}  ${String(a.count).padStart(2)}/${String(b.count).padEnd(2)}   ${one.detail}`
	);
	await context.close();
}
const verdict = (ok: boolean) => (ok ? 'within budget' : 'OVER budget');
console.log(
	`\nworst: first ${worst.first.toFixed(1)} KB (${verdict(worst.first <= BUDGET.firstKB)}), next ${worst.next.toFixed(1)} KB (${verdict(worst.next <= BUDGET.nextKB)}); measured ${new Date().toISOString()}`
);
await browser.close();
server.kill();
