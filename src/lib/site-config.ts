/**
 * What the operator of the site configures, in one place. Read at build time; environment
 * variables let a deployment change them without touching code.
 */

/** Public origin of the site (used for canonical URLs and the feedback message). */
export const SITE_URL = process.env.SITE_URL ?? 'https://shenzhen-gateway.example';

/** Guides and policies older than this show a "review due" warning and are listed as overdue. */
export const REVIEW_INTERVAL_MONTHS = Number(process.env.REVIEW_INTERVAL_MONTHS ?? 12);

/**
 * Where "Anything wrong with this page?" sends readers: an email address (a `mailto:` message
 * is prefilled) or, if FEEDBACK_URL is set, an issue form that accepts `title` and `body` query
 * parameters (GitHub's `issues/new` does). The default mailbox is on the site's own domain.
 */
export const FEEDBACK_EMAIL = process.env.FEEDBACK_EMAIL ?? `corrections@${new URL(SITE_URL).hostname}`;
export const FEEDBACK_URL = process.env.FEEDBACK_URL ?? '';

/** Whether the operator is a government body publishing this as its official site. */
export const OFFICIAL_SITE = process.env.OFFICIAL_SITE === 'true';
