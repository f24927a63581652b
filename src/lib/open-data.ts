/**
 * The open-data documents served at /api/<locale>/{tasks,agencies,targets}.json. Plain objects,
 * built from the same collections as the pages; documented in the README.
 */
import type { Plan } from './plan-data.ts';
import { agencyName } from './agencies.ts';
import { tasksJoinedBy, tasksLedBy } from './plan.ts';
import { agencyHref, pick, taskHref, type Locale } from './locale.ts';

export function tasksDocument(plan: Plan, locale: Locale, site: URL) {
	return plan.tasks.map((task) => ({
		id: task.id,
		number: task.data.number,
		pillar: task.data.pillar.id,
		title: pick(task.data.title, locale),
		titleAsInPlan: task.data.title.en,
		summary: pick(task.data.summary, locale),
		officialText: task.data.officialText.trim(),
		lead: task.data.lead.id,
		participants: task.data.participants.map((p) => p.id),
		targets: plan.targetsOf(task.id).map((t) => t.id),
		url: new URL(taskHref(locale, task.id), site).href,
	}));
}

export function agenciesDocument(plan: Plan, locale: Locale, site: URL) {
	return plan.agencies.map((a) => ({
		id: a.id,
		name: agencyName(a, locale),
		nameAsInPlan: a.data.name,
		nameZh: a.data.nameZh,
		nameZhHant: a.data.nameZhHant,
		kind: a.data.kind,
		website: a.data.website ?? null,
		role: pick(a.data.role, locale),
		leads: tasksLedBy(a.id, plan.tasks).map((t) => t.id),
		participatesIn: tasksJoinedBy(a.id, plan.tasks).map((t) => t.id),
		url: new URL(agencyHref(locale, a.id), site).href,
	}));
}

export function targetsDocument(plan: Plan, locale: Locale) {
	return plan.targets.map((t) => ({
		id: t.id,
		task: t.data.task.id,
		metric: pick(t.data.metric, locale),
		statement: pick(t.data.statement, locale),
		statementAsInPlan: t.data.statement.en,
		comparator: t.data.comparator,
		value: t.data.value,
		unit: t.data.unit,
		year: t.data.year,
	}));
}
