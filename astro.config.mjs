// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { readdirSync, readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { LOCALES, starlightLocales } from './src/lib/locale.ts';

/** [folder code, BCP-47 tag] of every locale. */
const starlightLocaleTags = () => LOCALES.map((l) => [l.code, l.lang]);
import { labelTranslations } from './src/readers/ui-strings.ts';
import postBuild from './src/integrations/post-build.ts';
import { SITE_URL } from './src/lib/site-config.ts';

/**
 * The public address the site is deployed at. Canonical URLs, hreflang alternates and the
 * sitemap are built from it, so set SITE_URL when building for a real host.
 */
const site = SITE_URL;

/** A sidebar group or link whose label is a UI-string key, translated from `locales/`. */
/** @param {string} key */
const label = (key) => ({ label: labelTranslations(key).en, translations: labelTranslations(key) });

/** A label from text in every locale (`{ en, zh-cn, … }`), keyed by BCP-47 tag as Starlight wants it. */
/** @param {Record<string, string>} text */
const localizedLabel = (text) => ({
	label: text.en,
	translations: Object.fromEntries(starlightLocaleTags().map(([code, lang]) => [lang, text[code] ?? text.en])),
});

/** A sidebar link labelled with a plan section's title, in every language (from content/plan-sections/). */
/** @param {string} id */
const sectionLabel = (id) => localizedLabel(parseYaml(readFileSync(`./content/plan-sections/${id}.yaml`, 'utf8')).title);

/** A sidebar link per journey, labelled with its title (from content/journeys/, in their order). */
const journeyLinks = () =>
	readdirSync('./content/journeys')
		.filter((f) => f.endsWith('.yaml'))
		.map((f) => ({ id: f.replace(/\.yaml$/, ''), data: parseYaml(readFileSync(`./content/journeys/${f}`, 'utf8')) }))
		.sort((a, b) => a.data.order - b.data.order)
		.map(({ id, data }) => ({ ...localizedLabel(data.title), link: `/journeys/${id}/` }));

export default defineConfig({
	site,
	// The search dialog's code is a separately bundled module (`?worker&url` in Search.astro): as an ES
	// module, so the page can `import()` it by address without Vite's preload helper.
	vite: { worker: { format: 'es' } },
	trailingSlash: 'always',
	// Content-Security-Policy: a <meta> on every page, written by the post-build pass from the
	// final page (src/lib/post-build/fit-csp.ts): scripts and <style> elements only by hash.
	integrations: [
		// The pass over the built HTML (links, cells, CSS, script policy). Pagefind then indexes the
		// pages as it leaves them: `npm run build` runs scripts/search-index.ts once `astro build`
		// has exited, so the index is not built on top of the build's memory.
		postBuild(),
		starlight({
			title: labelTranslations('site.title'),
			defaultLocale: 'root',
			locales: starlightLocales(),
			description: labelTranslations('site.tagline').en,
			lastUpdated: false,
			// Pagefind runs after the build, in its own process (scripts/search-index.ts); the search
			// box is ours (src/components/starlight/Search.astro), so Starlight still renders it.
			pagefind: false,
			pagination: false,
			credits: false,
			sidebar: [
				{
					...label('nav.plan'),
					items: [
						{ ...label('nav.planOverview'), link: '/plan/' },
						{ ...sectionLabel('general-requirements'), link: '/plan/general-requirements/' },
						{ ...sectionLabel('supporting-measures'), link: '/plan/supporting-measures/' },
						{ ...label('plan.whoDoesWhat.title'), link: '/plan/who-does-what/' },
					],
				},
				{ ...label('nav.journeys'), items: journeyLinks() },
				// Guides and policies are links to their indexes, as agencies and offices are: Starlight's
				// `autogenerate` reads files under src/content/docs and found none in content/docs/<locale>/,
				// so these two groups were empty on every page. The indexes list, filter and describe them.
				{ ...label('nav.guides'), link: '/guides/' },
				{ ...label('nav.policies'), link: '/policies/' },
				{ ...label('nav.agencies'), link: '/agencies/' },
				{ ...label('nav.offices'), link: '/offices/' },
				{
					...label('nav.about'),
					items: [
						{ ...label('nav.aboutSite'), link: '/about/' },
						{ ...label('nav.whatsNew'), link: '/whats-new/' },
						{ ...label('status.title'), link: '/translation-status/' },
						{ ...label('sources.title'), link: '/sources/' },
					],
				},
			],
			components: {
				FallbackContentNotice: './src/components/starlight/FallbackContentNotice.astro',
				MarkdownContent: './src/components/starlight/MarkdownContent.astro',
				PageTitle: './src/components/starlight/PageTitle.astro',
				Search: './src/components/starlight/Search.astro',
				Footer: './src/components/starlight/Footer.astro',
			},
			customCss: ['./src/styles/global.css', './src/styles/print.css'],
			routeMiddleware: './src/route-data.ts',
		}),
	],
});
