import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { readdirSync } from 'node:fs';
import { IndexStore } from '../server/index-store.js';
import { gradesOf, loadQueries, rankInProcess, rankMetrics, type LabelledQuery } from '../eval/search.js';
import { chooseByFold } from '../eval/search-cv.js';
import { foldOf } from '../eval/cross-validate.js';
import { RANKING, type RankingOptions } from '../server/search/ranking.js';

// SIMILAR_TERMS=table.json npx tsx scripts/similar-cv.ts: 5-fold cross-validation of the
// similar-words constants (soft match weight, expansion boost, expansion's word share), chosen
// jointly per fold on the other folds, over the tuning half and the validation set's looked
// queries; the never-looked ones are scored only as a whole, for each setting the folds chose.
// Reads the builds scripts/search-quick.ts keeps (run it first).

type V = LabelledQuery & { looked?: boolean };
const validation = (await loadQueries(join('test', 'labels', 'validation', 'queries.json'))) as V[];
const fitted: LabelledQuery[] = [...(await loadQueries()), ...validation.filter((q) => q.looked)];
const unseen = validation.filter((q) => !q.looked);
const grid: Partial<RankingOptions>[] = [];
for (const softMatch of [0, 0.5, 1]) for (const similarBoost of [0, 0.1, 0.2, 0.3]) for (const similarMaxShare of similarBoost ? [0.05, 0.1, 1] : [1]) grid.push({ softMatch, similarBoost, similarMaxShare });
const k = 5;
const fold = fitted.map((q) => foldOf({ doc: 'query', at: q.id }, k));
const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
const name = (s: Partial<RankingOptions>) => Object.entries(s).map(([a, b]) => `${a}=${b}`).join(',');
for (const engine of ['lunr', 'fts5']) {
  const dir = readdirSync(tmpdir()).filter((d) => d.startsWith(`policy-passages-search-quick-${engine}-`)).map((d) => join(tmpdir(), d))[0];
  const store = new IndexStore(dir);
  await store.refresh();
  const snap = store.snapshot;
  const score = (qs: LabelledQuery[], s: Partial<RankingOptions>) => qs.map((q) => rankMetrics(rankInProcess(snap, q, { ...RANKING, ...s }), gradesOf(snap, q).grades));
  const scores = grid.map((s) => score(fitted, s));
  const { chosen, held } = chooseByFold(fold, k, grid, scores.map((r) => r.map((m) => m.ndcg10)), (s) => (s.softMatch ?? 0) + (s.similarBoost ?? 0));
  const base = scores[0];
  console.log(`\n${engine}: fitted ${fitted.length} queries, baseline nDCG@10 ${mean(base.map((m) => m.ndcg10)).toFixed(3)} recall@20 ${mean(base.map((m) => m.recall20)).toFixed(3)}`);
  const best = grid.map((s, i) => [i, mean(scores[i].map((m) => m.ndcg10))] as const).sort((a, b) => b[1] - a[1]).slice(0, 5);
  for (const [i, m] of best) console.log(`  in-sample ${name(grid[i])}: nDCG@10 ${m.toFixed(3)} recall@20 ${mean(scores[i].map((x) => x.recall20)).toFixed(3)}`);
  console.log(`  cross-validated nDCG@10 ${mean(held).toFixed(3)}; chosen per fold: ${chosen.map(name).join(' | ')}`);
  for (const s of [grid[0], ...new Set(chosen)]) {
    const u = score(unseen, s);
    console.log(`  never looked (${unseen.length}) at ${name(s)}: nDCG@10 ${mean(u.map((m) => m.ndcg10)).toFixed(3)} recall@20 ${mean(u.map((m) => m.recall20)).toFixed(3)}`);
  }
  store.close();
}
