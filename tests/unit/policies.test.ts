import { describe, expect, it } from 'vitest';
import { readCollection, readDocs } from '../support/content.ts';
import { POLICY_STATUSES } from '../../src/lib/taxonomy.ts';

interface Page {
	pageType?: string;
	tasks?: string[];
	agencies?: string[];
	policies?: string[];
	status?: { value: string; source?: string };
	sources?: { url: string }[];
	lastReviewed?: string | Date;
}

const policies = readDocs<Page>('en', 'policies');
const guides = readDocs<Page>('en', 'guides');
const tasks = readCollection('tasks');
const agencies = readCollection('agencies');

/** Tasks whose text names concrete measures a reader can use (the list). */
const TASKS_WITH_MEASURES = [
	'talent-services',
	'financial-market',
	'cross-border-data',
	'foreign-investment',
	'going-global',
	'cross-border-trade',
	'living-environment',
	'ip-legal-services',
];

describe('policies', () => {
	it('there are at least the ten measures the plan commits to', () => expect(policies.size).toBeGreaterThanOrEqual(10));

	for (const [slug, page] of policies)
		describe(slug, () => {
			it('is a policy with a review date and sources', () => {
				expect(page.pageType).toBe('policy');
				expect(page.lastReviewed).toBeTruthy();
				expect(page.sources?.length).toBeGreaterThan(0);
			});
			it('references existing tasks and agencies', () => {
				expect(page.tasks?.length).toBeGreaterThan(0);
				for (const t of page.tasks!) expect(tasks.has(t), `task ${t}`).toBe(true);
				expect(page.agencies?.length).toBeGreaterThan(0);
				for (const a of page.agencies!) expect(agencies.has(a), `agency ${a}`).toBe(true);
			});
			it('states a status from the allowed list, citing a listed source unless unknown', () => {
				expect(POLICY_STATUSES).toContain(page.status?.value);
				if (page.status!.value !== 'unknown') expect(page.sources!.map((s) => s.url)).toContain(page.status!.source);
			});
		});

	for (const task of TASKS_WITH_MEASURES)
		it(`task ${task} links at least one policy`, () => {
			expect([...policies.values()].some((p) => p.tasks?.includes(task))).toBe(true);
		});

	it('guides link only to policies that exist, and every policy a guide explains links back through it', () => {
		for (const [slug, guide] of guides) for (const p of guide.policies ?? []) expect(policies.has(p), `${slug} → policies/${p}`).toBe(true);
	});
});
