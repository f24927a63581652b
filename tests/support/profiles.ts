/** Self-check profiles used by the unit tests of the scoring and by the browser tests of the page. */

/** A master's graduate, RMB 150,000–249,999, 5 years' experience, 9+ months, Shenzhen, age 30: 64 points (Class B). */
export const MASTERS_PROFILE_64 = {
	salary: '150k-250k',
	education: 'master',
	experience: '5',
	workingTime: '9-plus',
	region: 'other',
	age: '26-45',
	fortune500: 'no',
} as const;

/** A bachelor's graduate, RMB 70,000–149,999, 2 years, 6–9 months, Shenzhen, age 24: 43 points (below Class B). */
export const BACHELORS_PROFILE_43 = {
	salary: '70k-150k',
	education: 'bachelor',
	experience: '2',
	workingTime: '6-9',
	region: 'other',
	age: '18-25',
	fortune500: 'no',
} as const;
