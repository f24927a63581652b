import { getCollection } from 'astro:content';
import { guidesForLocale, splitDocsId } from './guides.ts';
import { LOCALE_CODES } from './locales.ts';

/** Guides whose frontmatter lists the task (or agency), as links in the reader's locale. */
export async function guidesRelatedTo(kind: 'tasks' | 'agencies', id: string, locale: string) {
	const docs = await getCollection('docs');
	const english = new Set(
		docs
			.filter((d) => splitDocsId(d.id, LOCALE_CODES)[0] === 'en' && d.data[kind].some((ref) => ref.id === id))
			.map((d) => d.id)
	);
	return guidesForLocale(docs, locale, LOCALE_CODES).filter((g) => english.has(g.id));
}
