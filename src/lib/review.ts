/** When a page's facts were last checked, and when they are due to be checked again. */

/** The date a review falls due: `lastReviewed` plus `months` calendar months (UTC). */
export function reviewDueDate(lastReviewed: Date, months: number): Date {
	const due = new Date(lastReviewed.getTime());
	const day = due.getUTCDate();
	due.setUTCDate(1);
	due.setUTCMonth(due.getUTCMonth() + months);
	// 31 January + 1 month is the last day of February, not 3 March.
	const lastDay = new Date(Date.UTC(due.getUTCFullYear(), due.getUTCMonth() + 1, 0)).getUTCDate();
	due.setUTCDate(Math.min(day, lastDay));
	return due;
}

/** True when the review is due on or before `today`. */
export function isReviewOverdue(lastReviewed: Date, months: number, today: Date): boolean {
	return reviewDueDate(lastReviewed, months).getTime() <= today.getTime();
}
