/**
 * The docs collection, read once per production build. Hundreds of pages ask for it (a guide's
 * related links, every task, agency and office page, the feeds, each page's change feed), and
 * each `getCollection('docs')` copies every entry of the collection: at a few thousand pages that
 * copying was a large part of the build's time.
 */
import { getCollection, type CollectionEntry } from 'astro:content';

export type Docs = readonly CollectionEntry<'docs'>[];

let docs: Promise<Docs> | undefined;

export function loadDocs(): Promise<Docs> {
	// In `astro dev` pages change under a running server: read them afresh each time.
	if (!import.meta.env.PROD) return getCollection('docs');
	return (docs ??= getCollection('docs'));
}
