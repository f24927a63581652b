/**
 * The open-data documents served at /api/<locale>/{tasks,agencies,targets,offices,journeys}.json. Plain objects,
 * built from the same collections as the pages; documented in the README.
 */
import type { Plan } from './plan-data.ts';
import { agencyName } from './agencies.ts';
import { tasksJoinedBy, tasksLedBy } from './plan.ts';
import { agencyHref, journeyHref, officeHref, pick, taskHref, type Locale } from './locale.ts';
import type { Office } from './office-data.ts';
import { SHENZHEN_TIME_ZONE } from './offices.ts';
import { linkHref, type JourneyLike } from './journeys.ts';

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

/** Offices and hotlines with their names, address, hours (Shenzhen time), numbers and sources. */
export function officesDocument(offices: readonly Office[], locale: Locale, site: URL) {
	return offices.map(({ id, data }) => ({
		id,
		kind: data.kind,
		name: pick(data.name, locale),
		nameZh: data.name['zh-cn'] ?? null,
		agency: data.agency?.id ?? null,
		district: data.district ?? null,
		address: data.address ? { zh: data.address.zh ?? null, en: data.address.en ?? null } : null,
		metro: data.metro ? { station: data.metro.station, exit: data.metro.exit ?? null } : null,
		hours: data.hours
			? {
					timeZone: SHENZHEN_TIME_ZONE,
					allDay: Boolean(data.hours.allDay),
					regular: data.hours.regular ?? [],
					publicHolidays: data.hours.publicHolidays,
				}
			: null,
		phones: data.phones.map((p) => ({ number: p.number, purpose: p.purpose, languages: p.languages ?? null })),
		website: data.website ?? null,
		sources: data.sources.map((s) => ({ title: s.title, url: s.url })),
		lastReviewed: data.lastReviewed.toISOString().slice(0, 10),
		url: new URL(officeHref(locale, id), site).href,
	}));
}

/** Journeys with their steps and, for each step, the pages it links in the reader's locale. */
export function journeysDocument(
	journeys: readonly JourneyLike[],
	locale: Locale,
	site: URL,
	headingsOf: (pageId: string, locale: Locale) => readonly string[]
) {
	return journeys.map(({ id, data }) => ({
		id,
		title: pick(data.title, locale),
		titleInEnglish: data.title.en,
		summary: pick(data.summary, locale),
		url: new URL(journeyHref(locale, id), site).href,
		steps: data.steps.map((step, i) => ({
			number: i + 1,
			title: pick(step.title, locale),
			summary: pick(step.summary, locale),
			join: step.join,
			links: step.links.map((link) => ({
				page: link.page,
				heading: link.heading ?? null,
				url: new URL(linkHref(locale, link, headingsOf), site).href,
			})),
		})),
	}));
}
