import { describe, expect, it } from 'vitest';
import {
	CLASS_A_MIN_POINTS,
	CLASS_B_MIN_POINTS,
	EXPERIENCE_AGREED_CAP_POINTS,
	MAX_COUNTED_POINTS,
	RULES,
	SOURCES,
	THRESHOLD_SOURCE,
	UNCOUNTED_ITEMS,
	categoryFor,
	scorePoints,
	type Answers,
	type RuleId,
} from '../../src/lib/work-permit-points.ts';
import { readLocaleStrings } from '../../src/readers/ui-strings.ts';
import { LOCALE_CODES } from '../../src/lib/locale.ts';
import { BACHELORS_PROFILE_43, MASTERS_PROFILE_64 } from '../support/profiles.ts';

/** Points for one rule, every other question left unanswered (so it scores 0). */
const pointsFor = (id: RuleId, value: string) => scorePoints({ [id]: value }).total;

/** A complete set of answers that scores 0 on every rule. */
const zero: Required<Answers> = {
	salary: 'under-50k',
	education: 'none',
	experience: 'under-2',
	workingTime: 'under-3',
	region: 'other',
	age: 'over-60',
	fortune500: 'no',
};

const isHttpUrl = (url: string) => /^https?:\/\/[^\s/]+\.[^\s/]+\//.test(url) && new URL(url).href.length > 0;

describe('annual salary (units of RMB 10,000 in the table)', () => {
	it('gives 20 from 450,000 and 17 just below it', () => {
		expect(pointsFor('salary', '450k-plus')).toBe(20);
		expect(pointsFor('salary', '350k-450k')).toBe(17);
	});
	it('steps down band by band to 0 below 50,000', () => {
		expect(['250k-350k', '150k-250k', '70k-150k', '50k-70k', 'under-50k'].map((v) => pointsFor('salary', v))).toEqual([14, 11, 8, 5, 0]);
	});
	it('has contiguous bands: each upper bound is one yuan below the next lower bound', () => {
		const rule = RULES.find((r) => r.id === 'salary')!;
		const params = rule.options.map((o) => o.labelParams!);
		expect(params[0]!.amount).toBe(450_000);
		for (let i = 1; i < params.length - 1; i++) {
			const upper = i === 1 ? params[0]!.amount! : params[i - 1]!.from!;
			expect(params[i]!.to, rule.options[i]!.value).toBe(upper - 1);
		}
		expect(params.at(-1)!.amount).toBe(params.at(-2)!.from);
	});
});

describe('education', () => {
	it('gives 20 / 15 / 10 / 0 for doctorate / master / bachelor / none', () => {
		expect(['doctorate', 'master', 'bachelor', 'none'].map((v) => pointsFor('education', v))).toEqual([20, 15, 10, 0]);
	});
});

describe('work experience', () => {
	it('gives 0 below 2 years and 5 at exactly 2 years', () => {
		expect(pointsFor('experience', 'under-2')).toBe(0);
		expect(pointsFor('experience', '2')).toBe(5);
	});
	it('adds one point for each year after 2', () => {
		expect(pointsFor('experience', '3')).toBe(6);
		expect(pointsFor('experience', '11')).toBe(14);
	});
	it('stops at the 15 points both versions agree on, reached at 12 years', () => {
		expect(pointsFor('experience', '12-plus')).toBe(EXPERIENCE_AGREED_CAP_POINTS);
		expect(EXPERIENCE_AGREED_CAP_POINTS).toBe(15);
		const rule = RULES.find((r) => r.id === 'experience')!;
		expect(Math.max(...rule.options.map((o) => o.points))).toBe(15);
		// The part one version adds beyond the cap is listed as not counted.
		expect(UNCOUNTED_ITEMS.find((u) => u.id === 'experienceBeyondCap')!.maxPoints).toBe(5);
	});
	it('has no gaps: every option is one point above the one before, after the first step', () => {
		const points = RULES.find((r) => r.id === 'experience')!.options.map((o) => o.points);
		expect(points[0]).toBe(0);
		for (let i = 2; i < points.length; i++) expect(points[i]! - points[i - 1]!).toBe(1);
	});
});

