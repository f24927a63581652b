// `npm run i18n:status` prints, per locale, how many pages are translated, outdated or missing,
// and lists the outdated and missing ones. `--check` exits non-zero when any translation is
// outdated or has no English source, for CI.
import { LOCALE_CODES, SOURCE_LOCALE } from '../src/lib/locale.ts';
import { currentStatus } from '../src/readers/translation-files.ts';

const check = process.argv.includes('--check');
const report = currentStatus();
const locales = LOCALE_CODES.filter((l) => l !== SOURCE_LOCALE);

console.log(`Translation status of ${report.rows.length} English pages\n`);
console.log('locale  translated  outdated  missing   done');
for (const l of locales) {
	const s = report.summary[l]!;
	console.log(
		`${l.padEnd(8)}${String(s.translated).padStart(10)}${String(s.outdated).padStart(10)}${String(s.missing).padStart(9)}${String(s.percent).padStart(6)}%`
	);
}
for (const state of ['outdated', 'missing'] as const) {
	const lines = report.rows.flatMap((r) => locales.filter((l) => r.states[l] === state).map((l) => `  ${l}/${r.path}`));
	if (lines.length) console.log(`\n${state} (${lines.length}):\n${lines.join('\n')}`);
}
if (report.orphans.length) {
	console.log(`\nTranslations with no English source (${report.orphans.length}):`);
	for (const o of report.orphans) console.log(`  content/docs/${o.locale}/${o.path}`);
}
const outdated = locales.reduce((n, l) => n + report.summary[l]!.outdated, 0);
if (check && (outdated > 0 || report.orphans.length > 0)) {
	console.error(`\n✖ ${outdated} outdated translation(s), ${report.orphans.length} without an English source.`);
	process.exit(1);
}
