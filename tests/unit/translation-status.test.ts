import { describe, expect, it } from 'vitest';
import { contentHash, statusReport, translationState } from '../../src/lib/translation-status.ts';

const english = (path: string, text: string) => ({ path, hash: contentHash(text) });

describe('translation status', () => {
	const about = english('about.mdx', '---\ntitle: About\n---\nHello.\n');
	const guide = english('guides/a.mdx', '---\ntitle: A\n---\nSteps.\n');

	it('a translation made from the current English text is translated', () => {
		expect(translationState(about, { path: 'about.mdx', locale: 'fr', sourceHash: about.hash })).toBe('translated');
	});

	it('editing the English text makes existing translations outdated', () => {
		const edited = english('about.mdx', '---\ntitle: About\n---\nHello, world.\n');
		expect(translationState(edited, { path: 'about.mdx', locale: 'fr', sourceHash: about.hash })).toBe('outdated');
	});

	it('a translation that records no source is outdated, not silently current', () => {
		expect(translationState(about, { path: 'about.mdx', locale: 'fr', sourceHash: undefined })).toBe('outdated');
	});

	it('no file is missing', () => expect(translationState(about, undefined)).toBe('missing'));

	it('line endings do not change the hash', () => {
		expect(contentHash('a\r\nb\r\n')).toBe(contentHash('a\nb\n'));
	});

	it('reports per page and per locale, with percentages and orphans', () => {
		const report = statusReport(
			[guide, about],
			[
				{ path: 'about.mdx', locale: 'fr', sourceHash: about.hash },
				{ path: 'guides/a.mdx', locale: 'fr', sourceHash: 'stale' },
				{ path: 'about.mdx', locale: 'ar', sourceHash: about.hash },
				{ path: 'guides/deleted.mdx', locale: 'ar', sourceHash: 'x' },
			],
			['fr', 'ar']
		);
		expect(report.rows.map((r) => r.path)).toEqual(['about.mdx', 'guides/a.mdx']);
		expect(report.rows[1]!.states).toEqual({ fr: 'outdated', ar: 'missing' });
		expect(report.summary.fr).toEqual({ translated: 1, outdated: 1, missing: 0, percent: 50 });
		expect(report.summary.ar).toEqual({ translated: 1, outdated: 0, missing: 1, percent: 50 });
		expect(report.orphans.map((o) => o.path)).toEqual(['guides/deleted.mdx']);
	});
});
