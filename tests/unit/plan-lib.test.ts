import { describe, expect, it } from 'vitest';
import { agenciesInTasks, pillarTitleKey, roleIn, tasksInPillar, tasksJoinedBy, tasksLedBy, type TaskLike } from '../../src/lib/plan.ts';
import { formatDate, formatMoney, formatPercent, sortByLabel } from '../../src/lib/format.ts';

const task = (id: string, number: number, pillar: string, lead: string, participants: string[]): TaskLike => ({
	id,
	data: { number, pillar: { id: pillar }, lead: { id: lead }, participants: participants.map((p) => ({ id: p })) },
});

const tasks = [
	task('b', 2, 'p1', 'miit', ['drc', 'commerce']),
	task('a', 1, 'p1', 'stic', ['miit']),
	task('c', 3, 'p2', 'commerce', ['customs', 'miit']),
];

describe('plan derivations', () => {
	it('tasksLedBy and tasksJoinedBy derive both directions from the task data, in task order', () => {
		expect(tasksLedBy('miit', tasks).map((t) => t.id)).toEqual(['b']);
		expect(tasksJoinedBy('miit', tasks).map((t) => t.id)).toEqual(['a', 'c']);
		expect(tasksLedBy('customs', tasks)).toEqual([]);
	});

	it('roleIn tells lead from participant from none', () => {
		expect(roleIn('stic', tasks[1]!)).toBe('lead');
		expect(roleIn('miit', tasks[1]!)).toBe('participant');
		expect(roleIn('customs', tasks[1]!)).toBeUndefined();
	});

	it('tasksInPillar keeps the plan’s numbering', () => {
		expect(tasksInPillar('p1', tasks).map((t) => t.data.number)).toEqual([1, 2]);
	});

	it('agenciesInTasks lists each unit once: most tasks led first, then most tasks joined', () => {
		expect(agenciesInTasks(tasks)).toEqual(['miit', 'commerce', 'stic', 'customs', 'drc']);
	});

	it('pillarTitleKey refuses an area the plan does not have', () => {
		expect(pillarTitleKey(4)).toBe('pillar.4');
		expect(() => pillarTitleKey(5)).toThrow(/four areas/);
	});
});

describe('formatting follows the reader’s locale', () => {
	it('percentages', () => {
		expect(formatPercent('en', 77)).toBe('77%');
		expect(formatPercent('fr', 77)).toMatch(/^77\s?%$/);
		expect(formatPercent('de', 77)).toMatch(/^77\s?%$/);
	});

	it('large amounts of money in compact form', () => {
		expect(formatMoney('en', 4_000_000_000, 'USD')).toBe('4 billion US dollars');
		expect(formatMoney('zh-CN', 4_000_000_000, 'USD')).toBe('40亿美元');
		expect(formatMoney('zh-HK', 4_000_000_000, 'USD')).toBe('40億美元');
		expect(formatMoney('ja', 4_000_000_000, 'USD')).toBe('40億米ドル');
		expect(formatMoney('en', 2000, 'CNY')).toBe('CN¥2,000.00');
	});

	it('dates, in UTC so a review date never shifts by a day', () => {
		const date = new Date('2026-11-25T00:00:00Z');
		expect(formatDate('en', date)).toBe('November 25, 2026');
		expect(formatDate('zh-CN', date)).toBe('2026年11月25日');
		expect(formatDate('de', date)).toBe('25. November 2026');
	});

	it('sorting by the reader’s collation', () => {
		expect(sortByLabel('de', ['Zoll', 'Ämter', 'Bank'], (s) => s)).toEqual(['Ämter', 'Bank', 'Zoll']);
	});
});
