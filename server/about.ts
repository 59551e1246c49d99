import type { DocumentRecord } from '../core/types.js';
import { authorList, byTitle, issuedYear, titleOf } from '../core/csl.js';
import { foldForMatching } from '../core/text.js';
import { intParam, single, type QueryInput } from './http/params.js';
import { badRequest } from './http/errors.js';
import type { Snapshot } from './index-store.js';
import type { PassageStore } from '../core/passage-store.js';
import { repeatsHitNearby } from './search/passage-words.js';

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
  title: byTitle,
  year: (a, b) => (issuedYear(b.csl) ?? 0) - (issuedYear(a.csl) ?? 0) || byTitle(a, b),
  passages: (a, b) => b.passageCount - a.passageCount || byTitle(a, b),
};


/**
 * Per library (a snapshot's documents), what every request would otherwise redo: each order of
 * the documents and each document's folded title and authors. At 40,000 documents one sort is
 * over 100 ms of a blocked server; a build never changes its documents, so once is enough.
 */
interface Prepared {
  orders: Partial<Record<AboutSort, DocumentRecord[]>>;
  hay?: Map<DocumentRecord, string>;
  sameTitle?: ReadonlySet<string>;
}
const prepared = new WeakMap<ReadonlyMap<string, DocumentRecord>, Prepared>();
function preparedFor(documents: ReadonlyMap<string, DocumentRecord>): Prepared {
  let p = prepared.get(documents);
  if (!p) prepared.set(documents, (p = { orders: {} }));
  return p;
}

function ordered(documents: ReadonlyMap<string, DocumentRecord>, sort: AboutSort): DocumentRecord[] {
  const p = preparedFor(documents);
  let rows = p.orders[sort];
  if (!rows) {
    rows = [...documents.values()];
    const order = ORDER[sort];
    if (order) rows.sort(order);
    p.orders[sort] = rows;
  }
  return rows;
}

/** Every word of `find` in the title or the authors' names, ignoring case and accents. */
function matcher(documents: ReadonlyMap<string, DocumentRecord>, find: string): ((d: DocumentRecord) => boolean) | null {
  const words = foldForMatching(find).split(/\s+/).filter(Boolean);
  if (!words.length) return null;
  const p = preparedFor(documents);
  const hay = (p.hay ??= new Map([...documents.values()].map((d) => [d, foldForMatching(`${titleOf(d.csl)} ${authorList(d.csl)}`)])));
  return (d) => {
    const h = hay.get(d) ?? '';
    return words.every((w) => h.includes(w));
  };
}

/**
 * Ids of the documents whose title another document has too (ignoring case and accents): 16
 * typesettings of one report were 16 identical rows, with no way to tell which file is which
 * (userreview19b finding 11), so their rows name their file.
 */
function sameTitle(documents: ReadonlyMap<string, DocumentRecord>): ReadonlySet<string> {
  const p = preparedFor(documents);
  if (p.sameTitle) return p.sameTitle;
  const byTitle = new Map<string, string[]>();
  for (const d of documents.values()) {
    const t = foldForMatching(titleOf(d.csl)).trim();
    byTitle.set(t, [...(byTitle.get(t) ?? []), d.id]);
  }
  return (p.sameTitle = new Set([...byTitle.values()].filter((ids) => ids.length > 1).flat()));
}

export interface AboutView {
  documentCount: number;
  passageCount: number;
  /** pull quotes that repeat a paragraph beside them: search lists that paragraph, not both, so
   *  browsing everything shows passageCount minus these */
  repeatedPullQuotes: number;
  /** this page's rows */
  documents: DocumentRecord[];
  /** ids of documents sharing their title with another: their rows name their file */
  sameTitle: ReadonlySet<string>;
  /** documents the words leave (all when there are none) */
  matching: number;
  find: string;
  sort: AboutSort;
  page: number;
  pages: number;
  /** the first row's position (1-based) */
  from: number;
}

// one count a build: the flag is a column in memory, and only pull quotes' neighbours are read
const repeatedCounts = new WeakMap<PassageStore, number>();
/** The pull quotes a search of everything leaves out, as it does (every passage being a hit). */
export function repeatedPullQuotes(passages: PassageStore): number {
  let n = repeatedCounts.get(passages);
  if (n !== undefined) return n;
  n = 0;
  for (let ord = 0; ord < passages.count; ord++) if (passages.isDuplicate(ord) && repeatsHitNearby(passages, ord, () => true)) n++;
  repeatedCounts.set(passages, n);
  return n;
}

export function aboutView(snap: Pick<Snapshot, 'documents' | 'passages'>, query: QueryInput, perPage = DOCUMENTS_PER_PAGE): AboutView {
  const sortRaw = single(query, 'sort') ?? 'author';
  if (!isSort(sortRaw)) throw badRequest(`sort must be one of ${Object.keys(ABOUT_SORTS).join(', ')}`);
  const find = (single(query, 'find') ?? '').trim();
  const all = ordered(snap.documents, sortRaw);
  const match = matcher(snap.documents, find);
  const rows = match ? all.filter(match) : all;
  const pages = Math.max(1, Math.ceil(rows.length / perPage));
  // a page past the end (the words narrowed the table) shows the last one rather than nothing
  const page = Math.min(intParam(query, 'page', 1, 1, 1_000_000), pages);
  const start = (page - 1) * perPage;
  return {
    documentCount: all.length,
    passageCount: snap.passages.count,
    repeatedPullQuotes: repeatedPullQuotes(snap.passages),
    documents: rows.slice(start, start + perPage),
    sameTitle: sameTitle(snap.documents),
    matching: rows.length,
    find,
    sort: sortRaw,
    page,
    pages,
    from: start + 1,
  };
}
