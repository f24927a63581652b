// `npm run new -- <kind> <slug> [options]` writes a new page or entry that already passes the
// schema, so an editor starts from something that builds and only has to write the content.
//
//   npm run new -- guide <slug> --title "…" --source "Title|https://…" [--task <id>] [--agency <id>]
//   npm run new -- policy <slug> --title "…" --source "Title|https://…" --task <id> --agency <id> [--status planned]
//   npm run new -- agency <id> --name "English name as the plan writes it" --zh "中文名" --zh-hant "中文名"
//   npm run new -- translate <locale> <page>        e.g. translate ja guides/work-permit
//   npm run new -- task-translation <locale> <task> --title "…" --summary "…"
//                                                   adds a task's title and summary in one language
//
// Anything it can work out (today's date, the page type, the order, the translation's source
// revision) it fills in; what it cannot, it asks for when run in a terminal, or names the option.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import {
	filesOfPage,
	isLocale,
	type Locale,
	pageHref,
	pageIdOfFile,
	SOURCE_LOCALE,
	taskHref,
	TRANSLATION_LOCALES,
} from '../src/lib/locale.ts';
import { contentHash, withSourceHash } from '../src/lib/translation-status.ts';
import { POLICY_STATUSES } from '../src/lib/taxonomy.ts';
import { dataIds, unknownIdMessage } from '../src/readers/known-ids.ts';
import { parseDocument } from 'yaml';

const ROOT = process.env.SG_CONTENT_ROOT ?? 'content';
const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: {
		title: { type: 'string' },
		description: { type: 'string' },
		source: { type: 'string', multiple: true },
		task: { type: 'string', multiple: true },
		agency: { type: 'string', multiple: true },
		status: { type: 'string' },
		name: { type: 'string' },
		zh: { type: 'string' },
		'zh-hant': { type: 'string' },
		kind: { type: 'string' },
		summary: { type: 'string' },
	},
});
const [kind, ...rest] = positionals;

function fail(message: string): never {
	console.error(`npm run new: ${message}`);
	process.exit(2);
}
const today = new Date().toISOString().slice(0, 10);
const ids = (collection: string) => dataIds(collection, ROOT);

async function ask(option: string, question: string, given: string | undefined): Promise<string> {
	if (given?.trim()) return given.trim();
	if (!process.stdin.isTTY) fail(`missing --${option} (${question})`);
	const rl = createInterface({ input: process.stdin, output: process.stdout });
	const answer = (await rl.question(`${question}: `)).trim();
	rl.close();
	if (!answer) fail(`${question} is required`);
	return answer;
}

function checkIds(kindName: string, given: string[], known: string[]) {
	for (const id of given) if (!known.includes(id)) fail(unknownIdMessage(kindName, id, known));
}

function checkSlug(slug: string | undefined, what: string): string {
	if (!slug || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug))
		fail(`${what} must be lowercase words joined by hyphens, e.g. health-insurance (got "${slug ?? ''}")`);
	return slug;
}

const yamlString = (s: string) => JSON.stringify(s);

function write(file: string, text: string) {
	if (existsSync(file)) fail(`${file} exists already; edit it instead`);
	mkdirSync(dirname(file), { recursive: true });
	writeFileSync(file, text);
	console.log(`Created ${file}`);
}

