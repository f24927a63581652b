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
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';
import { LOCALE_CODES } from '../src/lib/locale.ts';

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

/** Phases of `astro build`, each ending when its line appears in the output. */
const PHASES: [name: string, endsAt: RegExp][] = [
	['setup + content sync', /\[build\] ✓ Completed in/],
	['bundle (Vite)', /\[vite\] ✓ built in/],
	['render pages', /^\s*.*✓ Completed in/m],
	['search index (Pagefind)', /Finished building search index/],
	['sitemap + post-build pass', /check links: the links of|\d+ page\(s\) built in/],
];

async function timedBuild(cwd: string) {
	// Every build starts cold: Astro's content cache lives in node_modules/.astro, which the
	// throwaway projects share with this one through their node_modules link.
	rmSync(join(ROOT, 'node_modules/.astro'), { recursive: true, force: true });
	const started = performance.now();
	const child = spawn(join(ROOT, 'node_modules/.bin/astro'), ['build'], {
		cwd,
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', PATH: `${join(ROOT, 'node_modules/.bin')}:${process.env.PATH}` },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let output = '';
	let peak = 0;
	let phasePeak = 0;
	const phases: { name: string; seconds: number; peakMiB: number }[] = [];
	let phaseStart = 0;
	let phaseMark = 0;
	const onOutput = (d: Buffer) => {
		output += d;
		const now = (performance.now() - started) / 1000;
		// Later phases' lines can arrive in the same chunk as earlier ones: close each in order.
		while (phases.length < PHASES.length && PHASES[phases.length]![1].test(output.slice(phaseMark))) {
			const [name, re] = PHASES[phases.length]!;
			phaseMark += output.slice(phaseMark).search(re) + 1;
			phases.push({ name, seconds: now - phaseStart, peakMiB: phasePeak });
			phaseStart = now;
			phasePeak = 0;
		}
	};
	child.stdout.on('data', onOutput);
	child.stderr.on('data', onOutput);
	const timer = setInterval(() => {
		try {
			const rss = treeRssMiB(child.pid!);
			peak = Math.max(peak, rss);
			phasePeak = Math.max(phasePeak, rss);
		} catch {
			/* the process ended between samples */
		}
	}, 100);
	const code: number = await new Promise((res) => child.on('close', res));
	clearInterval(timer);
	if (code !== 0) throw new Error(`astro build failed in ${cwd}:\n${output.slice(-3000)}`);
	const seconds = (performance.now() - started) / 1000;
	const pages = Number(output.match(/(\d+) page\(s\) built/)?.[1] ?? 0);
	return { seconds, pages, pagesPerSecond: pages / seconds, peakMiB: peak, phases };
}

type Build = Awaited<ReturnType<typeof timedBuild>>;

/** Where the time and memory of a build went, one line per phase. */
function printPhases(build: Build, other?: Build) {
	for (const [i, phase] of build.phases.entries()) {
		const theirs = other?.phases[i];
		const side = theirs ? `   stock ${pad(fmt(theirs.seconds), 6)} s, peak ${pad(Math.round(theirs.peakMiB), 5)} MiB` : '';
		console.log(`  ${phase.name.padEnd(26)}${pad(fmt(phase.seconds), 7)} s, peak ${pad(Math.round(phase.peakMiB), 5)} MiB${side}`);
	}
}

const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).byteLength;
const br = (file: string) => brotliCompressSync(readFileSync(file), { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11 } }).byteLength;

/** Modules a script loads before it runs: its static imports, transitively (not `import()`). */
function staticImports(dist: string, entries: string[]): string[] {
	const seen = new Set<string>();
	const queue = [...entries];
	while (queue.length) {
		const url = queue.pop()!;
		if (seen.has(url) || !url.endsWith('.js')) continue;
		seen.add(url);
		const code = readFileSync(join(dist, url), 'utf8');
		for (const m of code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g))
			queue.push(new URL(m[1]!, `http://site${url}`).pathname);
	}
	return [...seen];
}

/** Starlight's search button and dialog: loaded on every page, outside the budget ("excluding search"). */
const isSearch = (url: string) => /\/Search\.astro_astro_type_script|^\/pagefind\//.test(url);

