import lunr from 'lunr';
import type { Passage } from '../core/types.js';
import type { Snapshot } from './index-store.js';

export interface SearchParams {
  q: string;
  doc: string[];
  page: number;
  size: number;
}

export interface SearchResult {
  total: number;
  hits: { passage: Passage; score: number }[];
  warnings: string[];
}

/** Reads any input as a lunr query; what lunr cannot parse is searched as plain words, with a warning. */
export function runQuery(index: lunr.Index, q: string, warnings: string[]): lunr.Index.Result[] {
  const trimmed = q.trim();
  if (!trimmed) return [];
  try {
    return index.search(trimmed);
  } catch (error) {
    const plain = trimmed.replace(/[:^~*+\-"]/g, ' ').replace(/\s+/g, ' ').trim();
    warnings.push(`Could not read "${trimmed}" as a query (${(error as Error).message}); searched for the words "${plain}" instead.`);
    if (!plain) return [];
    return index.query((query) => {
      for (const t of lunr.tokenizer(plain)) query.term(t, { presence: lunr.Query.presence.OPTIONAL });
    });
  }
}

export function search(snap: Snapshot, params: SearchParams): SearchResult {
  const warnings: string[] = [];
  let hits: { passage: Passage; score: number }[];
  if (params.q.trim()) {
    hits = runQuery(snap.index, params.q, warnings)
      .map((r) => ({ passage: snap.byId.get(r.ref)!, score: r.score }))
      .filter((h) => h.passage);
  } else hits = snap.passages.map((passage) => ({ passage, score: 0 }));
  if (params.doc.length) hits = hits.filter((h) => params.doc.includes(h.passage.doc));
  const start = (params.page - 1) * params.size;
  return { total: hits.length, hits: hits.slice(start, start + params.size), warnings };
}
