/**
 * Points self-check for China's Foreigner's Work Permit (外国人来华工作许可), after the
 * Singapore MOM Self-Assessment Tool: it runs in the reader's browser, stores and sends nothing,
 * and its result is indicative only.
 *
 * Pure data and functions (no DOM, no Astro), so the unit tests, the server-rendered form and the
 * browser script all use the same rules.
 *
 * Why the table is incomplete on purpose
 * --------------------------------------
 * The points table (积分要素计分赋值表) is an annex to the Classification Standards for Foreigners
 * Working in China (Trial) (外国人来华工作分类标准（试行）, SAFEA with MOHRSS, MFA and MPS, 2017).
 * The official copy is published in the national system (fuwu.most.gov.cn/lhgzweb; Tianjin's
 * guidelines say its "Service Process" column carries the Evaluation Criteria, see
 * https://invest.teda.gov.cn/contents/2530/79289.html), which was not available to us. We found two public copies, and they are two different versions:
 *
 * - a "trial version" (试用版), posted by Huaiyin Institute of Technology on 6 April 2017;
 * - an "interim version" (暂行版), in an English rendering by the Irish Chamber of Commerce in China
 *   and a Traditional Chinese copy on a business blog.
 *
 * We count a rule only where both versions agree, and only up to the point where they agree. Every
 * other item is listed in `UNCOUNTED_ITEMS` with the reason, and the tool shows that list, so the
 * reader knows their official total may be higher. Do not "fill in" an item from one version
 * alone: confirm it on an official page first, then move it from `UNCOUNTED_ITEMS` to `RULES`.
 */

/** A UI-string key of this tool: defined in `locales/en/selfcheck.json` (checked by the type). */
export type SelfCheckKey = keyof typeof import('../../locales/en/selfcheck.json');

export interface Source {
	/** English title, for editors, tests and reports. */
	title: string;
	/** UI-string key of the title as the tool shows it (`locales/<code>/selfcheck.json`). */
	titleKey: SelfCheckKey;
	url: string;
	/** An official government page, or a copy/rendering published by someone else. */
	official: boolean;
}

/** Stored copies we actually read; see the module comment. */
export const SOURCES = {
	shenzhenService: {
		title: "Foreigner's Work Permit (service guide), Shenzhen Government Online",
		titleKey: 'selfcheck.source.shenzhen',
		url: 'https://www.sz.gov.cn/en_szgov/services/personal/employment/content/post_11247325.html',
		official: true,
	},
	nationalSystem: {
		title: 'Management and Service System for Foreigners Working in China (Ministry of Science and Technology)',
		titleKey: 'selfcheck.source.system',
		url: 'https://fuwu.most.gov.cn/lhgzweb/',
		official: true,
	},
	evaluationCriteria: {
		title: 'Evaluation Criteria for Foreigners Employed in China (Trial), English text via en.safea.gov.cn, Anhui Provincial Government',
		titleKey: 'selfcheck.source.criteria',
		url: 'http://english.ah.gov.cn/content/detail/5b8ce54b8513f34eb8248375.html',
		official: true,
	},
	trialTable: {
		title: '积分要素计分赋值表（试用版）, copy posted by Huaiyin Institute of Technology, 2017-04-06',
		titleKey: 'selfcheck.source.trialTable',
		url: 'https://jlc.hyit.edu.cn/info/1069/1226.htm',
		official: false,
	},
	interimTable: {
		title: 'Work permit points system (interim version, English rendering), Irish Chamber of Commerce in China',
		titleKey: 'selfcheck.source.interimTable',
		url: 'https://irishchamberchina.com/work-permit-points-system/',
		official: false,
	},
	interimTableZh: {
		title: '積分要素計分賦值表（暫行版）, copy on the SME Brother business blog',
		titleKey: 'selfcheck.source.interimTableZh',
		url: 'https://smebrother.com/blogs/news/%E5%A4%96%E5%9C%8B%E4%BA%BA%E4%BE%86%E8%8F%AF%E5%B7%A5%E4%BD%9C%E7%A9%8D%E5%88%86%E8%A6%81%E7%B4%A0%E8%A8%88%E5%88%86%E8%B3%A6%E5%80%BC%E8%A1%A8',
		official: false,
	},
} as const satisfies Record<string, Source>;

