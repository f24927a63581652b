import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fingerprintOf, judge, mainText, samePage, type SourceReport } from '../../src/lib/source-watch.ts';

/**
 * `npm run sources:check` against a local HTTP server whose pages 404, redirect, time out, fail
 * once and change between runs; and with no server at all (no network).
 */
describe('npm run sources:check', () => {
	let server: Server;
	let base = '';
	let version = 1;
	let flaky = 0;
	const dir = mkdtempSync(join(tmpdir(), 'sg-sources-'));
	const content = join(dir, 'content');
	const report = join(content, 'source-status.json');
	const page = (text: string) => `<html><body><header>Visitors: ${Math.random()}</header><main><h1>${text}</h1></main></body></html>`;

	beforeAll(async () => {
		server = createServer((req, res) => {
			if (req.url === '/ok') return res.end(page('A stable official page'));
			if (req.url === '/gone') return res.writeHead(404).end(page('Not found'));
			if (req.url === '/old') return res.writeHead(302, { location: '/new-home' }).end();
			if (req.url === '/new-home') return res.end(page('The page now lives here'));
			if (req.url === '/changing') return res.end(page(`Fee: RMB ${version === 1 ? 100 : 200}`));
			if (req.url === '/flaky') return flaky++ === 0 ? res.writeHead(503).end() : res.end(page('Back again'));
			if (req.url === '/slow') return; // never answers
			res.writeHead(404).end();
		});
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
		mkdirSync(join(content, 'docs', 'en', 'guides'), { recursive: true });
		mkdirSync(join(content, 'offices'), { recursive: true });
		const urls = ['ok', 'gone', 'old', 'changing', 'flaky'].map((p) => `${base}/${p}`);
		writeFileSync(
			join(content, 'docs', 'en', 'guides', 'test.mdx'),
			`---\ntitle: Test\npageType: guide\nsources:\n${urls.map((u) => `  - title: T\n    url: ${u}\n`).join('')}---\n\nText.\n`
		);
		writeFileSync(join(content, 'offices', 'hall.yaml'), `website: ${base}/slow\nsources:\n  - title: T\n    url: ${base}/ok\n`);
	});
	afterAll(() => {
		server.closeAllConnections();
		server.close();
		rmSync(dir, { recursive: true, force: true });
	});

	const run = (...args: string[]) =>
		new Promise<{ code: number; output: string }>((resolve) =>
			execFile(
				process.execPath,
				['scripts/sources-check.ts', '--content', content, '--timeout', '800', '--retries', '1', ...args],
				(err, stdout, stderr) => resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, output: stdout + stderr })
			)
		);
	const states = () =>
		Object.fromEntries((JSON.parse(readFileSync(report, 'utf8')) as SourceReport).sources.map((s) => [s.url.replace(base, ''), s.state]));

	it('records broken, moved and unreachable sources, retries a failing one, and names the pages', async () => {
		const { code, output } = await run();
		expect(code).toBe(1);
		expect(states()).toEqual({
			'/ok': 'ok',
			'/gone': 'broken',
			'/old': 'moved',
			'/changing': 'ok',
			'/flaky': 'ok',
			'/slow': 'unreachable',
		});
		expect(output).toContain('docs/en/guides/test.mdx');
		expect(output).toContain('offices/hall.yaml');
		expect(output).toMatch(/moved\s+.*\/old → .*\/new-home/);
		expect(output).toMatch(/unreachable\s+.*\/slow \(timed out/);
	});

	it('reports a source whose text changed since it was accepted, until an editor accepts it', async () => {
		version = 2;
		expect(states()['/changing']).toBe('ok');
		await run();
		expect(states()['/changing']).toBe('changed');
		await run('--update');
		expect(states()['/changing']).toBe('ok');
		expect(states()['/old']).toBe('ok');
		// Broken stays broken: accepting cannot mend it.
		expect(states()['/gone']).toBe('broken');
	});

	it('without network says so, exits with its own code and records nothing', async () => {
		const offline = mkdtempSync(join(tmpdir(), 'sg-offline-'));
		mkdirSync(join(offline, 'docs', 'en'), { recursive: true });
		writeFileSync(
			join(offline, 'docs', 'en', 'a.mdx'),
			`---\ntitle: A\nsources:\n  - title: T\n    url: http://127.0.0.1:9/nothing-listens-here\n---\n`
		);
		const result = await new Promise<{ code: number; output: string }>((resolve) =>
			execFile(
				process.execPath,
				['scripts/sources-check.ts', '--content', offline, '--timeout', '500', '--retries', '0'],
				(err, stdout, stderr) => resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, output: stdout + stderr })
			)
		);
		expect(result.code).toBe(3);
		expect(result.output).toMatch(/No network/);
		expect(() => readFileSync(join(offline, 'source-status.json'))).toThrow();
		rmSync(offline, { recursive: true, force: true });
	});
});

describe('source watch rules', () => {
	it('fingerprints the main text only, so counters in headers do not count as changes', () => {
		const a = '<body><header>12:01</header><main><p>Fee:  RMB 100</p><script>x()</script></main></body>';
		const b = '<body><header>12:02</header><main><p>Fee: RMB 100</p></main></body>';
		expect(mainText(a)).toBe('Fee: RMB 100');
		expect(fingerprintOf(a)).toBe(fingerprintOf(b));
	});
	it('treats scheme, www and a trailing index as the same page', () => {
		expect(samePage('http://www.sz.gov.cn/a/', 'https://sz.gov.cn/a/index.html')).toBe(true);
		expect(samePage('https://sz.gov.cn/a/', 'https://sz.gov.cn/b/')).toBe(false);
	});
	it('accepts a source the first time it is seen', () => {
		const r = judge(
			'https://x.gov.cn/',
			['docs/en/guides/a.mdx'],
			{ status: 200, finalUrl: 'https://x.gov.cn/', body: '<main>Hi</main>' },
			undefined,
			new Date(0)
		);
		expect(r.state).toBe('ok');
		expect(r.accepted?.fingerprint).toBe(r.fingerprint);
	});
});