async function sources(): Promise<{ title: string; url: string }[]> {
	const raw = values.source?.length ? values.source : [await ask('source', 'Official source as "Title|https://…"', undefined)];
	return raw.map((s) => {
		const [title, url] = s.split('|').map((x) => x.trim());
		if (!title || !url || !/^https?:\/\//.test(url)) fail(`--source must look like "Page title|https://official.site/page" (got "${s}")`);
		return { title, url };
	});
}

async function page(type: 'guide' | 'policy', slugArg: string | undefined) {
	const slug = checkSlug(slugArg, `The ${type} slug`);
	const dir = type === 'guide' ? 'guides' : 'policies';
	const file = join(ROOT, 'docs', SOURCE_LOCALE, dir, `${slug}.mdx`);
	const title = await ask('title', `Title of the ${type}`, values.title);
	const description = values.description ?? title;
	const tasks = values.task ?? [];
	const agencies = values.agency ?? [];
	checkIds('task', tasks, ids('tasks'));
	checkIds('agency', agencies, ids('agencies'));
	if (type === 'policy') {
		if (!tasks.length) fail('a policy needs --task <id> (the plan task it comes from)');
		if (!agencies.length) fail('a policy needs --agency <id> (who runs it)');
	}
	const status = values.status ?? 'planned';
	if (!(POLICY_STATUSES as readonly string[]).includes(status)) fail(`--status must be one of ${POLICY_STATUSES.join(', ')}`);
	const src = await sources();
	const existing = existsSync(dirname(file)) ? readdirSync(dirname(file)).length : 0;
	const front = [
		'---',
		`title: ${yamlString(title)}`,
		`description: ${yamlString(description)}`,
		`pageType: ${type}`,
		...(type === 'guide' ? [`order: ${(existing + 1) * 10}`] : []),
		`lastReviewed: ${today}`,
		'changes:',
		`  - date: ${today}`,
		'    firstPublished: true',
		`audience: []`,
		`tasks: [${tasks.join(', ')}]`,
		`agencies: [${agencies.join(', ')}]`,
		...(type === 'policy' ? ['status:', `  value: ${status}`, ...(status === 'unknown' ? [] : [`  source: ${src[0]!.url}`])] : []),
		'searchAliases: []',
		'sources:',
		...src.flatMap((s) => [`  - title: ${yamlString(s.title)}`, `    url: ${s.url}`]),
		'---',
		"import { Steps, Term, AgencyLink, Aside, ExternalLink, Figure } from '~/components';",
		'',
	];
	const body =
		type === 'guide'
			? [
					'## Before you start',
					'',
					`Who this guide is for and what you need before step 1.`,
					'',
					'## Step by step',
					'',
					'<Steps>',
					'',
					'1. ### First step',
					'',
					'   What to do, who handles it, documents, time and cost.',
					'',
					'</Steps>',
					'',
				]
			: ['## What it is', '', '## Who benefits', '', '## What you need to do', '', '## Who runs it', '', '## What the plan says', ''];
	write(file, [...front, ...body].join('\n'));
	console.log(
		`It will appear at ${pageHref(SOURCE_LOCALE, `${dir}/${slug}`)} (npm run dev, then open http://localhost:4321${pageHref(SOURCE_LOCALE, `${dir}/${slug}`)})`
	);
	console.log('Replace the example text under each heading, fill audience and searchAliases, and add every source you use.');
}

async function agency(idArg: string | undefined) {
	const id = checkSlug(idArg, 'The agency id');
	const name = await ask('name', 'English name exactly as the plan writes it', values.name);
	const zh = await ask('zh', 'Official Chinese name (Simplified)', values.zh);
	const zhHant = await ask('zh-hant', 'Official Chinese name (Traditional)', values['zh-hant']);
	const kindValue = values.kind ?? 'municipal-government';
	write(
		join(ROOT, 'agencies', `${id}.yaml`),
		[
			`name: ${yamlString(name)}`,
			`nameZh: ${zh}`,
			`nameZhHant: ${zhHant}`,
			`kind: ${kindValue}`,
			'role:',
			`  en: ${yamlString(`${name}.`)}`,
			'',
		].join('\n')
	);
	console.log(
		`It will appear at /agencies/${id}/. Write its role in plain words under role.en, then add the other languages (the unit tests list which are missing).`
	);
}

/** A locale pages are translated into, or a message listing them. */
function translationLocale(arg: string | undefined): Locale {
	if (!isLocale(arg) || arg === SOURCE_LOCALE) fail(`first argument must be a locale to translate into: ${TRANSLATION_LOCALES.join(', ')}`);
	return arg;
}

function translate(localeArg: string | undefined, pageArg: string | undefined) {
	const locale = translationLocale(localeArg);
	const pageId = pageIdOfFile((pageArg ?? '').replace(/^\/+|\/+$/g, ''));
	const found = filesOfPage(SOURCE_LOCALE, pageId).find((c) => existsSync(join(ROOT, 'docs', c)));
	if (!found) fail(`there is no English page content/docs/${SOURCE_LOCALE}/${pageId}.mdx to translate`);
	const source = readFileSync(join(ROOT, 'docs', found), 'utf8');
	const hash = contentHash(source);
	const text = withSourceHash(source, hash);
	write(join(ROOT, 'docs', locale, found.slice(SOURCE_LOCALE.length + 1)), text);
	const url = pageHref(locale, pageId);
	console.log(
		`It will appear at ${url}. Translate the text (keep the frontmatter keys and the component tags); sourceHash records the English revision (${hash}).`
	);
}

/**
 * Task titles and summaries are translated inside the task's YAML file (`title.<locale>`,
 * `summary.<locale>`), next to the English. This adds one language without touching the rest.
 */
async function taskTranslation(localeArg: string | undefined, task: string | undefined) {
	const locale = translationLocale(localeArg);
	checkIds('task', [task ?? ''], ids('tasks'));
	const file = join(ROOT, 'tasks', `${task}.yaml`);
	const doc = parseDocument(readFileSync(file, 'utf8'));
	const english = { title: String(doc.getIn(['title', SOURCE_LOCALE])), summary: String(doc.getIn(['summary', SOURCE_LOCALE])) };
	console.log(`English title: ${english.title}\nEnglish summary: ${english.summary}\n`);
	const title = await ask('title', `Title in ${locale}`, values.title);
	const summary = await ask('summary', `Summary in ${locale}`, values.summary);
	doc.setIn(['title', locale], title);
	doc.setIn(['summary', locale], summary);
	writeFileSync(file, doc.toString({ lineWidth: 0 }));
	console.log(`Updated ${file}. It will appear at ${taskHref(locale, task!)}.`);
}

switch (kind) {
	case 'guide':
	case 'policy':
		await page(kind, rest[0]);
		break;
	case 'agency':
		await agency(rest[0]);
		break;
	case 'translate':
		translate(rest[0], rest[1]);
		break;
	case 'task-translation':
		await taskTranslation(rest[0], rest[1]);
		break;
	default:
		fail(
			'usage: npm run new -- guide|policy|agency <slug> [options], npm run new -- translate <locale> <page>, or npm run new -- task-translation <locale> <task>'
		);
}