/**
 * Points thresholds: Class A from 85 points, Class B from 60 (both inclusive). The Shenzhen service
 * guide (THRESHOLD_SOURCE) says Category A includes talents who score enough points on the points
 * table, and our work-permit guide states 85 and 60 from it. The stored copy of the guide we read
 * did not show the figures in its excerpt, so we also checked: a Newsgd.com article of 2017-07-06
 * based on the Guangzhou Foreign Experts Bureau's material ("Category A (scored 85 or above)",
 * "Category B (scored 60 or above)"; copy seen at THRESHOLD_CORROBORATION) and Chinese summaries
 * ("85分以上", "60分以上"; in Chinese rules 以上 includes the number itself). Some English
 * summaries write ">85" or "86+"; we follow the inclusive official wording.
 */
export const CLASS_A_MIN_POINTS = 85;
export const CLASS_B_MIN_POINTS = 60;
export const THRESHOLD_SOURCE: Source = SOURCES.shenzhenService;
export const THRESHOLD_CORROBORATION = 'http://www.sd-rabbit.com/livingingd/2017-07/06/content_173883364.htm';

export type Category = 'A' | 'B' | 'C';

export interface RuleOption {
	value: string;
	labelKey: SelfCheckKey;
	/** Numbers for the label's placeholders; the component formats them for the reader. */
	labelParams?: Record<string, number>;
	points: number;
}

export type RuleId = 'salary' | 'education' | 'experience' | 'workingTime' | 'region' | 'age' | 'fortune500';

export interface PointsRule {
	id: RuleId;
	/** Key of the question (the fieldset's legend). */
	labelKey: SelfCheckKey;
	hintKey?: SelfCheckKey;
	/** A long list is a `<select>`; a short one, radio buttons. */
	control: 'radio' | 'select';
	options: readonly RuleOption[];
	/** The copy of the table this rule was taken from. */
	source: Source;
	/** The other copy, which agrees on what we count. */
	alsoSeen: readonly Source[];
}

/** Years of relevant experience: fewer than 2 → 0; 2 → 5; each further year +1 (both versions). */
function experienceOptions(): RuleOption[] {
	const options: RuleOption[] = [{ value: 'under-2', labelKey: 'selfcheck.experience.under', labelParams: { years: 2 }, points: 0 }];
	for (let years = 2; years < EXPERIENCE_AGREED_CAP_YEARS; years++)
		options.push({ value: String(years), labelKey: 'selfcheck.experience.years', labelParams: { years }, points: 5 + (years - 2) });
	options.push({
		value: `${EXPERIENCE_AGREED_CAP_YEARS}-plus`,
		labelKey: 'selfcheck.experience.orMore',
		labelParams: { years: EXPERIENCE_AGREED_CAP_YEARS },
		points: EXPERIENCE_AGREED_CAP_POINTS,
	});
	return options;
}

/**
 * The trial version caps work experience at 15 points, the interim version at 20. Both agree up to
 * 15 points, which 5 + (years − 2) reaches at 12 years; beyond that we count nothing more.
 */
export const EXPERIENCE_AGREED_CAP_POINTS = 15;
export const EXPERIENCE_AGREED_CAP_YEARS = 12;

