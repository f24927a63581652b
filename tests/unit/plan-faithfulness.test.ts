import { describe, expect, it } from 'vitest';
import { readCollection, readPlanText } from '../support/content.ts';
import { LOCALE_CODES } from '../../src/lib/locale.ts';

interface Agency {
	name: string;
	nameVariants?: string[];
	nameZh: string;
	nameZhHant: string;
	kind: string;
	role: Record<string, string>;
}
interface Task {
	number: number;
	pillar: string;
	title: Record<string, string>;
	officialText: string;
	summary: Record<string, string>;
	lead: string;
	participants: string[];
}
interface Target {
	task: string;
	statement: Record<string, string>;
	metric: Record<string, string>;
}

const plan = readPlanText();
const agencies = readCollection<Agency>('agencies');
const tasks = readCollection<Task>('tasks');
const targets = readCollection<Target>('targets');

/** The plan's own statement of each task: title, paragraph and its unit line. */
function planTask(n: number) {
	const match = plan.match(
		new RegExp(`^${n}\\. ([^.]+)\\. (Shenzhen will[^\\n]*)\\n+\\(Leading unit: ([^;]+); participating units: ([^)]+)\\)`, 'm')
	);
	if (!match) throw new Error(`Task ${n} not found in plan.txt`);
	const [, title, text, lead, participants] = match;
	return { title: title!, text: text!.trim(), lead: lead!.trim(), participants: participants!.trim() };
}

const namesOf = (id: string) => {
	const a = agencies.get(id);
	if (!a) throw new Error(`unknown agency id "${id}"`);
	return [a.name, ...(a.nameVariants ?? [])];
};

describe('the plan data matches the plan text', () => {
	it('has the plan’s 12 tasks, numbered 1 to 12', () => {
		expect([...tasks.values()].map((t) => t.number).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
	});

	for (const [id, task] of tasks) {
		describe(`task ${task.number} (${id})`, () => {
			const source = planTask(task.number);

			it('title is exactly as in the plan', () => expect(task.title.en).toBe(source.title));

			it('official text is the plan’s paragraph, verbatim', () => expect(task.officialText.trim()).toBe(source.text));

			it('leading unit is the one the plan names', () => expect(namesOf(task.lead)).toContain(source.lead));

			it('participating units are exactly the plan’s (any order)', () => {
				let rest = source.participants;
				for (const participant of task.participants) {
					const name = namesOf(participant)
						.filter((n) => rest.includes(n))
						.sort((a, b) => b.length - a.length)[0];
					expect(name, `${participant} is not named among the participants of task ${task.number}`).toBeDefined();
					rest = rest.replace(name!, '');
				}
				// Only separators may remain: every named unit was matched by exactly one entry.
				expect(rest.replace(/,|\band\b|\s/g, '')).toBe('');
			});
		});
	}

	it('every unit named in a task line is in the agencies collection (34 units), plus the leading group of section III', () => {
		const used = new Set([...tasks.values()].flatMap((t) => [t.lead, ...t.participants]));
		expect(used.size).toBe(34);
		const extra = [...agencies.keys()].filter((id) => !used.has(id));
		expect(extra).toEqual(['business-environment-leading-group']);
		expect(plan).toContain(agencies.get('business-environment-leading-group')!.name);
	});

	it('the two numeric targets are stated as in the plan', () => {
		expect(targets.size).toBe(2);
		for (const target of targets.values()) {
			expect(plan).toContain(target.statement.en);
			expect(tasks.has(target.task)).toBe(true);
		}
		const statements = [...targets.values()].map((t) => t.statement.en).join(' ');
		expect(statements).toContain('77%');
		expect(statements).toContain('US$4 billion');
	});
});

describe('every locale has the plan’s text', () => {
	for (const [id, task] of tasks)
		it(`task ${id}: title and summary in all 11 locales`, () => {
			expect(Object.keys(task.title).sort()).toEqual([...LOCALE_CODES].sort());
			expect(Object.keys(task.summary).sort()).toEqual([...LOCALE_CODES].sort());
		});
	for (const [id, agency] of agencies)
		it(`agency ${id}: role in all 11 locales`, () => {
			expect(Object.keys(agency.role).sort()).toEqual([...LOCALE_CODES].sort());
		});
	for (const [id, target] of targets)
		it(`target ${id}: statement and metric in all 11 locales`, () => {
			expect(Object.keys(target.statement).sort()).toEqual([...LOCALE_CODES].sort());
			expect(Object.keys(target.metric).sort()).toEqual([...LOCALE_CODES].sort());
		});
});

describe('the general requirements and supporting measures are the plan’s text', () => {
	const sections = readCollection<{
		heading: string;
		officialText: string;
		title: Record<string, string>;
		summary: Record<string, string>;
	}>('plan-sections');
	const paragraphs = plan.split(/\n\s*\n/).map((p) => p.trim());
	it('has both sections', () => expect([...sections.keys()]).toEqual(['general-requirements', 'supporting-measures']));
	for (const [id, section] of sections) {
		it(`${id}: heading and every paragraph occur verbatim in the plan`, () => {
			expect(paragraphs).toContain(section.heading);
			for (const para of section.officialText.split(/\n\s*\n/)) expect(paragraphs).toContain(para.trim());
		});
		it(`${id}: title and summary in all 11 locales`, () => {
			expect(Object.keys(section.title).sort()).toEqual([...LOCALE_CODES].sort());
			expect(Object.keys(section.summary).sort()).toEqual([...LOCALE_CODES].sort());
		});
	}
	it('section III names the leading group and the commerce bureau, as the plan does', () => {
		const text = sections.get('supporting-measures')!.officialText;
		expect(text).toContain(agencies.get('business-environment-leading-group')!.name);
		expect(text).toContain('municipal commerce bureau');
	});
});

describe('agency names in the reader’s language', () => {
	const agencies = readCollection<{ names?: Record<string, string> }>('agencies');
	it('every agency has a name in every locale that does not read Chinese names natively', () => {
		for (const [id, agency] of agencies)
			expect(Object.keys(agency.names ?? {}).sort(), id).toEqual(['ar', 'de', 'es', 'fr', 'ja', 'ko', 'pt', 'ru']);
	});
});
