import { SOURCE_LOCALE } from './locales.ts';

/**
 * Entry id for a file under `content/docs/`. English lives in `content/docs/en/` like every
 * other locale, but Starlight serves it as the root locale, so its ids carry no prefix:
 * `en/guides/work-permit.mdx` → `guides/work-permit`, `zh-cn/index.mdx` → `zh-cn`,
 * `en/index.mdx` → `index` (Starlight's id for the root home page).
 */
export function docsEntryId(entry: string): string {
	let id = entry.replace(/\.(md|mdx)$/i, '').toLowerCase();
	if (id === `${SOURCE_LOCALE}/index`) return 'index';
	if (id.startsWith(`${SOURCE_LOCALE}/`)) id = id.slice(SOURCE_LOCALE.length + 1);
	return id.replace(/\/index$/, '');
}