describe('annual working time in China', () => {
	it('gives 15 from 9 months, 10 from 6, 5 from 3, and 0 below 3', () => {
		expect(['9-plus', '6-9', '3-6', 'under-3'].map((v) => pointsFor('workingTime', v))).toEqual([15, 10, 5, 0]);
	});
});

describe('region of employment', () => {
	it('gives a Shenzhen job (an area not listed) 0 and each listed area 10', () => {
		expect(pointsFor('region', 'other')).toBe(0);
		expect(['western', 'northeast', 'special-area'].map((v) => pointsFor('region', v))).toEqual([10, 10, 10]);
	});
});

describe('age', () => {
	it('uses closed bands: 25 is in 18–25, 26 in 26–45, 45 in 26–45, 46 in 46–55', () => {
		const band = (age: number) =>
			RULES.find((r) => r.id === 'age')!.options.find((o) => {
				const p = o.labelParams!;
				return p.age !== undefined ? age > p.age : age >= p.from! && age <= p.to!;
			})!;
		expect(band(18).points).toBe(10);
		expect(band(25).points).toBe(10);
		expect(band(26).points).toBe(15);
		expect(band(45).points).toBe(15);
		expect(band(46).points).toBe(10);
		expect(band(55).points).toBe(10);
		expect(band(56).points).toBe(5);
		expect(band(60).points).toBe(5);
		expect(band(61).points).toBe(0);
	});
	it('scores each band', () => {
		expect(['18-25', '26-45', '46-55', '56-60', 'over-60'].map((v) => pointsFor('age', v))).toEqual([10, 15, 10, 5, 0]);
	});
});

describe('Fortune Global 500 bonus', () => {
	it('gives 5 for yes and 0 for no', () => {
		expect(pointsFor('fortune500', 'yes')).toBe(5);
		expect(pointsFor('fortune500', 'no')).toBe(0);
	});
});

describe('thresholds', () => {
	it('are 85 for Class A and 60 for Class B, both inclusive', () => {
		expect(CLASS_A_MIN_POINTS).toBe(85);
		expect(CLASS_B_MIN_POINTS).toBe(60);
		expect(categoryFor(100)).toBe('A');
		expect(categoryFor(85)).toBe('A');
		expect(categoryFor(84)).toBe('B');
		expect(categoryFor(60)).toBe('B');
		expect(categoryFor(59)).toBe('C');
		expect(categoryFor(0)).toBe('C');
	});
	it('name an official source', () => {
		expect(THRESHOLD_SOURCE.official).toBe(true);
		expect(isHttpUrl(THRESHOLD_SOURCE.url)).toBe(true);
		expect(CLASS_A_MIN_POINTS).toBe(85);
		expect(CLASS_B_MIN_POINTS).toBe(60);
	});
	it('are reached by real profiles at exactly 85 and 60', () => {
		// 20 + 20 + 15 + 15 + 0 + 15 + 0 = 85
		const at85: Answers = {
			...zero,
			salary: '450k-plus',
			education: 'doctorate',
			experience: '12-plus',
			workingTime: '9-plus',
			age: '26-45',
		};
		expect(scorePoints(at85)).toMatchObject({ total: 85, category: 'A' });
		// One salary band lower: 17 + 20 + 15 + 15 + 15 = 82
		expect(scorePoints({ ...at85, salary: '350k-450k' })).toMatchObject({ total: 82, category: 'B' });
		// 8 + 15 + 7 + 15 + 0 + 10 + 5 = 60, and one year less of experience gives 59
		const at60: Answers = {
			...zero,
			salary: '70k-150k',
			education: 'master',
			experience: '4',
			workingTime: '9-plus',
			age: '18-25',
			fortune500: 'yes',
		};
		expect(scorePoints(at60)).toMatchObject({ total: 60, category: 'B' });
		expect(scorePoints({ ...at60, experience: '3' })).toMatchObject({ total: 59, category: 'C' });
	});
});

