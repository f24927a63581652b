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

	/** Adds one broken file, syncs, removes it again; returns the output. */
	const failWith = (file: string, text: string) => {
		project.write(file, text);
		const result = project.astro('sync');
		project.unlink(file);
		expect(result.status).not.toBe(0);
		expect(result.output).toContain(file);
		return result.output;
	};
	const guide = (extra: string) =>
		`---\ntitle: Test guide\npageType: guide\nlastReviewed: 2026-11-25\nsources:\n  - title: Official page\n    url: https://www.sz.gov.cn/\n${extra}---\n\nText.\n`;

	it('an unknown agency: names the field and the value, suggests the closest id and lists the allowed ones', () => {
		const output = failWith('content/docs/en/guides/typo-agency.mdx', guide('agencies: [custom]\n'));
		expect(output).toMatch(/agencies/);
		expect(output).toContain('"custom" is not a known agency id');
		expect(output).toContain('Did you mean "customs"?');
		expect(output).toContain('Allowed: airport-group, amr,');
	});

	it('an unknown plan task in a task reference', () => {
		const output = failWith('content/docs/en/guides/typo-task.mdx', guide('tasks: [talent-service]\n'));
		expect(output).toMatch(/tasks/);
		expect(output).toContain('Did you mean "talent-services"?');
	});

	it('an unknown policy in a guide', () => {
		const output = failWith('content/docs/en/guides/typo-policy.mdx', guide('policies: [negativ-list]\n'));
		expect(output).toMatch(/policies/);
		expect(output).toContain('Did you mean "negative-list"?');
	});

	it('a card fact whose source is not among the page’s sources', () => {
		const output = failWith(
			'content/docs/en/guides/card-source.mdx',
			guide('card:\n  processingTime: { text: "5 working days", source: "https://example.org/other" }\n')
		);
		expect(output).toContain('card.processingTime.source must be one of the urls listed under sources');
		expect(output).toContain('https://www.sz.gov.cn/');
	});

	it('an unknown office in a card: names the value and suggests the closest id', () => {
		const output = failWith('content/docs/en/guides/typo-office.mdx', guide('card:\n  enquiries: [hotline-1234]\n'));
		expect(output).toMatch(/enquiries/);
		expect(output).toContain('"hotline-1234" is not a known office id. Did you mean "hotline-12345"?');
	});

	it('an address, hours or phone typed into a card is refused: offices are referenced by id', () => {
		const output = failWith(
			'content/docs/en/guides/typed-office.mdx',
			guide('card:\n  hours: { text: "9:00–12:00", source: "https://www.sz.gov.cn/" }\n')
		);
		expect(output).toMatch(/card/);
		expect(output).toMatch(/hours/);
	});

	it('an office whose hours close before they open, in a data file', () => {
		const output = failWith(
			'content/offices/zz-broken.yaml',
			'kind: service-hall\nname: { en: Test hall }\nhours:\n  regular: [{ days: [mon], opens: "14:00", closes: "09:00" }]\n  publicHolidays: closed\n  source: https://www.sz.gov.cn/\nsources: [{ title: Official page, url: https://www.sz.gov.cn/ }]\nlastReviewed: 2026-12-06\n'
		);
		expect(output).toMatch(/hours/);
		expect(output).toContain('A period must close after it opens');
	});

	it('an audience that is not in the list says which values are allowed', () => {
		const output = failWith('content/docs/en/guides/bad-audience.mdx', guide('audience: [students]\n'));
		expect(output).toMatch(/audience/);
		expect(output).toContain('foreign-investor');
	});

	it('a policy without a status', () => {
		const output = failWith(
			'content/docs/en/policies/no-status.mdx',
			'---\ntitle: Test policy\npageType: policy\nlastReviewed: 2026-11-25\ntasks: [foreign-investment]\nagencies: [commerce]\nsources:\n  - title: Official page\n    url: https://www.sz.gov.cn/\n---\n\nText.\n'
		);
		expect(output).toMatch(/status/);
	});

	it('a task whose leading unit is misspelt, in a data file', () => {
		const output = failWith(
			'content/tasks/zz-broken.yaml',
			'number: 1\npillar: innovation-ecosystem\ntitle: { en: Test }\nofficialText: Test\nsummary: { en: Test }\nlead: stc\nparticipants: [miit]\n'
		);
		expect(output).toMatch(/lead/);
		expect(output).toContain('Did you mean "stic"?');
	});

	it('a guide without sources or review date', () => {
		project.write('content/docs/en/guides/broken-guide.mdx', '---\ntitle: A guide with no evidence\npageType: guide\n---\n\nText.\n');
		const { status, output } = project.astro('sync');
		expect(status).not.toBe(0);
		expect(output).toContain('content/docs/en/guides/broken-guide.mdx');
		expect(output).toMatch(/sources/);
		expect(output).toMatch(/lastReviewed/);
	});
});
