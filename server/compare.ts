import type { DocumentRecord, Passage } from '../core/types.js';
import type { Snapshot } from './index-store.js';
import { inText } from './export/citation-js.js';
import { safeCsl } from './export/safe-item.js';
import { runSearch } from './search/service.js';
import { yearOf } from './search/facets.js';
import { listIds } from './reading-list.js';
import { Budget } from './search/budget.js';
import { QUERY_LIMITS } from './search/query-limits.js';

// The compare view: one query, the hits from each chosen document (or year) in its own
// column, each hit with its own citation, so what two notes say on one question sits side by side.

export interface CompareHit {
  p: Passage;
  d: DocumentRecord;
  snippet: string;
  /** in-text citation with the page, APA */
  cite: string;
}

export interface CompareColumn {
  facet: 'doc' | 'year';
  id: string;
  label: string;
  total: number;
  hits: CompareHit[];
}

const PER_COLUMN = 8;
/**
 * Documents offered as choices at most: 4,000 checkboxes are a megabyte of page nobody reads.
 * Past it, those with the most passages on the question are offered (the most recent before
 * a question is typed), and the chosen ones always.
 */
export const OFFERED_DOCUMENTS = 40;

/**
 * Columns one comparison shows at most: each is a search of its own, run in one turn. Any number
 * of doc= and year= had been read (a 32 KiB address holds a thousand): 40 documents and `pro*`
 * held a 100k library's server 7.4 s of CPU, every other request waiting (attack21). Six columns
 * is what a screen shows side by side; the rest are left out with a warning.
 */
export const MAX_COLUMNS = 6;

const strings = (v: unknown): string[] => (v === undefined ? [] : Array.isArray(v) ? v.map(String) : [String(v)]).filter(Boolean);

export function compareView(snap: Snapshot, query: Record<string, unknown>, offer = OFFERED_DOCUMENTS, maxColumns = MAX_COLUMNS) {
  const q = typeof query.q === 'string' ? query.q : '';
  const docs = [...snap.documents.values()].sort((a, b) => (yearOf(b) ?? 0) - (yearOf(a) ?? 0) || String(a.csl.title).localeCompare(String(b.csl.title)));
  const years = [...new Set(docs.map((d) => yearOf(d)).filter((y): y is number => y !== null))].sort((a, b) => b - a).map(String);
  // a document or year chosen twice is one column (two identical columns compare nothing)
  const chosenDocs = [...new Set(strings(query.doc).filter((id) => snap.documents.has(id)))];
  const chosenYears = [...new Set(strings(query.year).filter((y) => years.includes(y)))];
  const ignored = [...strings(query.doc).filter((id) => !snap.documents.has(id)), ...strings(query.year).filter((y) => !years.includes(y))];
  // the columns shown: documents first, then years, MAX_COLUMNS in all
  const docColumns = chosenDocs.slice(0, maxColumns);
  const yearColumns = chosenYears.slice(0, maxColumns - docColumns.length);
  const leftOut = chosenDocs.length + chosenYears.length - docColumns.length - yearColumns.length;
  // one time budget for the page's searches, as a search request has (their optional steps are cut once it is spent)
  const budget = new Budget(QUERY_LIMITS.budgetMs);
  // which documents the page offers, and (past `offer`) on what grounds
  let offered = docs;
  let offeredBy: 'all' | 'hits' | 'recent' = 'all';
  const hitCounts = new Map<string, number>();
  if (docs.length > offer) {
    if (q.trim()) {
      const found = runSearch(snap, { q, filters: {}, page: 1, size: 1, sort: 'relevance', perDoc: 0, facetSize: offer, snippets: false, budget });
      for (const v of found.facets.doc) hitCounts.set(v.id, v.count);
      offered = found.facets.doc.map((v) => snap.documents.get(v.id)).filter((d): d is DocumentRecord => d !== undefined);
      offeredBy = 'hits';
    } else {
      offered = docs.slice(0, offer);
      offeredBy = 'recent';
    }
    for (const id of chosenDocs) if (!offered.some((d) => d.id === id)) offered.push(snap.documents.get(id)!);
  }
  const columns: CompareColumn[] = [];
  const column = (facet: 'doc' | 'year', id: string, label: string) => {
    // a column shows its count and first hits: no facet is counted
    const result = runSearch(snap, { q, filters: { [facet]: { include: [id], exclude: [] } }, page: 1, size: PER_COLUMN, sort: 'relevance', perDoc: 0, facetCounts: false, budget });
    const hits = result.hits.map((h) => {
      const d = snap.documents.get(h.passage.doc)!;
      // the citation made from safe metadata, as a passage page's is: an author's unclosed
      // direction control had reversed the rest of the cell (review16-c finding 7)
      return { p: h.passage, d, snippet: h.snippet, cite: inText(safeCsl(d.csl), 'apa', h.passage) };
    });
    columns.push({ facet, id, label, total: result.total, hits });
  };
  for (const id of docColumns) column('doc', id, snap.documents.get(id)!.csl.title ?? id);
  for (const y of yearColumns) column('year', y, y);
  return {
    q,
    docs: offered,
    offeredBy,
    hitCounts,
    libraryDocuments: docs.length,
    years,
    chosenDocs,
    chosenYears,
    ignored,
    /** documents and years chosen past MAX_COLUMNS: not shown */
    leftOut,
    maxColumns,
    columns,
    // fewer than two columns compare nothing: the page says what to choose
    ready: columns.length >= 2,
    listIds: listIds(query.list),
  };
}
