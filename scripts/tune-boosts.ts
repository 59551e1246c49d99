import { corpusSnapshot, gradesOf, loadQueries, rankInProcess, rankMetrics } from '../eval/search.js';
import { BOOST_GRID, boostedEngine } from '../eval/search-cv.js';

// Field boosts chosen by measurement: mean nDCG@10 on the tuning queries for a grid of boosts
// (npm run eval cross-validates the choice).
//   npx tsx scripts/tune-boosts.ts
const { snap, cleanup } = await corpusSnapshot();
const queries = await loadQueries();
const rows: [string, number][] = [];
for (const section of BOOST_GRID.section) {
  for (const title of BOOST_GRID.title) {
    const ctx = { ...snap, engine: boostedEngine(snap, section, title) };
    const mean = queries.map((q) => rankMetrics(rankInProcess(ctx, q), gradesOf(ctx, q).grades).ndcg10).reduce((a, b) => a + b, 0) / queries.length;
    rows.push([`section ${section}, title ${title}`, mean]);
  }
}
for (const [k, v] of rows.sort((a, b) => b[1] - a[1]).slice(0, 8)) console.log(v.toFixed(4), k);
await cleanup();
