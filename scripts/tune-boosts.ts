import { corpusSnapshot, gradesOf, loadQueries, rankInProcess, rankMetrics } from '../eval/search.js';
import { LunrEngine } from '../server/search/lunr-engine.js';

// Field boosts chosen by measurement: mean nDCG@10 on the labelled queries for a grid of boosts.
//   npx tsx scripts/tune-boosts.ts
const { snap, cleanup } = await corpusSnapshot();
const queries = await loadQueries();
const docs = snap.passages.map((p, ordinal) => {
  const d = snap.documents.get(p.doc)!;
  return { ordinal, text: p.text, section: p.section.join(' '), title: d.csl.title ?? '', author: (d.csl.author ?? []).map((a) => `${a.given ?? ''} ${a.family ?? a.literal ?? ''}`).join(' ') };
});
const rows: [string, number][] = [];
for (const section of [0.5, 1, 1.5, 2, 3]) {
  for (const title of [0, 0.3, 0.6, 1.2]) {
    const engine = LunrEngine.build(docs, [{ name: 'text', boost: 1 }, { name: 'section', boost: section }, { name: 'title', boost: title }, { name: 'author', boost: 1 }]);
    const ctx = { ...snap, engine };
    const mean = queries.map((q) => rankMetrics(rankInProcess(ctx, q), gradesOf(ctx, q).grades).ndcg10).reduce((a, b) => a + b, 0) / queries.length;
    rows.push([`section ${section}, title ${title}`, mean]);
  }
}
for (const [k, v] of rows.sort((a, b) => b[1] - a[1]).slice(0, 8)) console.log(v.toFixed(4), k);
await cleanup();
