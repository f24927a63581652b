/** The prefilled message behind "Anything wrong with this page?". */

export interface FeedbackTarget {
	/** Mailbox for a `mailto:` message. */
	email: string;
	/** Issue form URL accepting `title` and `body` query parameters; wins over `email` when set. */
	url?: string;
}

/** `template` holds `{{text}}` where the reader's words go. */
export function feedbackHref(target: FeedbackTarget, subject: string, template: string, text: string): string {
	const body = template.replace('{{text}}', text.trim());
	if (target.url) {
		const url = new URL(target.url);
		url.searchParams.set('title', subject);
		url.searchParams.set('body', body);
		return url.href;
	}
	// mailto wants %20 for spaces (not +) and CRLF line breaks (RFC 6068).
	const enc = (s: string) => encodeURIComponent(s.replace(/\r?\n/g, '\r\n'));
	return `mailto:${target.email}?subject=${enc(subject)}&body=${enc(body)}`;
}
