/**
 * UI strings looked up once per language in a production build. Starlight's `t()` asks i18next on
 * every call, and every page makes the same few dozen calls (skip link, theme and language
 * pickers, table of contents, search, feedback form): at thousands of pages those lookups cost
 * more than a tenth of the render time. Calls with options (counts, interpolated values) still
 * go to i18next. Runs after Starlight's middleware, which sets `locals.t` for the page's locale.
 */
import { defineMiddleware } from 'astro:middleware';

const stringsByLocale = new Map<string | undefined, Map<string, string>>();

export const onRequest = defineMiddleware((context, next) => {
	// In `astro dev` the strings can change under a running server.
	if (!import.meta.env.PROD) return next();
	const t = context.locals.t;
	let strings = stringsByLocale.get(context.currentLocale);
	if (!strings) stringsByLocale.set(context.currentLocale, (strings = new Map()));
	const known = strings;
	const lookup = (key: string, options?: object) => {
		if (options !== undefined) return (t as (key: string, options?: object) => string)(key, options);
		let text = known.get(key);
		if (text === undefined) known.set(key, (text = (t as (key: string) => string)(key)));
		return text;
	};
	context.locals.t = Object.assign(lookup, { all: t.all, exists: t.exists, dir: t.dir }) as unknown as typeof t;
	return next();
});
