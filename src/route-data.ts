/**
 * Starlight route middleware: adjusts what Starlight renders on every page.
 *
 * A table of contents only when there is something to list. Starlight gives every page one, and on
 * pages without headings (agencies, plan areas, 517 of 1,243 pages) it held only "Overview", a link
 * to the top of the page: a panel and 1.5 KB of script that helped no one. Such pages now render
 * without it, as GOV.UK shows "Contents" only where a page has parts.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';

export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	if (route.toc && !hasHeadings(route.toc.items)) route.toc = undefined;
});

/** Whether a table of contents lists anything besides the "Overview" entry Starlight always adds. */
export function hasHeadings(items: readonly { slug: string; children: readonly unknown[] }[]): boolean {
	return items.some((item) => item.slug !== '_top' || item.children.length > 0);
}
