/**
 * The plan's collections, loaded and ordered, and the questions pages ask of them.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { byNumber } from './plan.ts';

export type Task = CollectionEntry<'tasks'>;
export type Agency = CollectionEntry<'agencies'>;
export type Pillar = CollectionEntry<'pillars'>;
export type Target = CollectionEntry<'targets'>;

export interface PlanCollections {
	tasks: readonly Task[];
	agencies: readonly Agency[];
	pillars: readonly Pillar[];
	targets: readonly Target[];
}

/** The plan's collections, ordered as the plan orders them, with the look-ups pages need. */
export function planFrom({ tasks, agencies, pillars, targets }: PlanCollections) {
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

export type Plan = ReturnType<typeof planFrom>;

export async function loadPlan(): Promise<Plan> {
	const [tasks, agencies, pillars, targets] = await Promise.all([
		getCollection('tasks'),
		getCollection('agencies'),
		getCollection('pillars'),
		getCollection('targets'),
	]);
	return planFrom({ tasks, agencies, pillars, targets });
}

/** Where the plan's English text is published officially (Qianhai Authority's website). */
export const PLAN_SOURCE_URL = 'https://qh.sz.gov.cn/en/news/content/post_10909311.html';
