// `npm run bench:lighthouse`: Lighthouse (mobile preset) on the built site, driving Debian's
// Chromium: home, a guide and a task page in English and Simplified Chinese. Prints the four
// category scores per page against the 0.95 target. Run `npm run build` first.
import { spawn } from 'node:child_process';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { CHROMIUM_PATH } from './ensure-chromium.mjs';

const PORT = 4332;
const PAGES = [
	'/',
	'/guides/work-permit/',
	'/plan/tasks/talent-services/',
	'/zh-cn/',
	'/zh-cn/guides/work-permit/',
	'/zh-cn/plan/tasks/talent-services/',
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const server = spawn(process.execPath, ['scripts/serve.mjs', 'dist'], { env: { ...process.env, PORT: String(PORT) }, stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 800));
const chrome = await chromeLauncher.launch({
	chromePath: CHROMIUM_PATH,
	chromeFlags: [
		'--headless=new',
		'--no-sandbox',
		'--disable-gpu',
		'--no-first-run',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync',
	],
});
console.log(`Lighthouse ${'(mobile preset)'} — target ≥ 0.95 in every category`);
console.log(`${'page'.padEnd(36)}${CATEGORIES.map((c) => c.padStart(16)).join('')}`);
let below = 0;
try {
	for (const path of PAGES) {
		const result = await lighthouse(`http://127.0.0.1:${PORT}${path}`, {
			port: chrome.port,
			output: 'json',
			logLevel: 'error',
			onlyCategories: [...CATEGORIES],
		});
		const scores = CATEGORIES.map((c) => result!.lhr.categories[c]!.score ?? 0);
		below += scores.filter((s) => s < 0.95).length;
		console.log(`${path.padEnd(36)}${scores.map((s) => s.toFixed(2).padStart(16)).join('')}`);
		const failing = Object.values(result!.lhr.audits).filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode === 'binary');
		if (failing.length) console.log(`${''.padEnd(4)}failing audits: ${failing.map((a) => a.id).join(', ')}`);
	}
} finally {
	await chrome.kill();
	server.kill();
}
console.log(`\n${below} score(s) below 0.95; measured ${new Date().toISOString()}`);
