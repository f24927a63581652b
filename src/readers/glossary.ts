/**
 * Reads the glossary (`content/glossary/<term>.yaml`) for `npm run i18n:lint`, checking each file
 * against the same schema as the build: a malformed entry stops the lint with the file, the line
 * and the field named.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Document, LineCounter, parseDocument } from 'yaml';
import { type GlossaryTerm, glossaryIssues, glossaryTermSchema } from '../lib/glossary.ts';
import { filesUnder } from './files.ts';

/** Line (1-based) of the field at `path` in a YAML document, or of its nearest parent that exists. */
function lineOf(doc: Document, counter: LineCounter, path: string): number {
	const keys = path ? path.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k)) : [];
	for (let n = keys.length; n > 0; n--) {
		const node = doc.getIn(keys.slice(0, n), true) as { range?: [number, number, number] } | undefined;
		if (node?.range) return counter.linePos(node.range[0]).line;
	}
	return 1;
}

export function readGlossary(dir = join(process.cwd(), 'content', 'glossary')): GlossaryTerm[] {
	const errors: string[] = [];
	const terms: GlossaryTerm[] = [];
	for (const file of filesUnder(dir, /\.ya?ml$/)) {
		const path = join(dir, file);
		const counter = new LineCounter();
		const doc = parseDocument(readFileSync(path, 'utf8'), { lineCounter: counter });
		if (doc.errors.length) {
			errors.push(...doc.errors.map((e) => `${path}:${e.linePos?.[0]?.line ?? 1}: ${e.message}`));
			continue;
		}
		const data: unknown = doc.toJS();
		const issues = glossaryIssues(data);
		if (issues.length) {
			errors.push(...issues.map((i) => `${path}:${lineOf(doc, counter, i.path)}: ${i.path || '(entry)'}: ${i.message}`));
			continue;
		}
		terms.push({ ...glossaryTermSchema.parse(data), id: file.replace(/\.ya?ml$/, '') });
	}
	if (errors.length) throw new Error(`The glossary has errors:\n${errors.join('\n')}`);
	return terms;
}
