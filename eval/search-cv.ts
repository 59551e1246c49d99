import type { Snapshot } from '../server/index-store.js';
import { LunrEngine } from '../core/engines/lunr.js';
import { SEARCH_FIELDS, sectionField } from '../core/search-fields.js';
import { foldOf, FOLDS } from './cross-validate.js';
import { gradesOf, rankInProcess, rankMetrics, type LabelledQuery } from './search.js';
import { nameDisplay } from '../core/csl.js';

// k-fold cross-validation of the search field boosts (core/search-fields.ts), chosen by
// scripts/tune-boosts.ts on the tuning queries: per fold the boosts are chosen on the other
// folds' queries (best mean nDCG@10, all hits ranked) and scored on this fold's.

export const BOOST_GRID = { section: [0.5, 1, 1.5, 2, 3], title: [0, 0.3, 0.6, 1.2] };

export interface BoostCrossValidation {
  how: string;
  inSample: number;
  crossValidated: number;
  chosen: { section: number; title: number }[];
}

/** The passages as the engine indexes them: text, section path, document title and authors. */
export function engineDocuments(snap: Pick<Snapshot, 'passages' | 'documents'>) {
  return Array.from(snap.passages.all(), (p, ordinal) => {
    const d = snap.documents.get(p.doc)!;
    return { ordinal, text: p.text, section: sectionField(p), title: d.csl.title ?? '', author: (d.csl.author ?? []).map(nameDisplay).join(' ') };
  });
}

export function boostedEngine(snap: Snapshot, section: number, title: number): LunrEngine {
  return LunrEngine.build(engineDocuments(snap), SEARCH_FIELDS.map((f) => ({ name: f.name, boost: f.name === 'section' ? section : f.name === 'title' ? title : f.boost })));
}

export function crossValidateBoosts(snap: Snapshot, queries: LabelledQuery[], k = FOLDS): BoostCrossValidation {
  const fold = queries.map((q) => foldOf({ doc: 'query', at: q.id }, k));
  const current = { section: SEARCH_FIELDS.find((f) => f.name === 'section')!.boost as number, title: SEARCH_FIELDS.find((f) => f.name === 'title')!.boost as number };
  const combos = BOOST_GRID.section.flatMap((section) => BOOST_GRID.title.map((title) => ({ section, title })));
  const grades = queries.map((q) => gradesOf(snap, q).grades);
  const scores = combos.map(({ section, title }) => {
    const ctx = { ...snap, engine: boostedEngine(snap, section, title) };
    return queries.map((q, i) => rankMetrics(rankInProcess(ctx, q), grades[i]).ndcg10);
  });
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  const distance = (c: { section: number; title: number }) => Math.abs(c.section - current.section) + Math.abs(c.title - current.title);
  const chosen: { section: number; title: number }[] = [];
  const held: number[] = [];
  for (let f = 0; f < k; f++) {
    let best = -1;
    combos.forEach((c, ci) => {
      const m = mean(scores[ci].filter((_, i) => fold[i] !== f));
      const bm = best < 0 ? -1 : mean(scores[best].filter((_, i) => fold[i] !== f));
      if (m > bm + 1e-9 || (Math.abs(m - bm) <= 1e-9 && distance(c) < distance(combos[best]))) best = ci;
    });
    chosen.push(combos[best]);
    scores[best].forEach((s, i) => fold[i] === f && held.push(s));
  }
  const inSampleIndex = combos.findIndex((c) => c.section === current.section && c.title === current.title);
  return {
    how: `${k} folds by FNV-1a hash of each query's id, mod ${k} (sizes ${Array.from({ length: k }, (_, f) => fold.filter((x) => x === f).length).join(', ')}); per fold the section and title boosts are chosen from section ${BOOST_GRID.section.join('/')} × title ${BOOST_GRID.title.join('/')} on the other folds`,
    inSample: inSampleIndex >= 0 ? mean(scores[inSampleIndex]) : NaN,
    crossValidated: mean(held),
    chosen,
  };
}
