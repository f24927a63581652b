/** Fixed vocabularies shared by the schemas and the pages that filter by them. */

/** Who a guide or policy is for. */
export const AUDIENCES = [
	'foreign-investor',
	'foreign-professional',
	'exporter',
	'ecommerce-seller',
	'foreign-invested-enterprise',
	'hk-macao-resident',
	'adviser',
] as const;

/** How far a policy is confirmed to be in effect. */
export const POLICY_STATUSES = ['in-force', 'pilot', 'planned', 'unknown'] as const;