export const RULES: readonly PointsRule[] = [
	{
		// Annual salary paid by the employer in China, in units of 10,000 RMB: identical bands in both versions.
		id: 'salary',
		labelKey: 'selfcheck.salary.legend',
		hintKey: 'selfcheck.salary.hint',
		control: 'radio',
		options: [
			{ value: '450k-plus', labelKey: 'selfcheck.salary.atLeast', labelParams: { amount: 450_000 }, points: 20 },
			{ value: '350k-450k', labelKey: 'selfcheck.salary.range', labelParams: { from: 350_000, to: 449_999 }, points: 17 },
			{ value: '250k-350k', labelKey: 'selfcheck.salary.range', labelParams: { from: 250_000, to: 349_999 }, points: 14 },
			{ value: '150k-250k', labelKey: 'selfcheck.salary.range', labelParams: { from: 150_000, to: 249_999 }, points: 11 },
			{ value: '70k-150k', labelKey: 'selfcheck.salary.range', labelParams: { from: 70_000, to: 149_999 }, points: 8 },
			{ value: '50k-70k', labelKey: 'selfcheck.salary.range', labelParams: { from: 50_000, to: 69_999 }, points: 5 },
			{ value: 'under-50k', labelKey: 'selfcheck.salary.under', labelParams: { amount: 50_000 }, points: 0 },
		],
		source: SOURCES.trialTable,
		alsoSeen: [SOURCES.interimTable, SOURCES.interimTableZh],
	},
	{
		// Degrees score the same in both versions. The vocational equivalents are worded differently,
		// so they are not offered (see UNCOUNTED_ITEMS).
		id: 'education',
		labelKey: 'selfcheck.education.legend',
		hintKey: 'selfcheck.education.hint',
		control: 'radio',
		options: [
			{ value: 'doctorate', labelKey: 'selfcheck.education.doctorate', points: 20 },
			{ value: 'master', labelKey: 'selfcheck.education.master', points: 15 },
			{ value: 'bachelor', labelKey: 'selfcheck.education.bachelor', points: 10 },
			{ value: 'none', labelKey: 'selfcheck.education.none', points: 0 },
		],
		source: SOURCES.trialTable,
		alsoSeen: [SOURCES.interimTable, SOURCES.interimTableZh],
	},
	{
		id: 'experience',
		labelKey: 'selfcheck.experience.legend',
		hintKey: 'selfcheck.experience.hint',
		control: 'select',
		options: experienceOptions(),
		source: SOURCES.trialTable,
		alsoSeen: [SOURCES.interimTable, SOURCES.interimTableZh],
	},
	{
		// Months a year the person will work in China: identical in both versions.
		id: 'workingTime',
		labelKey: 'selfcheck.workingTime.legend',
		control: 'radio',
		options: [
			{ value: '9-plus', labelKey: 'selfcheck.workingTime.9plus', points: 15 },
			{ value: '6-9', labelKey: 'selfcheck.workingTime.6to9', points: 10 },
			{ value: '3-6', labelKey: 'selfcheck.workingTime.3to6', points: 5 },
			{ value: 'under-3', labelKey: 'selfcheck.workingTime.under3', points: 0 },
		],
		source: SOURCES.trialTable,
		alsoSeen: [SOURCES.interimTable, SOURCES.interimTableZh],
	},
	{
		// 工作定向: 10 points for the western region, the north-east and other old industrial bases,
		// and national-level poverty counties and similar special areas (the trial copy says "central
		// region" poverty counties; the interim copy has no such qualifier). Shenzhen is none of
		// these, so a Shenzhen job scores 0; the question is kept so the reader sees why.
		id: 'region',
		labelKey: 'selfcheck.region.legend',
		hintKey: 'selfcheck.region.hint',
		control: 'radio',
		options: [
			{ value: 'other', labelKey: 'selfcheck.region.other', points: 0 },
			{ value: 'western', labelKey: 'selfcheck.region.western', points: 10 },
			{ value: 'northeast', labelKey: 'selfcheck.region.northeast', points: 10 },
			{ value: 'special-area', labelKey: 'selfcheck.region.specialArea', points: 10 },
		],
		source: SOURCES.trialTable,
		alsoSeen: [SOURCES.interimTable, SOURCES.interimTableZh],
	},
	{
		// Both versions give 10/15/10/5/0. The trial copy writes half-open bands ([18,25), [26,45)…),
		// which leave ages 25, 45, 55 and 60 in no band; the interim copy closes them ([18,25],
		// [26,45], [46,55], [56,60], over 60), so its bands are the ones used. Applicants must be 18+.
		id: 'age',
		labelKey: 'selfcheck.age.legend',
		control: 'radio',
		options: [
			{ value: '18-25', labelKey: 'selfcheck.age.range', labelParams: { from: 18, to: 25 }, points: 10 },
			{ value: '26-45', labelKey: 'selfcheck.age.range', labelParams: { from: 26, to: 45 }, points: 15 },
			{ value: '46-55', labelKey: 'selfcheck.age.range', labelParams: { from: 46, to: 55 }, points: 10 },
			{ value: '56-60', labelKey: 'selfcheck.age.range', labelParams: { from: 56, to: 60 }, points: 5 },
			{ value: 'over-60', labelKey: 'selfcheck.age.over', labelParams: { age: 60 }, points: 0 },
		],
		source: SOURCES.interimTable,
		alsoSeen: [SOURCES.interimTableZh, SOURCES.trialTable],
	},
	{
		// The bonus group (capped at 5 in both versions) has one item both versions word the same:
		// work experience with a Fortune Global 500 company, 5 points.
		id: 'fortune500',
		labelKey: 'selfcheck.fortune500.legend',
		control: 'radio',
		options: [
			{ value: 'yes', labelKey: 'selfcheck.yes', points: 5 },
			{ value: 'no', labelKey: 'selfcheck.no', points: 0 },
		],
		source: SOURCES.trialTable,
		alsoSeen: [SOURCES.interimTable, SOURCES.interimTableZh],
	},
];

/** The most points the counted rules can give (100: 20 + 20 + 15 + 15 + 10 + 15 + 5). */
export const MAX_COUNTED_POINTS = RULES.reduce((sum, r) => sum + Math.max(...r.options.map((o) => o.points)), 0);

