/**
 * Derivations over the plan's data: who leads and joins what. Pages and endpoints call these
 * instead of storing the same relation twice. Pure functions over plain data, unit-tested.
 */

import { pick, type Locale, type Localized } from './locale.ts';

export interface TaskLike {
	id: string;
	data: {
		number: number;
		pillar: { id: string };
		lead: { id: string };
		participants: { id: string }[];
	};
}

export type AgencyRole = 'lead' | 'participant';

export function byNumber<T extends TaskLike>(tasks: readonly T[]): T[] {
	return [...tasks].sort((a, b) => a.data.number - b.data.number);
}

export function tasksLedBy<T extends TaskLike>(agencyId: string, tasks: readonly T[]): T[] {
	return byNumber(tasks.filter((t) => t.data.lead.id === agencyId));
}

export function tasksJoinedBy<T extends TaskLike>(agencyId: string, tasks: readonly T[]): T[] {
	return byNumber(tasks.filter((t) => t.data.participants.some((p) => p.id === agencyId)));
}

export function tasksInPillar<T extends TaskLike>(pillarId: string, tasks: readonly T[]): T[] {
	return byNumber(tasks.filter((t) => t.data.pillar.id === pillarId));
}

/** An agency's role in a task, or undefined when it has none. */
export function roleIn(agencyId: string, task: TaskLike): AgencyRole | undefined {
	if (task.data.lead.id === agencyId) return 'lead';
	if (task.data.participants.some((p) => p.id === agencyId)) return 'participant';
	return undefined;
}

/** Agencies that take part in at least one task, those leading most first, for the matrix. */
export function agenciesInTasks(tasks: readonly TaskLike[]): string[] {
	const counts = new Map<string, { lead: number; total: number }>();
	for (const task of tasks) {
		for (const [id, lead] of [[task.data.lead.id, 1], ...task.data.participants.map((p) => [p.id, 0] as const)] as const) {
			const c = counts.get(id) ?? { lead: 0, total: 0 };
			counts.set(id, { lead: c.lead + lead, total: c.total + 1 });
		}
	}
	return [...counts.entries()].sort(([a, x], [b, y]) => y.lead - x.lead || y.total - x.total || a.localeCompare(b)).map(([id]) => id);
}

/** Values are text: the page escapes them once on output, so i18next must not escape them too. */
const RAW = { interpolation: { escapeValue: false } } as const;

/** "Task 3: Title" ("任务3：标题"), the one way a task's number and title are written together. */
export function taskTitle(t: App.Locals['t'], task: { data: { number: number; title: Localized } }, locale: Locale): string {
	return t('plan.taskTitle', { number: task.data.number, title: pick(task.data.title, locale), ...RAW });
}

/** "I. Title" ("I．标题"), the one way an area's numeral and title are written together. */
export function pillarTitle(t: App.Locals['t'], pillar: { data: { number: number; numeral: string } }): string {
	return t('plan.pillarTitle', { numeral: pillar.data.numeral, title: t(pillarTitleKey(pillar.data.number)), ...RAW });
}

/** UI-string key of an area's title (areas are numbered 1–4 in the plan). */
export function pillarTitleKey(number: number) {
	if (![1, 2, 3, 4].includes(number)) throw new Error(`The plan has four areas; got ${number}`);
	return `pillar.${number}` as 'pillar.1' | 'pillar.2' | 'pillar.3' | 'pillar.4';
}
