// `npm test`: every check, in the order a failure is cheapest to find.
import { spawnSync } from 'node:child_process';

const steps = [
	['Chromium present', ['node', 'scripts/ensure-chromium.mjs']],
	['Type check (astro check)', ['astro', 'check']],
	['Lint (ESLint)', ['eslint', '.']],
	['Format (Prettier)', ['prettier', '--check', '.']],
	['Translations against their English sources (i18n:lint)', ['node', 'scripts/i18n-lint.ts']],
	['Unit tests (Vitest)', ['vitest', 'run']],
	['Production build', ['npm', 'run', 'build']],
	['End-to-end tests (Playwright, Chromium)', ['playwright', 'test']],
];

for (const [name, [cmd, ...args]] of steps) {
	console.log(`\n▶ ${name}`);
	const started = Date.now();
	const result = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
	const seconds = ((Date.now() - started) / 1000).toFixed(1);
	if (result.status !== 0) {
		console.error(`\n✖ ${name} failed after ${seconds}s.`);
		process.exit(result.status ?? 1);
	}
	console.log(`✔ ${name} (${seconds}s)`);
}
