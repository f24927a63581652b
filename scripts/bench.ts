// `npm run bench`: measures, does not judge. Prints
//  1. the production build (`npm run build`: `astro build`, then the search index in its own
//     process): wall time, pages, pages/second, peak memory (RSS of the whole process tree,
//     sampled every 100 ms);
//  2. first-load weight (HTML, CSS and the JS a page runs up front, gzip and brotli) of one page
//     per template, then of every page: the median against its budget (≤ 20 KB), every guide and
//     policy in every locale against theirs (≤ 30 KB), and stock Starlight's median measured the
//     same way in the same run (a stock site with the same 11 locales);
//  3. with `--scale N`: the same build with N generated pages in each of the 11 locales, in a
//     throwaway copy under .tmp/ (never committed).
import { spawn, execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';
import { LOCALE_CODES } from '../src/lib/locale.ts';

const ROOT = resolve(import.meta.dirname, '..');
const BUDGET = { medianKB: 20, guideKB: 30, jsKB: 10 };

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

/** A build's phases, each ending when its line appears in the output. */
type Phases = [name: string, endsAt: RegExp][];
const SETUP_TO_RENDER: Phases = [
	['setup + content sync', /\[build\] ✓ Completed in/],
	['bundle (Vite)', /\[vite\] ✓ built in/],
	['render pages', /^\s*.*✓ Completed in/m],
];
/** Stock Starlight: `astro build`, which runs Pagefind in its build step, before the sitemap. */
const STOCK: { command: string; phases: Phases } = {
	command: 'astro build',
	phases: [
		...SETUP_TO_RENDER,
		['post-build pass', /Building search index/], // stock has none: the phase ends at once
		['search index (Pagefind)', /Finished building search index/],
		['sitemap', /\d+ page\(s\) built in/],
	],
};
/** Ours: `npm run build`'s command (read from package.json), which indexes once `astro build` has exited. */
const OURS: { command: string; phases: Phases } = {
	command: JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts.build,
	phases: [
		...SETUP_TO_RENDER,
		['post-build pass', /check links: the links of/],
		['sitemap', /\d+ page\(s\) built in/],
		['search index (Pagefind)', /Finished building search index/],
	],
};

async function timedBuild(cwd: string, { command, phases: PHASES } = OURS) {
	// Every build starts cold: Astro's content cache lives in node_modules/.astro, which the
	// throwaway projects share with this one through their node_modules link.
	rmSync(join(ROOT, 'node_modules/.astro'), { recursive: true, force: true });
	const started = performance.now();
	const child = spawn('sh', ['-c', command], {
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
	if (code !== 0) throw new Error(`${command} failed in ${cwd}:\n${output.slice(-3000)}`);
	const seconds = (performance.now() - started) / 1000;
	const pages = Number(output.match(/(\d+) page\(s\) built/)?.[1] ?? 0);
	return { seconds, pages, pagesPerSecond: pages / seconds, peakMiB: peak, phases };
}

type Build = Awaited<ReturnType<typeof timedBuild>>;

/** Where the time and memory of a build went, one line per phase. */
function printPhases(build: Build, other?: Build) {
	for (const phase of build.phases) {
		const theirs = other?.phases.find((p) => p.name === phase.name);
		const side = theirs ? `   stock ${pad(fmt(theirs.seconds), 6)} s, peak ${pad(Math.round(theirs.peakMiB), 5)} MiB` : '';
		console.log(`  ${phase.name.padEnd(26)}${pad(fmt(phase.seconds), 7)} s, peak ${pad(Math.round(phase.peakMiB), 5)} MiB${side}`);
	}
}

const sizes = new Map<string, { gz: number; br: number }>();
/** gzip -9 and brotli 11 sizes of a file (shared files measured once). */
function sizeOf(file: string) {
	let size = sizes.get(file);
	if (!size) {
		const bytes = readFileSync(file);
		size = {
			gz: gzipSync(bytes, { level: 9 }).byteLength,
			br: brotliCompressSync(bytes, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11 } }).byteLength,
		};
		if (!file.endsWith('.html')) sizes.set(file, size);
	}
	return size;
}
const gz = (file: string) => sizeOf(file).gz;
const br = (file: string) => sizeOf(file).br;

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

/** First-load bytes of a built page: its HTML, stylesheets, and the scripts (with their imports) it runs up front. */
function pageWeight(dist: string, urlPath: string) {
	const htmlFile = join(dist, urlPath, 'index.html');
	const html = readFileSync(htmlFile, 'utf8');
	const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => m[1]!);
	const entries = [
		...html.matchAll(/<script[^>]+src="([^"]+)"/g),
		...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
	].map((m) => m[1]!);
	const js = staticImports(dist, entries);
	const sum = (files: string[], size: (file: string) => number) => [...new Set(files)].reduce((n, f) => n + size(join(dist, f)), 0);
	const kb = (b: number) => b / 1024;
	return {
		html: kb(gz(htmlFile)),
		css: kb(sum(css, gz)),
		js: kb(sum(js, gz)),
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
	for (const entry of ['node_modules', 'scripts', 'src', 'locales', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'])
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
	const stock = await timedBuild(dir, STOCK);
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

/** Every built page's URL path (folders holding an index.html). */
function allPages(dist: string): string[] {
	const out: string[] = [];
	const walk = (dir: string, url: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			if (!entry.isDirectory() || entry.name === '_astro' || entry.name === 'pagefind') continue;
			const path = `${url}${entry.name}/`;
			if (existsSync(join(dir, entry.name, 'index.html'))) out.push(path);
			walk(join(dir, entry.name), path);
		}
	};
	if (existsSync(join(dist, 'index.html'))) out.push('/');
	walk(dist, '/');
	return out;
}

const median = (values: number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/**
 * What a page's own content costs of its first load: the gzip bytes its `<main>` adds to the HTML
 * (its scripts aside, which every page has), and the words of that content alone, without markup.
 */
function contentWeight(dist: string, urlPath: string) {
	const html = readFileSync(join(dist, urlPath, 'index.html'), 'utf8');
	const start = html.indexOf('<main');
	const end = html.indexOf('</main>');
	const main = html.slice(start, end);
	const script = /<script\b[\s\S]*?<\/script>/g;
	const scripts = main.match(script) ?? [];
	const words = main
		.replace(script, '')
		.replace(/<[^>]+>/g, ' ')
		.replace(/\s+/g, ' ');
	const gzKB = (text: string) => gzipSync(text, { level: 9 }).byteLength / 1024;
	return { main: gzKB(html) - gzKB(html.slice(0, start) + scripts.join('') + html.slice(end)), words: gzKB(words) };
}

/** First-load totals of every page of a built site (gzip and brotli). */
function siteWeights(dist: string) {
	return allPages(dist).map((path) => {
		const w = pageWeight(dist, path);
		return { path, gzip: w.html + w.css + w.js, brotli: w.brotliTotal, js: w.js };
	});
}

console.log('first-load weight, KB: the HTML, its stylesheets and the scripts it runs up front (with their');
console.log("static imports; the search dialog's own code loads when it is opened). Images excluded.");
console.log('gzip -9 per file, as any static host can serve; brotli 11 as hosts that precompress serve it.');
console.log(`${'template'.padEnd(20)}${pad('HTML', 7)}${pad('CSS', 7)}${pad('JS', 7)}${pad('gzip', 8)}${pad('brotli', 8)}`);
for (const [name, path] of TEMPLATES) {
	if (!existsSync(join(ROOT, 'dist', path, 'index.html'))) {
		console.log(`${name.padEnd(20)}  (not built)`);
		continue;
	}
	const w = pageWeight(join(ROOT, 'dist'), path);
	console.log(
		`${name.padEnd(20)}${pad(fmt(w.html), 7)}${pad(fmt(w.css), 7)}${pad(fmt(w.js), 7)}${pad(fmt(w.html + w.css + w.js), 8)}${pad(fmt(w.brotliTotal), 8)}`
	);
}

const verdict = (ok: boolean) => (ok ? 'within budget' : 'OVER budget');
const ours = siteWeights(join(ROOT, 'dist'));
const factPages = ours.filter((p) => /\/(guides|policies)\/[^/]+\/$/.test(p.path));
const heaviest = factPages.reduce((a, b) => (b.gzip > a.gzip ? b : a));
const overGuides = factPages.filter((p) => p.gzip > BUDGET.guideKB);
const heaviestJs = ours.reduce((a, b) => (b.js > a.js ? b : a));
console.log(
	`\nall ${ours.length} pages: median ${fmt(median(ours.map((p) => p.gzip)))} KB gzip, ${fmt(median(ours.map((p) => p.brotli)))} KB brotli (budget ≤ ${BUDGET.medianKB} KB gzip: ${verdict(median(ours.map((p) => p.gzip)) <= BUDGET.medianKB)})`
);
console.log(
	`guides and policies, every locale (${factPages.length} pages): median ${fmt(median(factPages.map((p) => p.gzip)))} KB, heaviest ${fmt(heaviest.gzip)} KB gzip / ${fmt(heaviest.brotli)} KB brotli (${heaviest.path}); ${overGuides.length} over ${BUDGET.guideKB} KB (budget: none over)`
);
const heaviestContent = contentWeight(join(ROOT, 'dist'), heaviest.path);
console.log(
	`  the heaviest: its content (<main>) adds ${fmt(heaviestContent.main)} KB to the HTML (its words alone, without markup: ${fmt(heaviestContent.words)} KB); the rest of its first load (page frame, CSS, JS) is ${fmt(heaviest.gzip - heaviestContent.main)} KB`
);
console.log(
	`JS up front: at most ${fmt(heaviestJs.js)} KB (${heaviestJs.path}; budget ≤ ${BUDGET.jsKB} KB: ${verdict(heaviestJs.js <= BUDGET.jsKB)})`
);
if (!process.argv.includes('--no-stock')) {
	const stockDir = stockProject(10);
	await timedBuild(stockDir, STOCK);
	const stock = siteWeights(join(stockDir, 'dist'));
	console.log(
		`stock Starlight, same run (11 locales, ${stock.length} pages, its default components): median ${fmt(median(stock.map((p) => p.gzip)))} KB gzip, ${fmt(median(stock.map((p) => p.brotli)))} KB brotli`
	);
	rmSync(stockDir, { recursive: true, force: true });
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
	const stock = await timedBuild(stockDir, STOCK);
	console.log(
		`stock Starlight, same pages: ${stock.pages} pages in ${fmt(stock.seconds)} s = ${fmt(stock.pagesPerSecond)} pages/s, peak RSS ${Math.round(stock.peakMiB)} MiB (the same absolute budget: ${stock.pagesPerSecond >= 60 ? 'met' : 'missed'}, ${stock.peakMiB <= 3072 ? 'met' : 'missed'})`
	);
	console.log('where the time and memory go (ours, then stock):');
	printPhases(scaled, stock);
	// Issue 16's budgets: at least as fast as stock Starlight, at most 1.1× its peak memory. The
	// marginal figures (per generated page, over the real site alone) show what the site's own
	// content costs apart from how it scales.
	const speed = scaled.pagesPerSecond / stock.pagesPerSecond;
	const memory = scaled.peakMiB / stock.peakMiB;
	console.log(
		`ratio ours / stock: speed ${speed.toFixed(2)}× (budget ≥ 1.0×: ${verdict(speed >= 1)}), memory ${memory.toFixed(2)}× (budget ≤ 1.1×: ${verdict(memory <= 1.1)})`
	);
	rmSync(stockDir, { recursive: true, force: true });
	// Stock's floor (its 11 home pages) against our real site: what each generated page adds.
	const floorDir = stockProject(0);
	const floor = await timedBuild(floorDir, STOCK);
	rmSync(floorDir, { recursive: true, force: true });
	const perPage = (big: Build, small: Build) => {
		const pages = big.pages - small.pages;
		return { ms: ((big.seconds - small.seconds) / pages) * 1000, kib: ((big.peakMiB - small.peakMiB) / pages) * 1024 };
	};
	const oursPer = perPage(scaled, build);
	const stockPer = perPage(stock, floor);
	console.log(
		`each generated page adds: ours ${fmt(oursPer.ms)} ms and ${Math.round(oursPer.kib)} KiB of peak (over the real site: ${build.pages} pages, ${Math.round(build.peakMiB)} MiB), stock ${fmt(stockPer.ms)} ms and ${Math.round(stockPer.kib)} KiB (over its floor: ${floor.pages} pages, ${Math.round(floor.peakMiB)} MiB): ${(oursPer.ms / stockPer.ms).toFixed(2)}× the time, ${(oursPer.kib / stockPer.kib).toFixed(2)}× the memory`
	);
}
console.log(`\nmeasured ${new Date().toISOString()}`);