export interface UncountedItem {
	id: 'chinese' | 'experienceBeyondCap' | 'otherBonus' | 'localBonus' | 'vocational';
	labelKey: SelfCheckKey;
	reasonKey: SelfCheckKey;
	/** The most this item could add in either version we saw. */
	maxPoints: number;
	sources: readonly Source[];
}

/** Items of the points table this tool does not score, and why (shown to the reader). */
export const UNCOUNTED_ITEMS: readonly UncountedItem[] = [
	{
		// Trial: Chinese-taught degree or HSK 5+ = 10, HSK 4 = 8 … HSK 1 = 2 (max 10).
		// Interim: former Chinese national, Chinese-taught degree or HSK 5+ = 5, HSK 4 = 4 … HSK 1 = 1 (max 5).
		id: 'chinese',
		labelKey: 'selfcheck.uncounted.chinese.label',
		reasonKey: 'selfcheck.uncounted.chinese.reason',
		maxPoints: 10,
		sources: [SOURCES.trialTable, SOURCES.interimTable],
	},
	{
		id: 'experienceBeyondCap',
		labelKey: 'selfcheck.uncounted.experienceBeyond.label',
		reasonKey: 'selfcheck.uncounted.experienceBeyond.reason',
		maxPoints: 20 - EXPERIENCE_AGREED_CAP_POINTS,
		sources: [SOURCES.interimTable, SOURCES.trialTable],
	},
	{
		// Trial: "graduated from a world top-100 foreign university". Interim: "graduated from a
		// high-level overseas university" (not defined in the copy we saw), patents or other IP, 5+
		// years' continuous work in China. The group shares its 5-point cap with Fortune Global 500.
		id: 'otherBonus',
		labelKey: 'selfcheck.uncounted.otherBonus.label',
		reasonKey: 'selfcheck.uncounted.otherBonus.reason',
		maxPoints: 5,
		sources: [SOURCES.trialTable, SOURCES.interimTable],
	},
	{
		// 地方鼓励性加分, 0–10, "standards set by the provincial foreign-worker authority".
		id: 'localBonus',
		labelKey: 'selfcheck.uncounted.local.label',
		reasonKey: 'selfcheck.uncounted.local.reason',
		maxPoints: 10,
		sources: [SOURCES.trialTable, SOURCES.interimTable],
	},
	{
		// Trial: "博士或相当 / 硕士或相当 / 学士或相当". Interim: internationally recognised top-level
		// vocational certificate or senior technician (20), technician (15), senior worker (10).
		id: 'vocational',
		labelKey: 'selfcheck.uncounted.vocational.label',
		reasonKey: 'selfcheck.uncounted.vocational.reason',
		maxPoints: 20,
		sources: [SOURCES.interimTable, SOURCES.trialTable],
	},
];

export type Answers = Partial<Record<RuleId, string>>;

export interface BreakdownLine {
	ruleId: RuleId;
	labelKey: PointsRule['labelKey'];
	/** The chosen option's value, or undefined when the question is unanswered (or the value unknown). */
	value: string | undefined;
	points: number;
	maxPoints: number;
}

export interface PointsResult {
	total: number;
	breakdown: BreakdownLine[];
	category: Category;
	uncountedItems: readonly UncountedItem[];
	/** Questions without a valid answer; they score 0, so the result is only meaningful when empty. */
	unanswered: RuleId[];
}

export function categoryFor(total: number): Category {
	if (total >= CLASS_A_MIN_POINTS) return 'A';
	if (total >= CLASS_B_MIN_POINTS) return 'B';
	// Below 60 the points route does not reach Class B. Class C itself is not a points class: it
	// covers temporary, seasonal and quota-managed work.
	return 'C';
}

/** Scores the answers against the counted rules. An unknown or missing answer scores 0. */
export function scorePoints(answers: Answers): PointsResult {
	const breakdown = RULES.map((rule): BreakdownLine => {
		const option = rule.options.find((o) => o.value === answers[rule.id]);
		return {
			ruleId: rule.id,
			labelKey: rule.labelKey,
			value: option?.value,
			points: option?.points ?? 0,
			maxPoints: Math.max(...rule.options.map((o) => o.points)),
		};
	});
	const total = breakdown.reduce((sum, line) => sum + line.points, 0);
	return {
		total,
		breakdown,
		category: categoryFor(total),
		uncountedItems: UNCOUNTED_ITEMS,
		unanswered: breakdown.filter((line) => line.value === undefined).map((line) => line.ruleId),
	};
}
