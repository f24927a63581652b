// The search index, built by `npm run build` right after `astro build` has exited. Starlight would
// run Pagefind inside Astro's build process, at its end (its `pagefind` option; off in
// astro.config.mjs), while that process still holds the memory of the whole build: at the scale
// test Pagefind's work came on top of it and set the build's peak (4.2 GB against 3.8 GB before it).
// Here it runs alone, with the same calls Starlight makes (Pagefind's Node API on the built site),
// so the build's peak is the larger of the two, not their sum.
//
// `node scripts/search-index.ts [dist]`: indexes every page with a `data-pagefind-body` (Starlight
// marks the content of each page but the 404) and writes `dist/pagefind/`.
import { resolve } from 'node:path';

/**
 * Pagefind splits each language's index into chunks of about this many bytes (its default is
 * 20,000). Smaller chunks mean a first query fetches 2–12 KB of index instead of 30–90 KB
 * (`npm run bench:search`). The setting is unstable in Pagefind 1.x, so package.json pins the exact
 * version and the search test table runs against the index it builds. Pagefind reads it when its
 * service starts, so it is set before Pagefind is loaded.
 */
process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= '1000';
const pagefind = await import('pagefind');

const dist = resolve(process.argv[2] ?? 'dist');
const started = performance.now();
console.log('Building search index with Pagefind...');
/** Pagefind reports problems in its responses instead of throwing: fail the build on any. */
const ok = <T extends { errors: string[] }>(response: T): T => {
	if (response.errors.length) throw new Error(`Pagefind: ${response.errors.join('; ')}`);
	return response;
};
try {
	const { index } = ok(await pagefind.createIndex());
	if (!index) throw new Error('Pagefind did not create an index');
	const { page_count } = ok(await index.addDirectory({ path: dist }));
	if (page_count === 0) throw new Error(`no pages to index in ${dist}: run \`astro build\` first`);
	console.log(`Found ${page_count} HTML files.`);
	ok(await index.writeFiles({ outputPath: resolve(dist, 'pagefind') }));
	console.log(`Finished building search index in ${((performance.now() - started) / 1000).toFixed(2)}s.`);
} finally {
	await pagefind.close();
}