/** First-load bytes of a built page: its HTML, stylesheets, and the scripts (with their imports) it runs up front. */
function pageWeight(dist: string, urlPath: string) {
	const htmlFile = join(dist, urlPath, 'index.html');
	const html = readFileSync(htmlFile, 'utf8');
	const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => m[1]!);
	const entries = [
		...html.matchAll(/<script[^>]+src="([^"]+)"/g),
		...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
	].map((m) => m[1]!);
	const js = staticImports(
		dist,
		entries.filter((e) => !isSearch(e))
	);
	const searchOnly = staticImports(dist, entries.filter(isSearch)).filter((f) => !js.includes(f));
	const sum = (files: string[], size: (file: string) => number) => [...new Set(files)].reduce((n, f) => n + size(join(dist, f)), 0);
	const kb = (b: number) => b / 1024;
	return {
		html: kb(gz(htmlFile)),
		css: kb(sum(css, gz)),
		js: kb(sum(js, gz)),
		searchJs: kb(sum(searchOnly, gz)),
		brotliTotal: kb(br(htmlFile) + sum(css, br) + sum(js, br)),
	};
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
		// default sidebar would list all of them on every page and measure something else. A `site`
		// URL as every deployed site has (ours too): Starlight then writes canonical and hreflang
		// links and a sitemap, as it does for us.
		`import { defineConfig } from 'astro/config';\nimport starlight from '@astrojs/starlight';\nexport default defineConfig({ site: 'https://stock.example', integrations: [starlight({ title: 'Stock', sidebar: [{ label: 'Home', link: '/' }], defaultLocale: 'root', locales: ${JSON.stringify(
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
	console.log(
		`stock Starlight: ${stock.pages} pages in ${fmt(stock.seconds)} s = ${fmt(stock.pagesPerSecond)} pages/s, peak RSS ${Math.round(stock.peakMiB)} MiB`
	);
	rmSync(dir, { recursive: true, force: true });
	process.exit(0);
}

const build = await timedBuild(ROOT);
console.log(
	`build (real site): ${build.pages} pages in ${fmt(build.seconds)} s = ${fmt(build.pagesPerSecond)} pages/s, peak RSS ${Math.round(build.peakMiB)} MiB`
);
printPhases(build);
console.log('');

console.log('first-load weight, KB (budget: total ≤ 30, JS ≤ 10; images and search excluded)');
console.log('gzip -9 per file, as any static host can serve; brotli 11 as hosts that precompress serve it.');
console.log('JS counts every module a page loads up front with its static imports; the search button');
console.log("and dialog script (Starlight's, on every page) is outside the budget and shown on its own.");
console.log(
	`${'template'.padEnd(20)}${pad('HTML', 7)}${pad('CSS', 7)}${pad('JS', 7)}${pad('gzip', 8)}${pad('brotli', 8)}${pad('search', 8)}  verdict (gzip)`
);
for (const [name, path] of TEMPLATES) {
	if (!existsSync(join(ROOT, 'dist', path, 'index.html'))) {
		console.log(`${name.padEnd(20)}  (not built)`);
		continue;
	}
	const w = pageWeight(join(ROOT, 'dist'), path);
	const total = w.html + w.css + w.js;
	const ok = total <= BUDGET.totalKB && w.js <= BUDGET.jsKB;
	console.log(
		`${name.padEnd(20)}${pad(fmt(w.html), 7)}${pad(fmt(w.css), 7)}${pad(fmt(w.js), 7)}${pad(fmt(total), 8)}${pad(fmt(w.brotliTotal), 8)}${pad(fmt(w.searchJs), 8)}  ${ok ? 'within budget' : 'OVER budget'}`
	);
}

const scaleArg = process.argv.indexOf('--scale');
if (scaleArg > 0) {
	const perLocale = Number(process.argv[scaleArg + 1] ?? 1000);
	const dir = scaleProject(perLocale);
	const scaled = await timedBuild(dir);
	console.log(
		`\nscale test (+${perLocale} pages × ${LOCALE_CODES.length} locales): ${scaled.pages} pages in ${fmt(scaled.seconds)} s = ${fmt(scaled.pagesPerSecond)} pages/s, peak RSS ${Math.round(scaled.peakMiB)} MiB (budget ≥ 60 pages/s: ${scaled.pagesPerSecond >= 60 ? 'met' : 'missed'}; ≤ 3072 MiB: ${scaled.peakMiB <= 3072 ? 'met' : 'missed'})`
	);
	rmSync(dir, { recursive: true, force: true });
	const stockDir = stockProject(perLocale);
	const stock = await timedBuild(stockDir);
	console.log(
		`stock Starlight, same pages: ${stock.pages} pages in ${fmt(stock.seconds)} s = ${fmt(stock.pagesPerSecond)} pages/s, peak RSS ${Math.round(stock.peakMiB)} MiB (the same absolute budget: ${stock.pagesPerSecond >= 60 ? 'met' : 'missed'}, ${stock.peakMiB <= 3072 ? 'met' : 'missed'})`
	);
	console.log('where the time and memory go (ours, then stock):');
	printPhases(scaled, stock);
	// "Our components may cost at most a quarter" of stock Starlight's speed and memory.
	const speed = scaled.pagesPerSecond / stock.pagesPerSecond;
	const memory = scaled.peakMiB / stock.peakMiB;
	const verdict = (ok: boolean) => (ok ? 'within budget' : 'OVER budget');
	console.log(
		`ratio ours / stock: speed ${speed.toFixed(2)}× (budget ≥ 0.75×: ${verdict(speed >= 0.75)}), memory ${memory.toFixed(2)}× (budget ≤ 1.25×: ${verdict(memory <= 1.25)})`
	);
	rmSync(stockDir, { recursive: true, force: true });
}
console.log(`\nmeasured ${new Date().toISOString()}`);
