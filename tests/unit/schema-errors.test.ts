import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeFixtureProject } from '../support/fixture-project.ts';

/**
 * Content mistakes must stop the build with a message that names the file and the field, so an
 * editor can fix them without reading code. Each case adds one broken file to a copy of the site.
 */
describe('invalid frontmatter fails the build, naming the file and the field', () => {
	let project: ReturnType<typeof makeFixtureProject>;
	beforeAll(() => {
		project = makeFixtureProject('bad-frontmatter');
	});
	afterAll(() => project.remove());

	it('a guide without sources or review date', () => {
		project.write(
			'content/docs/en/guides/broken-guide.mdx',
			'---\ntitle: A guide with no evidence\npageType: guide\n---\n\nText.\n'
		);
		const { status, output } = project.astro('sync');
		expect(status).not.toBe(0);
		expect(output).toContain('content/docs/en/guides/broken-guide.mdx');
		expect(output).toMatch(/sources/);
		expect(output).toMatch(/lastReviewed/);
	});
});
