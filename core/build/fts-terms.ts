import { PASSAGE_FIELDS } from '../search-fields.js';

// How one term is written in an FTS5 MATCH expression, by the engine and by the build's lists
// of common terms alike (term-best.ts, term-postings.ts), so that both score it the same.

/** FTS5 query syntax for one term: quoted, so it is that term whatever its characters. */
export const quoteTerm = (term: string) => `"${term.replace(/"/g, '""')}"`;

/**
 * FTS5's column filter for a word typed without a field: the passage's own columns
 * (search-fields.ts PASSAGE_FIELDS, which name FTS columns), not the document's title. Under
 * it bm25 counts a term's rows in those columns only, so its idf is the passages'.
 */
export const PASSAGE_SCOPE = `{${PASSAGE_FIELDS.join(' ')}} : `;

/** One term as a word typed without a field matches it: quoted, in the passage's columns. */
export const scopedTerm = (term: string) => `${PASSAGE_SCOPE}${quoteTerm(term)}`;
