/**
 * Astro's compressed HTML writes a definition list or a table row with nothing between its cells
 * (`<dt>Processing time</dt><dd>7 working days</dd>`). Browsers lay the cells out apart, but
 * Pagefind reads the text as one run: "Processing time7 working days", "Who it is forforeign
 * professionals", so the glued words are what it indexes and shows in excerpts. A space between
 * adjacent cells changes nothing on screen (whitespace between table cells or list items is not
 * rendered) and gives the index its word boundaries back.
 */
const ADJACENT_CELLS = /<\/(dt|dd|td|th)>(?=<(?:dt|dd|td|th)[\s>])/g;

export function separateCells(html: string): string {
	return html.replace(ADJACENT_CELLS, '</$1> ');
}
