import type { DocumentRecord } from '../core/types.js';
import { authorList, issuedYear, titleOf } from '../core/csl.js';
import { intParam, single, type QueryInput } from './http/params.js';
import { badRequest } from './http/errors.js';
import type { Snapshot } from './index-store.js';

// The "About the corpus" page's table of documents. A library of thousands of documents is a
// megabyte of rows nobody reads at once: the table comes a page at a time, sorted as asked and
// narrowed by words of a title or an author's name.

export const DOCUMENTS_PER_PAGE = 100;

/** How the table can be ordered; `author` is the corpus's own order (by first author, then year). */
export const ABOUT_SORTS = {
  author: 'first author',
  title: 'title',
  year: 'newest first',
  passages: 'most passages',
} as const;
export type AboutSort = keyof typeof ABOUT_SORTS;
const isSort = (s: string): s is AboutSort => Object.prototype.hasOwnProperty.call(ABOUT_SORTS, s);

const ORDER: Record<AboutSort, ((a: DocumentRecord, b: DocumentRecord) => number) | null> = {
  author: null,
  title: (a, b) => titleOf(a.csl).localeCompare(titleOf(b.csl)),
  year: (a, b) => (issuedYear(b.csl) ?? 0) - (issuedYear(a.csl) ?? 0) || titleOf(a.csl).localeCompare(titleOf(b.csl)),
  passages: (a, b) => b.passageCount - a.passageCount || titleOf(a.csl).localeCompare(titleOf(b.csl)),
};

/** Every word of `find` in the title or the authors' names, ignoring case and accents. */
const folded = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
function matcher(find: string): (d: DocumentRecord) => boolean {
  const words = folded(find).split(/\s+/).filter(Boolean);
  if (!words.length) return () => true;
  return (d) => {
    const hay = folded(`${titleOf(d.csl)} ${authorList(d.csl)}`);
    return words.every((w) => hay.includes(w));
  };
}

export interface AboutView {
  documentCount: number;
  passageCount: number;
  /** this page's rows */
  documents: DocumentRecord[];
  /** documents the words leave (all when there are none) */
  matching: number;
  find: string;
  sort: AboutSort;
  page: number;
  pages: number;
  /** the first row's position (1-based) */
  from: number;
}

export function aboutView(snap: Pick<Snapshot, 'documents' | 'passages'>, query: QueryInput, perPage = DOCUMENTS_PER_PAGE): AboutView {
  const sortRaw = single(query, 'sort') ?? 'author';
  if (!isSort(sortRaw)) throw badRequest(`sort must be one of ${Object.keys(ABOUT_SORTS).join(', ')}`);
  const find = (single(query, 'find') ?? '').trim();
  const all = [...snap.documents.values()];
  const rows = all.filter(matcher(find));
  const order = ORDER[sortRaw];
  if (order) rows.sort(order);
  const pages = Math.max(1, Math.ceil(rows.length / perPage));
  // a page past the end (the words narrowed the table) shows the last one rather than nothing
  const page = Math.min(intParam(query, 'page', 1, 1, 1_000_000), pages);
  const start = (page - 1) * perPage;
  return {
    documentCount: all.length,
    passageCount: snap.passages.count,
    documents: rows.slice(start, start + perPage),
    matching: rows.length,
    find,
    sort: sortRaw,
    page,
    pages,
    from: start + 1,
  };
}
