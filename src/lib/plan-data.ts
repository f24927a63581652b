/**
 * Loads the plan's collections once per build and answers the questions pages ask of them.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { agencyDisplayName } from './agencies.ts';
import { byNumber } from './plan.ts';
import { localizedPath } from './locales.ts';

export type Task = CollectionEntry<'tasks'>;
export type Agency = CollectionEntry<'agencies'>;
export type Pillar = CollectionEntry<'pillars'>;
export type Target = CollectionEntry<'targets'>;

export async function loadPlan() {
	const [tasks, agencies, pillars, targets] = await Promise.all([
		getCollection('tasks'),
		getCollection('agencies'),
		getCollection('pillars'),
		getCollection('targets'),
	]);
	const agencyById = new Map(agencies.map((a) => [a.id, a]));
	return {
		tasks: byNumber(tasks),
		agencies,
		pillars: [...pillars].sort((a, b) => a.data.number - b.data.number),
		targets,
		agency(id: string): Agency {
			const found = agencyById.get(id);
			if (!found) throw new Error(`No agency "${id}" in content/agencies/`);
			return found;
		},
		targetsOf(taskId: string): Target[] {
			return targets.filter((t) => t.data.task.id === taskId);
		},
	};
}

export const taskHref = (locale: string, id: string) => localizedPath(locale, `/plan/tasks/${id}/`);
export const pillarHref = (locale: string, id: string) => localizedPath(locale, `/plan/pillars/${id}/`);
export const agencyHref = (locale: string, id: string) => localizedPath(locale, `/agencies/${id}/`);
export const agencyName = (agency: Agency, locale: string) => agencyDisplayName(agency.data, locale);

/** Where the plan's English text is published officially (Qianhai Authority's website). */
export const PLAN_SOURCE_URL = 'https://qh.sz.gov.cn/en/news/content/post_10909311.html';
