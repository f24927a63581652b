import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pagesUnder } from '../../src/readers/files.ts';

/**
 * CommonMark closes `**bold**` only if the closing `**` is "right-flanking": after punctuation
 * (such as ： or 。) it must be followed by a space or punctuation. Chinese and Japanese run text on
 * without spaces, so `**标签：**正文` shows its asterisks to the reader; `**标签**：正文` is bold.
 */
function unclosedBold(text: string): number[] {
	const lines: number[] = [];
	for (const [i, line] of text.split('\n').entries()) {
		const marks = [...line.matchAll(/\*\*/g)].map((m) => m.index);
		for (const [n, at] of marks.entries()) {
			if (n % 2 === 0) continue;
			const before = line[at - 1] ?? ' ';
			const after = line[at + 2] ?? ' ';
			if (/\p{P}/u.test(before) && !/[\s\p{P}]/u.test(after)) lines.push(i + 1);
		}
	}
	return lines;
}

describe('bold text in the content', () => {
	it('finds the case CommonMark leaves unclosed', () => {
		expect(unclosedBold('**标签：**正文\n**标签**：正文\n**Label:** text')).toEqual([1]);
	});
	it('closes every ** in every page', () => {
		const problems = pagesUnder('content/docs').flatMap((file) =>
			unclosedBold(readFileSync(`content/docs/${file}`, 'utf8')).map((line) => `content/docs/${file}:${line}`)
		);
		expect(problems).toEqual([]);
	});
});
