import { describe, expect, it } from 'vitest';
import { hasHeadings } from '../../src/route-data.ts';

describe('the table of contents', () => {
	it('is kept only when it lists more than the "Overview" entry Starlight always adds', () => {
		expect(hasHeadings([{ slug: '_top', children: [] }])).toBe(false);
		expect(hasHeadings([])).toBe(false);
		expect(
			hasHeadings([
				{ slug: '_top', children: [] },
				{ slug: 'documents', children: [] },
			])
		).toBe(true);
		expect(hasHeadings([{ slug: '_top', children: [{ slug: 'documents', children: [] }] }])).toBe(true);
	});
});
