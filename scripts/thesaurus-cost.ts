import { IndexStore } from '../server/index-store.js';
import { runSearch } from '../server/search/service.js';
import { RANKING, type RankingOptions } from '../server/search/ranking.js';
import { NEAR_SYNONYMS } from '../core/nlp/thesaurus.js';
// npx tsx scripts/thesaurus-cost.ts INDEX_DIR: CPU a search (process.cpuUsage) with the field thesaurus
// off (thesaurus 0), on with no gate (thesaurusBelow 1e9) and as RANKING has it, A B alternated, on a
// published build: each listed phrasing with one other word, and five queries holding none.
const dir = process.argv[2];
const store = new IndexStore(dir);
await store.refresh();
const snap = store.snapshot;
const extra = ['protection', 'UN', 'Syria', 'reform', 'risks'];
const qs = NEAR_SYNONYMS.flatMap((g, i) => g.map((p, j) => `${p} ${extra[(i + j) % extra.length]}`));
const plain = ['protection of civilians', 'access negotiation', 'Security Council', 'human rights advocacy', 'donor funding'];
const on: RankingOptions = { ...RANKING, thesaurusBelow: 1e9 };
const off: RankingOptions = { ...RANKING, thesaurus: 0 };
const gated: RankingOptions = { ...RANKING };
const run = (o: RankingOptions, list: string[]) => {
  const t = process.cpuUsage();
  for (const q of list) runSearch(snap, { q, filters: {}, page: 1, size: 20, sort: 'relevance', perDoc: 3, autoGroup: true }, o);
  const d = process.cpuUsage(t);
  return (d.user + d.system) / 1000 / list.length;
};
run(on, qs); run(off, qs);
for (let r = 0; r < 3; r++) {
  const a = run(off, qs), b = run(on, qs), g = run(gated, qs), c = run(off, plain), d = run(on, plain);
  console.log(`round ${r}: thesaurus queries (${qs.length}) off ${a.toFixed(2)} on ${b.toFixed(2)} gated ${g.toFixed(2)} ms CPU a search; other queries off ${c.toFixed(2)} on ${d.toFixed(2)}`);
}
store.close();