describe('totals', () => {
	it('are the sum of the breakdown, line by line', () => {
		const answers: Answers = {
			salary: '250k-350k',
			education: 'master',
			experience: '7',
			workingTime: '6-9',
			region: 'other',
			age: '46-55',
			fortune500: 'yes',
		};
		const result = scorePoints(answers);
		expect(result.breakdown.map((l) => [l.ruleId, l.points])).toEqual([
			['salary', 14],
			['education', 15],
			['experience', 10],
			['workingTime', 10],
			['region', 0],
			['age', 10],
			['fortune500', 5],
		]);
		expect(result.total).toBe(64);
		expect(result.total).toBe(result.breakdown.reduce((s, l) => s + l.points, 0));
		expect(result.unanswered).toEqual([]);
	});
	it('are 0 for the all-zero profile and 100 at most', () => {
		expect(scorePoints(zero).total).toBe(0);
		const best = Object.fromEntries(RULES.map((r) => [r.id, [...r.options].sort((a, b) => b.points - a.points)[0]!.value]));
		expect(scorePoints(best).total).toBe(MAX_COUNTED_POINTS);
		expect(MAX_COUNTED_POINTS).toBe(100);
	});
	it('count an unanswered or unknown answer as 0 and report it', () => {
		const result = scorePoints({ salary: '450k-plus', education: 'phd-from-mars' });
		expect(result.total).toBe(20);
		expect(result.unanswered).toEqual(['education', 'experience', 'workingTime', 'region', 'age', 'fortune500']);
		expect(result.breakdown.find((l) => l.ruleId === 'education')!.value).toBeUndefined();
	});
	it('always return the items that are not counted', () => {
		expect(scorePoints({}).uncountedItems.map((u) => u.id)).toEqual([
			'chinese',
			'experienceBeyondCap',
			'otherBonus',
			'localBonus',
			'vocational',
		]);
	});
	it('match the profiles the e2e tests enter', () => {
		// English page: PhD, RMB 450,000+, 10 years, 9+ months, Shenzhen, age 30, Fortune 500 = 88 (A)
		expect(
			scorePoints({
				salary: '450k-plus',
				education: 'doctorate',
				experience: '10',
				workingTime: '9-plus',
				region: 'other',
				age: '26-45',
				fortune500: 'yes',
			})
		).toMatchObject({ total: 88, category: 'A' });
		// zh-cn page: master's, RMB 150,000–249,999, 5 years, 9+ months, Shenzhen, age 30, no = 64 (B)
		expect(scorePoints(MASTERS_PROFILE_64)).toMatchObject({ total: 64, category: 'B' });
		// ar page: bachelor's, RMB 70,000–149,999, 2 years, 6–9 months, Shenzhen, age 24, no = 43 (C)
		expect(scorePoints(BACHELORS_PROFILE_43)).toMatchObject({ total: 43, category: 'C' });
	});
});

describe('rule data', () => {
	it('gives every rule and every uncounted item a source URL', () => {
		for (const rule of RULES) {
			expect(isHttpUrl(rule.source.url), rule.id).toBe(true);
			expect(rule.source.title.length, rule.id).toBeGreaterThan(0);
			for (const s of rule.alsoSeen) expect(isHttpUrl(s.url), `${rule.id} also seen`).toBe(true);
		}
		for (const item of UNCOUNTED_ITEMS) {
			expect(item.sources.length, item.id).toBeGreaterThan(0);
			for (const s of item.sources) expect(isHttpUrl(s.url), item.id).toBe(true);
		}
		for (const s of Object.values(SOURCES)) expect(isHttpUrl(s.url), s.title).toBe(true);
	});
	it('has unique rule ids and unique option values within a rule', () => {
		expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
		for (const rule of RULES) expect(new Set(rule.options.map((o) => o.value)).size, rule.id).toBe(rule.options.length);
	});
	it('has a label in every locale for every key it uses', () => {
		const keys = new Set<string>();
		for (const rule of RULES) {
			keys.add(rule.labelKey);
			if (rule.hintKey) keys.add(rule.hintKey);
			for (const o of rule.options) keys.add(o.labelKey);
		}
		for (const item of UNCOUNTED_ITEMS) keys.add(item.labelKey).add(item.reasonKey);
		for (const s of Object.values(SOURCES)) keys.add(s.titleKey);
		for (const code of LOCALE_CODES) {
			const strings = readLocaleStrings(code);
			const missing = [...keys].filter((k) => !strings[k]?.trim());
			expect(missing, code).toEqual([]);
		}
	});
});
