import type { DocumentRecord, Passage } from '../core/types.js';
import type { Snapshot } from './index-store.js';
import { inText } from './export/citation-js.js';
import { runSearch } from './search/service.js';
import { yearOf } from './search/facets.js';
import { listIds } from './reading-list.js';

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

const strings = (v: unknown): string[] => (v === undefined ? [] : Array.isArray(v) ? v.map(String) : [String(v)]).filter(Boolean);

export function compareView(snap: Snapshot, query: Record<string, unknown>) {
  const q = typeof query.q === 'string' ? query.q : '';
  const docs = [...snap.documents.values()].sort((a, b) => (yearOf(b) ?? 0) - (yearOf(a) ?? 0) || String(a.csl.title).localeCompare(String(b.csl.title)));
  const years = [...new Set(docs.map((d) => yearOf(d)).filter((y): y is number => y !== null))].sort((a, b) => b - a).map(String);
  const chosenDocs = strings(query.doc).filter((id) => snap.documents.has(id));
  const chosenYears = strings(query.year).filter((y) => years.includes(y));
  const ignored = [...strings(query.doc).filter((id) => !snap.documents.has(id)), ...strings(query.year).filter((y) => !years.includes(y))];
  const columns: CompareColumn[] = [];
  const column = (facet: 'doc' | 'year', id: string, label: string) => {
    const result = runSearch(snap, { q, filters: { [facet]: { include: [id], exclude: [] } }, page: 1, size: PER_COLUMN, sort: 'relevance', perDoc: 0 });
    const hits = result.hits.map((h) => {
      const d = snap.documents.get(h.passage.doc)!;
      return { p: h.passage, d, snippet: h.snippet, cite: inText(d.csl, 'apa', h.passage) };
    });
    columns.push({ facet, id, label, total: result.total, hits });
  };
  for (const id of chosenDocs) column('doc', id, snap.documents.get(id)!.csl.title ?? id);
  for (const y of chosenYears) column('year', y, y);
  return {
    q,
    docs,
    years,
    chosenDocs,
    chosenYears,
    ignored,
    columns,
    // fewer than two columns compare nothing: the page says what to choose
    ready: columns.length >= 2,
    listIds: listIds(query.list),
  };
}
