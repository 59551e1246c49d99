import { IndexStore } from '../server/index-store.js';
import { runSearch } from '../server/search/service.js';
import { searchRequest } from '../server/http/params.js';
import { RANKING, type RankingOptions } from '../server/search/ranking.js';
import { NEAR_SYNONYMS } from '../core/nlp/thesaurus.js';
import { corpusParagraphs, queryMix, type Query } from './bench-queries.js';
// npx tsx scripts/thesaurus-cost.ts INDEX_DIR: CPU a search (process.cpuUsage) with the field thesaurus
// off (thesaurus 0), on with no gate (thesaurusBelow 1e9) and as RANKING has it, A B alternated, on a
// published build: each listed phrasing with one other word, and five queries holding none.
// npx tsx scripts/thesaurus-cost.ts INDEX_DIR --bench CORPUS_DIR [--seed 7]: what the thesaurus costs
// the bench's own query mix (scripts/bench-queries.ts, as the HTTP bench sends it): each query run
// off and as RANKING has it, which first alternating, 30 warm-up queries first; CPU a search per
// class and how many answers the thesaurus changed.
const dir = process.argv[2];
const arg = (name: string) => process.argv.find((_, i) => process.argv[i - 1] === name);
const store = new IndexStore(dir);
await store.refresh();
const snap = store.snapshot;
const off: RankingOptions = { ...RANKING, thesaurus: 0 };
const bench = arg('--bench');
if (bench) {
  const mix = queryMix(await corpusParagraphs(bench), 400, Number(arg('--seed') ?? 7));
  const cpu = { off: new Map<string, number>(), on: new Map<string, number>() };
  const count = new Map<string, number>();
  let changed = 0;
  const once = (params: Query['params'], o: RankingOptions) => {
    const sr = searchRequest(params, snap);
    delete sr.budget;
    const t = process.cpuUsage();
    const r = runSearch(snap, sr, o);
    const d = process.cpuUsage(t);
    return { ms: (d.user + d.system) / 1000, hits: JSON.stringify(r.hits.map((h) => [h.ordinal, h.score])) + r.total };
  };
  for (const q of mix.slice(0, 30)) once(q.params, RANKING);
  mix.forEach((q, i) => {
    const order = i % 2 ? (['off', 'on'] as const) : (['on', 'off'] as const);
    const got: Record<string, string> = {};
    for (const side of order) {
      const { ms, hits } = once(q.params, side === 'off' ? off : RANKING);
      cpu[side].set(q.class, (cpu[side].get(q.class) ?? 0) + ms);
      got[side] = hits;
    }
    count.set(q.class, (count.get(q.class) ?? 0) + 1);
    if (got.on !== got.off) changed++;
  });
  const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
  for (const [c, n] of count) console.log(`${c.padEnd(16)} off ${(cpu.off.get(c)! / n).toFixed(2).padStart(6)}  on ${(cpu.on.get(c)! / n).toFixed(2).padStart(6)} ms CPU a search (${n})`);
  console.log(`all              off ${(total(cpu.off) / mix.length).toFixed(2).padStart(6)}  on ${(total(cpu.on) / mix.length).toFixed(2).padStart(6)} ms CPU a search; ${changed} of ${mix.length} answers changed by the thesaurus`);
} else {
  const extra = ['protection', 'UN', 'Syria', 'reform', 'risks'];
  const qs = NEAR_SYNONYMS.flatMap((g, i) => g.map((p, j) => `${p} ${extra[(i + j) % extra.length]}`));
  const plain = ['protection of civilians', 'access negotiation', 'Security Council', 'human rights advocacy', 'donor funding'];
  const on: RankingOptions = { ...RANKING, thesaurusBelow: 1e9 };
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
}
store.close();
