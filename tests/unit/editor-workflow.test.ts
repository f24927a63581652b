import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, appendFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import sharp from 'sharp';
import { makeFixtureProject } from '../support/fixture-project.ts';
import { currentStatus } from '../../src/readers/translation-files.ts';

const ROOT = resolve(import.meta.dirname, '../..');

/**
 * An editor's path from nothing to a published, translated page, in a copy of the site: scaffold
 * a guide and a policy, start a translation, change an English page, build. The build must pass
 * (schemas and link check included) and show what the editor expects.
 */
describe('editor workflow: npm run new, translate, build', () => {
	let project: ReturnType<typeof makeFixtureProject>;
	let build: { status: number | null; output: string };
	const run = (...args: string[]) =>
		spawnSync(process.execPath, [join(ROOT, 'scripts/new.ts'), ...args], { cwd: project.dir, encoding: 'utf8' });

	beforeAll(async () => {
		project = makeFixtureProject('editor');
		const guide = run(
			'guide',
			'health-insurance',
			'--title',
			'Getting health insurance',
			'--source',
			'Health Commission|https://wjw.sz.gov.cn/',
			'--task',
			'living-environment',
			'--agency',
			'health'
		);
		expect(guide.status, guide.stderr).toBe(0);
		// A photo added the way CONTRIBUTING.md says: file in content/images/, <Figure> in the page.
		await sharp({ create: { width: 1600, height: 1000, channels: 3, background: '#2a6f97' } })
			.png()
			.toFile(join(project.dir, 'content/images/service-hall.png'));
		appendFileSync(
			join(project.dir, 'content/docs/en/guides/health-insurance.mdx'),
			'\n<Figure src="service-hall.png" alt="Counters in a service hall" caption="Test image made by the test." />\n'
		);
		const policy = run(
			'policy',
			'test-measure',
			'--title',
			'A test measure',
			'--source',
			'Commerce Bureau|https://commerce.sz.gov.cn/',
			'--task',
			'foreign-investment',
			'--agency',
			'commerce'
		);
		expect(policy.status, policy.stderr).toBe(0);
		const translate = run('translate', 'fr', 'guides/health-insurance');
		expect(translate.status, translate.stderr).toBe(0);
		// A task's title and summary in one more language: here, replacing the French ones.
		const task = run('task-translation', 'fr', 'city-promotion', '--title', 'Titre de test', '--summary', 'Résumé de test.');
		expect(task.status, task.stderr).toBe(0);
		// The English About page changes after it was translated.
		appendFileSync(join(project.dir, 'content/docs/en/about.mdx'), '\nA sentence added after the translations were made.\n');
		build = project.astro('build');
	}, 240_000);
	afterAll(() => project.remove());

	it('prints where the new page will appear, and refuses an unknown id with a suggestion', () => {
		const again = run('guide', 'other', '--title', 'X', '--source', 'A|https://a.example/', '--agency', 'custom');
		expect(again.status).not.toBe(0);
		expect(again.stderr).toContain('Did you mean "customs"?');
	});

	it('the scaffolded pages build, with the link check', () => {
		expect(build.status, build.output.slice(-3000)).toBe(0);
		expect(build.output).toContain('check links: the links of');
		expect(existsSync(join(project.dir, 'dist/guides/health-insurance/index.html'))).toBe(true);
		expect(existsSync(join(project.dir, 'dist/policies/test-measure/index.html'))).toBe(true);
	});

	it('an image goes through astro:assets: AVIF and WebP in several widths, with its dimensions, lazy', () => {
		const html = readFileSync(join(project.dir, 'dist/guides/health-insurance/index.html'), 'utf8');
		const picture = html.match(/<picture[\s\S]*?<\/picture>/)?.[0] ?? '';
		expect(picture, 'a <picture> element').not.toBe('');
		const sources = [...picture.matchAll(/<source([^>]*)>/g)].map((m) => m[1]!);
		expect(sources.map((s) => s.match(/type="([^"]+)"/)?.[1])).toEqual(['image/avif', 'image/webp']);
		for (const source of sources) {
			const widths = [...source.matchAll(/ (\d+)w/g)].map((m) => Number(m[1]));
			expect(widths).toEqual([360, 720, 1080, 1440]);
		}
		const img = picture.match(/<img([^>]*)>/)?.[1] ?? '';
		expect(img).toMatch(/ width="1600"/);
		expect(img).toMatch(/ height="1000"/);
		expect(img).toMatch(/ alt="Counters in a service hall"/);
		expect(img).toMatch(/ loading="lazy"/);
		expect(img).toMatch(/ decoding="async"/);
		// Every file the page points to was written.
		for (const url of [...picture.matchAll(/(\/_astro\/[^\s",]+)/g)].map((m) => m[1]!)) {
			const file = join(project.dir, 'dist', decodeURI(url));
			expect(existsSync(file), url).toBe(true);
		}
	});

	it('the translation records its English revision and is current', () => {
		const text = readFileSync(join(project.dir, 'content/docs/fr/guides/health-insurance.mdx'), 'utf8');
		expect(text).toMatch(/^sourceHash: [0-9a-f]{12}$/m);
		const html = readFileSync(join(project.dir, 'dist/fr/guides/health-insurance/index.html'), 'utf8');
		expect(html).not.toContain('sg-outdated-notice');
		expect(html).not.toContain('data-fallback-from');
	});

	it('a language without the translation shows the English page with a notice in that language, not a 404', () => {
		const html = readFileSync(join(project.dir, 'dist/ja/guides/health-insurance/index.html'), 'utf8');
		expect(html).toMatch(/<html[^>]+lang="ja"/);
		expect(html).toContain('data-fallback-from="en"');
		expect(html).toMatch(/<a href="\/guides\/health-insurance\/" hreflang="en"/);
	});

	it('a task translation lands in the task file and on the task page', () => {
		const task = parse(readFileSync(join(project.dir, 'content/tasks/city-promotion.yaml'), 'utf8'));
		expect(task.title.fr).toBe('Titre de test');
		expect(task.summary.fr).toBe('Résumé de test.');
		expect(task.title.en).toBe('Strengthen city promotion and comprehensive marketing');
		expect(readFileSync(join(project.dir, 'dist/fr/plan/tasks/city-promotion/index.html'), 'utf8')).toContain('Titre de test');
	});

	it('a translation older than its English page says so and links the English page', () => {
		const html = readFileSync(join(project.dir, 'dist/fr/about/index.html'), 'utf8');
		expect(html).toContain('sg-outdated-notice');
		expect(html).toMatch(/<a href="\/about\/" hreflang="en"/);
	});
});

describe('slug parity of the real content', () => {
	it('every translation has an English source', () => expect(currentStatus().orphans).toEqual([]));
});
