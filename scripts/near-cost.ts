// npx tsx scripts/near-cost.ts INDEX_DIR CORPUS_DIR [--seed 7]: what the passages listed below
// a phrase few passages hold (SearchRequest.near) cost. The phrase queries of the bench's mix
// (scripts/bench-queries.ts) searched in process with the fill off and on, twice each (the
// first round warms the caches): CPU in all, p95 per query, and how many phrases were filled.
import { corpusParagraphs, queryMix } from './bench-queries.js';
import { IndexStore } from '../server/index-store.js';
import { runSearch } from '../server/search/service.js';

const [indexDir, corpusDir] = process.argv.slice(2);
if (!indexDir || !corpusDir) throw new Error('usage: npx tsx scripts/near-cost.ts INDEX_DIR CORPUS_DIR [--seed N]');
const seedAt = process.argv.indexOf('--seed');
const seed = seedAt >= 0 ? Number(process.argv[seedAt + 1]) : 7;

const store = new IndexStore(indexDir);
await store.refresh();
const snap = store.snapshot;
if (!snap) throw new Error(`no index in ${indexDir}`);
const phrases = queryMix(await corpusParagraphs(corpusDir), 400, seed).filter((q) => q.class === 'phrase');
for (const near of [false, true, false, true]) {
  let cpu = 0;
  let filled = 0;
  const times: number[] = [];
  for (const q of phrases) {
    const start = process.cpuUsage();
    const r = runSearch(snap, { q: String(q.params.q), filters: {}, page: 1, size: 20, sort: 'relevance', perDoc: 3, autoGroup: true, near });
    const used = process.cpuUsage(start);
    const ms = (used.user + used.system) / 1000;
    cpu += ms;
    times.push(ms);
    if (r.query.nearMatches) filled++;
  }
  times.sort((a, b) => a - b);
  console.log(`near ${near ? 'on ' : 'off'}: ${phrases.length} phrases, ${filled} filled, CPU ${cpu.toFixed(0)} ms, p95 ${times[Math.floor(times.length * 0.95)].toFixed(1)} ms`);
}
store.close();
