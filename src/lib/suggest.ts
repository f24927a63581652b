/** "Did you mean …?" for ids typed by hand: the closest known id by edit distance, if close enough. */
export function editDistance(a: string, b: string): number {
	const row = Array.from({ length: b.length + 1 }, (_, i) => i);
	for (let i = 1; i <= a.length; i++) {
		let prev = row[0]!;
		row[0] = i;
		for (let j = 1; j <= b.length; j++) {
			const tmp = row[j]!;
			row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
			prev = tmp;
		}
	}
	return row[b.length]!;
}

export function closest(value: string, known: readonly string[]): string | undefined {
	let best: string | undefined;
	let bestScore = Infinity;
	for (const k of known) {
		const score = editDistance(value.toLowerCase(), k.toLowerCase());
		if (score < bestScore) [best, bestScore] = [k, score];
	}
	return best !== undefined && bestScore <= Math.max(2, Math.floor(value.length / 3)) ? best : undefined;
}
