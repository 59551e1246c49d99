import type { Snapshot } from '../server/index-store.js';
import { LunrEngine } from '../core/engines/lunr.js';
import { SEARCH_FIELDS, sectionField, textField } from '../core/search-fields.js';
import { foldOf, FOLDS } from './cross-validate.js';
import { gradesOf, rankInProcess, rankMetrics, type LabelledQuery } from './search.js';
import { RANKING, type RankingOptions } from '../server/search/ranking.js';
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
    return { ordinal, text: textField(p.text), section: sectionField(p), title: d.csl.title ?? '', author: (d.csl.author ?? []).map(nameDisplay).join(' ') };
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
  const distance = (c: { section: number; title: number }) => Math.abs(c.section - current.section) + Math.abs(c.title - current.title);
  const { chosen, held } = chooseByFold(fold, k, combos, scores, distance);
  const inSampleIndex = combos.findIndex((c) => c.section === current.section && c.title === current.title);
  return {
    how: `${k} folds by FNV-1a hash of each query's id, mod ${k} (sizes ${Array.from({ length: k }, (_, f) => fold.filter((x) => x === f).length).join(', ')}); per fold the section and title boosts are chosen from section ${BOOST_GRID.section.join('/')} × title ${BOOST_GRID.title.join('/')} on the other folds`,
    inSample: inSampleIndex >= 0 ? mean(scores[inSampleIndex]) : NaN,
    crossValidated: mean(held),
    chosen,
  };
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

/**
 * Per fold, the setting with the best mean score on the other folds (a tie goes to the one
 * nearest the current setting), and the scores that setting gets on this fold's queries.
 * `scores[c][q]`: setting c's score on query q.
 */
export function chooseByFold<C>(fold: number[], k: number, settings: C[], scores: number[][], distance: (c: C) => number): { chosen: C[]; held: number[] } {
  const chosen: C[] = [];
  const held: number[] = [];
  for (let f = 0; f < k; f++) {
    let best = -1;
    let bestMean = -1;
    settings.forEach((c, ci) => {
      const m = mean(scores[ci].filter((_, i) => fold[i] !== f));
      if (best < 0 || m > bestMean + 1e-9 || (Math.abs(m - bestMean) <= 1e-9 && distance(c) < distance(settings[best]))) [best, bestMean] = [ci, m];
    });
    chosen.push(settings[best]);
    scores[best].forEach((s, i) => fold[i] === f && held.push(s));
  }
  return { chosen, held };
}

/** The grid each ranking constant (server/search/ranking.ts) is chosen from, one at a time, the others as they are. */
export const RANKING_GRID: Partial<Record<keyof RankingOptions, number[]>> = {
  coverage: [0, 0.1, 0.2, 0.3, 0.5],
  phraseRun: [1, 1.5, 2, 3],
  adjacentPair: [0, 0.15, 0.3, 0.5],
  proximity: [0, 0.1, 0.25, 0.5],
  proximityWindow: [6, 12, 24],
  sameSentence: [0, 0.1, 0.15, 0.25, 0.5],
  inflectedPhrase: [0.5, 0.7, 0.9],
  expansion: [0.7, 0.9, 1],
  thesaurus: [0, 0.3, 0.45, 0.6, 0.8],
  thesaurusBelow: [10, 20, 50, 1e9],
  note: [0.3, 0.4, 0.5, 0.7, 0.85, 1],
  titleMatch: [0, 0.1, 0.2, 0.3, 0.5],
  sectionMates: [0, 0.2, 0.4, 0.6, 1],
  sectionVoters: [1, 3, 5, 8, 10, 12, 15],
  sectionHeading: [0, 0.5, 1, 2],
  answerCue: [0, 0.2, 0.3, 0.5, 1],
  answerCueSaturation: [1, 2, 3, 4, 6],
};

export interface RankingCrossValidation {
  how: string;
  inSample: number;
  /** per constant: its current value, the value each fold chose on the others, and the mean nDCG@10 over the folds so chosen */
  constants: { option: string; current: number; chosen: number[]; crossValidated: number }[];
}

/** k-fold cross-validation of the ranking rules' constants (`only`: some of them), each chosen per fold on the other folds' queries. */
export function crossValidateRanking(snap: Snapshot, queries: LabelledQuery[], k = FOLDS, only?: readonly string[]): RankingCrossValidation {
  const fold = queries.map((q) => foldOf({ doc: 'query', at: q.id }, k));
  const grades = queries.map((q) => gradesOf(snap, q).grades);
  const scored = (options: RankingOptions) => queries.map((q, i) => rankMetrics(rankInProcess(snap, q, options), grades[i]).ndcg10);
  const constants = Object.entries(RANKING_GRID).filter(([option]) => !only || only.includes(option)).map(([option, grid]) => {
    const key = option as keyof RankingOptions;
    const current = RANKING[key];
    const values = grid.includes(current) ? grid : [...grid, current].sort((a, b) => a - b);
    const scores = values.map((v) => scored({ ...RANKING, [key]: v }));
    const { chosen, held } = chooseByFold(fold, k, values, scores, (v) => Math.abs(v - current));
    return { option, current, chosen, crossValidated: mean(held) };
  });
  return {
    how: `${k} folds by FNV-1a hash of each query's id, mod ${k}; per fold each constant is chosen from its grid on the other folds (the others as they are)`,
    inSample: mean(scored(RANKING)),
    constants,
  };
}
