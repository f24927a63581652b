// `npm run bench`: measures, does not judge. Prints
//  1. the production build: wall time, pages, pages/second, peak memory (RSS of the whole
//     process tree, sampled every 100 ms);
//  2. first-load weight of one page per template: HTML, CSS and JS, gzip-compressed, against the
//     budget (≤ 30 KB total, ≤ 10 KB JS; images and search excluded);
//  3. with `--scale N`: the same build with N generated pages in each of the 11 locales, in a
//     throwaway copy under .tmp/ (never committed).
import { spawn, execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { LOCALE_CODES } from '../src/lib/locales.ts';

const ROOT = resolve(import.meta.dirname, '..');
const BUDGET = { totalKB: 30, jsKB: 10 };

/** Peak RSS (MiB) of a process and all its descendants, sampled while it runs. */
function treeRssMiB(pid: number): number {
	const table = execFileSync('ps', ['-eo', 'pid=,ppid=,rss='], { encoding: 'utf8' })
		.trim()
		.split('\n')
		.map((l) => l.trim().split(/\s+/).map(Number) as [number, number, number]);
	const kids = new Map<number, number[]>();
	for (const [p, pp] of table) kids.set(pp, [...(kids.get(pp) ?? []), p]);
	const rss = new Map(table.map(([p, , r]) => [p, r]));
	let total = 0;
	const stack = [pid];
	while (stack.length) {
		const p = stack.pop()!;
		total += rss.get(p) ?? 0;
		stack.push(...(kids.get(p) ?? []));
	}
	return total / 1024;
}

async function timedBuild(cwd: string) {
	const started = performance.now();
	const child = spawn(join(ROOT, 'node_modules/.bin/astro'), ['build'], {
		cwd,
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let output = '';
	child.stdout.on('data', (d) => (output += d));
	child.stderr.on('data', (d) => (output += d));
	let peak = 0;
	const timer = setInterval(() => {
		try {
			peak = Math.max(peak, treeRssMiB(child.pid!));
		} catch {
			/* the process ended between samples */
		}
	}, 100);
	const code: number = await new Promise((res) => child.on('close', res));
	clearInterval(timer);
	if (code !== 0) throw new Error(`astro build failed in ${cwd}:\n${output.slice(-3000)}`);
	const seconds = (performance.now() - started) / 1000;
	const pages = Number(output.match(/(\d+) page\(s\) built/)?.[1] ?? 0);
	return { seconds, pages, pagesPerSecond: pages / seconds, peakMiB: peak };
}

const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).byteLength;

/** First-load bytes of a built page: its HTML, stylesheets, and scripts it loads up front. */
function pageWeight(dist: string, urlPath: string) {
	const htmlFile = join(dist, urlPath, 'index.html');
	const html = readFileSync(htmlFile, 'utf8');
	const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => m[1]!);
	const js = [
		...html.matchAll(/<script[^>]+src="([^"]+)"/g),
		...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
	].map((m) => m[1]!);
	const inlineJs = [...html.matchAll(/<script(?![^>]*src=)[^>]*>([\s\S]*?)<\/script>/g)].reduce((n, m) => n + m[1]!.length, 0);
	const sum = (files: string[]) => [...new Set(files)].reduce((n, f) => n + gz(join(dist, f)), 0);
	const kb = (b: number) => b / 1024;
	return { html: kb(gz(htmlFile)), css: kb(sum(css)), js: kb(sum(js)), inlineJsRawKB: kb(inlineJs) };
}

const TEMPLATES: [string, string][] = [
	['home', '/'],
	['home (zh-cn)', '/zh-cn/'],
	['home (ar)', '/ar/'],
	['plan overview', '/plan/'],
	['area', '/plan/pillars/innovation-ecosystem/'],
	['task', '/plan/tasks/talent-services/'],
	['agency directory', '/agencies/'],
	['agency', '/agencies/commerce/'],
	['who does what', '/plan/who-does-what/'],
	['guide', '/guides/work-permit/'],
	['guide (zh-cn)', '/zh-cn/guides/work-permit/'],
	['guides index', '/guides/'],
	['policy', '/policies/negative-list/'],
	['policies index', '/policies/'],
	['self-check', '/guides/work-permit/self-check/'],
	['guide (ar)', '/ar/guides/work-permit/'],
	['search page', '/search/'],
	['translation status', '/translation-status/'],
];

