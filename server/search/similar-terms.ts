import { readFileSync } from 'node:fs';
import type { Term } from './ranking.js';

// Words of the corpus that general English uses alike (nearest neighbours by word vectors),
// per stem, with their cosine: what lets a ranking rule credit a passage that says the query's
// concept in other words ("gridlock" ↔ "impasse", "expelled" ↔ "expulsion").

export interface SimilarTerms {
  /** the stems used like this one, most alike first, with their cosine */
  near(stem: string): readonly (readonly [string, number, string])[] | undefined;
  /** how informative a stem is (inverse document frequency): rare words weigh more */
  idf(stem: string): number;
  /** the share of passages holding a stem */
  share(stem: string): number;
}

/** A table as written: per stem its neighbours, and per stem how many passages hold it. */
export interface SimilarTable {
  passages: number;
  df: Record<string, number>;
  /** per stem, its neighbours: stem, cosine, and the corpus's commonest word of that stem */
  near: Record<string, [string, number, string][]>;
}

export function similarTerms(table: SimilarTable): SimilarTerms {
  const near = new Map(Object.entries(table.near));
  return {
    near: (s) => near.get(s),
    idf: (s) => Math.log(1 + table.passages / (1 + (table.df[s] ?? 0))),
    share: (s) => (table.df[s] ?? 0) / Math.max(1, table.passages),
  };
}

let loaded: SimilarTerms | undefined | null = null;
/** EXPERIMENT: a table named by SIMILAR_TERMS (a JSON file), until builds carry one. */
export function experimentalSimilar(): SimilarTerms | undefined {
  if (loaded === null) loaded = process.env.SIMILAR_TERMS ? similarTerms(JSON.parse(readFileSync(process.env.SIMILAR_TERMS, 'utf8')) as SimilarTable) : undefined;
  return loaded;
}

/** The query's side of soft matching, in the form the candidates' stems take. */
export interface SoftQuery {
  /** per distinct content stem of the query, its weight */
  weights: number[];
  /** the query's distinct content stems */
  stems: Term[];
  /** a stem like one of the query's → per query stem (its index) the cosine */
  near: Map<Term, [number, number][]>;
  total: number;
}

export function softQuery(queryStems: readonly string[], similar: SimilarTerms, idOf: (s: string) => Term, floor: number, perWord: number): SoftQuery | undefined {
  const distinct = [...new Set(queryStems)];
  if (!distinct.length) return undefined;
  const near = new Map<Term, [number, number][]>();
  const weights = distinct.map((s) => similar.idf(s));
  distinct.forEach((s, i) => {
    let taken = 0;
    for (const [n, sim] of similar.near(s) ?? []) {
      if (sim < floor || taken >= perWord) break;
      if (distinct.includes(n)) continue;
      taken++;
      const id = idOf(n);
      const list = near.get(id);
      if (list) list.push([i, sim]);
      else near.set(id, [[i, sim]]);
    }
  });
  return { weights, stems: distinct.map(idOf), near, total: weights.reduce((a, b) => a + b, 0) };
}
