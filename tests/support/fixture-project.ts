import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const LINKED = ['node_modules', 'src', 'locales', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

/**
 * A throwaway copy of the project in `.tmp/`: code and dependencies are symlinked, `content/` is
 * copied so a test can add or break files without touching the real content.
 */
export function makeFixtureProject(name: string) {
	mkdirSync(join(ROOT, '.tmp'), { recursive: true });
	const dir = mkdtempSync(join(ROOT, '.tmp', `${name}-`));
	for (const entry of LINKED) symlinkSync(join(ROOT, entry), join(dir, entry));
	cpSync(join(ROOT, 'content'), join(dir, 'content'), { recursive: true });
	return {
		dir,
		write(relativePath: string, text: string) {
			const file = join(dir, relativePath);
			mkdirSync(dirname(file), { recursive: true });
			writeFileSync(file, text);
		},
		unlink(relativePath: string) {
			rmSync(join(dir, relativePath), { force: true });
		},
		/** Runs an Astro CLI command in the fixture; returns exit status and all output. */
		astro(...args: string[]) {
			const result = spawnSync(join(ROOT, 'node_modules/.bin/astro'), args, {
				cwd: dir,
				encoding: 'utf8',
				env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
			});
			return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
		},
		remove() {
			rmSync(dir, { recursive: true, force: true });
		},
	};
}