function scaleProject(perLocale: number) {
	mkdirSync(join(ROOT, '.tmp'), { recursive: true });
	const dir = join(ROOT, '.tmp', `bench-scale-${perLocale}`);
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir);
	for (const entry of ['node_modules', 'src', 'locales', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'])
		symlinkSync(join(ROOT, entry), join(dir, entry));
	cpSync(join(ROOT, 'content'), join(dir, 'content'), { recursive: true });
	for (const locale of LOCALE_CODES) {
		const folder = join(dir, 'content/docs', locale, 'bench');
		mkdirSync(folder, { recursive: true });
		for (let i = 0; i < perLocale; i++)
			writeFileSync(
				join(folder, `page-${i}.mdx`),
				`---\ntitle: Scale test page ${i}\ndescription: Generated for the build benchmark.\n---\n\n## Section\n\nParagraph ${i} with some text to index.\n\n- one\n- two\n`
			);
	}
	return dir;
}

/** A stock Starlight site (default components, same 11 locales) with the same generated pages. */
function stockProject(perLocale: number) {
	const dir = join(ROOT, '.tmp', `bench-stock-${perLocale}`);
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(join(dir, 'src'), { recursive: true });
	symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
	// Same dependencies as ours, so Vite bundles Starlight the same way (it reads them from here).
	const { dependencies } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
	writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'stock', type: 'module', private: true, dependencies }));
	writeFileSync(
		join(dir, 'astro.config.mjs'),
		// A fixed one-link sidebar, like ours (which does not list the generated pages): Starlight's
		// default sidebar would list all of them on every page and measure something else.
		`import { defineConfig } from 'astro/config';\nimport starlight from '@astrojs/starlight';\nexport default defineConfig({ integrations: [starlight({ title: 'Stock', sidebar: [{ label: 'Home', link: '/' }], defaultLocale: 'root', locales: ${JSON.stringify(
			Object.fromEntries(LOCALE_CODES.map((c) => [c === 'en' ? 'root' : c, { label: c, lang: c === 'en' ? 'en' : c }]))
		)} })] });\n`
	);
	writeFileSync(
		join(dir, 'src/content.config.ts'),
		"import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n"
	);
	for (const locale of LOCALE_CODES) {
		const base = join(dir, 'src/content/docs', locale === 'en' ? '' : locale);
		mkdirSync(join(base, 'bench'), { recursive: true });
		writeFileSync(join(base, 'index.mdx'), '---\ntitle: Home\n---\n\nHome.\n');
		for (let i = 0; i < perLocale; i++)
			writeFileSync(
				join(base, 'bench', `page-${i}.mdx`),
				`---\ntitle: Scale test page ${i}\ndescription: Generated for the build benchmark.\n---\n\n## Section\n\nParagraph ${i} with some text to index.\n\n- one\n- two\n`
			);
	}
	return dir;
}

const pad = (s: string | number, n: number) => String(s).padStart(n);
const fmt = (n: number) => n.toFixed(1);

console.log('Shenzhen Gateway benchmark');
console.log(`machine: ${execFileSync('nproc', { encoding: 'utf8' }).trim()} cores, Node ${process.version}\n`);

// `--stock-only N`: just the stock Starlight side of the scale test (to re-measure it alone).
const stockOnly = process.argv.indexOf('--stock-only');
if (stockOnly > 0) {
	const dir = stockProject(Number(process.argv[stockOnly + 1] ?? 1000));
	const stock = await timedBuild(dir);
	console.log(`stock Starlight: ${stock.pages} pages in ${fmt(stock.seconds)} s = ${fmt(stock.pagesPerSecond)} pages/s, peak RSS ${Math.round(stock.peakMiB)} MiB`);
	rmSync(dir, { recursive: true, force: true });
	process.exit(0);
}

const build = await timedBuild(ROOT);
console.log(`build (real site): ${build.pages} pages in ${fmt(build.seconds)} s = ${fmt(build.pagesPerSecond)} pages/s, peak RSS ${Math.round(build.peakMiB)} MiB\n`);

console.log('first-load weight, KB gzip (budget: total ≤ 30, JS ≤ 10; images and search excluded)');
console.log(`${'template'.padEnd(20)}${pad('HTML', 7)}${pad('CSS', 7)}${pad('JS', 7)}${pad('total', 8)}  verdict`);
for (const [name, path] of TEMPLATES) {
	if (!existsSync(join(ROOT, 'dist', path, 'index.html'))) {
		console.log(`${name.padEnd(20)}  (not built)`);
		continue;
	}
	const w = pageWeight(join(ROOT, 'dist'), path);
	const total = w.html + w.css + w.js;
	const ok = total <= BUDGET.totalKB && w.js <= BUDGET.jsKB;
	console.log(`${name.padEnd(20)}${pad(fmt(w.html), 7)}${pad(fmt(w.css), 7)}${pad(fmt(w.js), 7)}${pad(fmt(total), 8)}  ${ok ? 'within budget' : 'OVER budget'}`);
}

const scaleArg = process.argv.indexOf('--scale');
if (scaleArg > 0) {
	const perLocale = Number(process.argv[scaleArg + 1] ?? 1000);
	const dir = scaleProject(perLocale);
	const scaled = await timedBuild(dir);
	console.log(
		`\nscale test (+${perLocale} pages × ${LOCALE_CODES.length} locales): ${scaled.pages} pages in ${fmt(scaled.seconds)} s = ${fmt(scaled.pagesPerSecond)} pages/s, peak RSS ${Math.round(scaled.peakMiB)} MiB (budget ≥ 60 pages/s, ≤ 3072 MiB)`
	);
	rmSync(dir, { recursive: true, force: true });
	const stockDir = stockProject(perLocale);
	const stock = await timedBuild(stockDir);
	console.log(
		`stock Starlight, same pages: ${stock.pages} pages in ${fmt(stock.seconds)} s = ${fmt(stock.pagesPerSecond)} pages/s, peak RSS ${Math.round(stock.peakMiB)} MiB`
	);
	console.log(
		`ratio ours / stock: speed ${(scaled.pagesPerSecond / stock.pagesPerSecond).toFixed(2)}×, memory ${(scaled.peakMiB / stock.peakMiB).toFixed(2)}×`
	);
	rmSync(stockDir, { recursive: true, force: true });
}
console.log(`\nmeasured ${new Date().toISOString()}`);
