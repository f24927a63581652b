/**
 * How Pagefind ranks results, stated once for every search box: Starlight's dialog (through its
 * `pagefind` option), the search page and the search tests. These are Starlight's defaults: long
 * guides are not penalised for their length (Pagefind's own default, pageLength 0.75, would rank
 * a short page that names a service above the guide that explains it).
 */
export const SEARCH_RANKING = { pageLength: 0.1, termFrequency: 0.1, termSaturation: 2, termSimilarity: 9 } as const;
