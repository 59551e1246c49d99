import { join } from 'node:path';
import { tmpdir, loadavg } from 'node:os';
import { readdirSync } from 'node:fs';
import { IndexStore } from '../server/index-store.js';
import { loadQueries } from '../eval/search.js';
import { runSearch } from '../server/search/service.js';
import { RANKING } from '../server/search/ranking.js';

// npx tsx scripts/answer-cue-cost.ts [lunr|fts5] [rounds]: the CPU a search of the answer-type
// step, in process on the build search-quick keeps: each tuning query's words asked as a time,
// an origin and a definition ("when did X start", "who coined X", "what is X"), searched with
// answerCue 0 and RANKING's, A B alternated, process.cpuUsage per round.
const engine = process.argv[2] ?? 'fts5';
const rounds = Number(process.argv[3] ?? 6);
const dir = readdirSync(tmpdir()).filter((d) => d.startsWith(`policy-passages-search-quick-${engine}-`)).map((d) => join(tmpdir(), d))[0];
const store = new IndexStore(dir);
await store.refresh();
const snap = store.snapshot;
const words = (await loadQueries()).map((q) => q.q.replace(/[?"]/g, '').replace(/^(what|why|how|who|when|which|does|do|did|is|are|can|should)\b.*?\b(is|are|the|did|does|should|can)\b/i, '').trim()).filter(Boolean);
const questions = words.flatMap((w) => [`when did ${w} start?`, `who coined ${w}?`, `what is ${w}`]);
const run = (answerCue: number) => {
  const t = process.cpuUsage();
  for (const q of questions) runSearch(snap, { q, filters: {}, page: 1, size: 10, sort: 'relevance', perDoc: 3, autoGroup: true }, { ...RANKING, answerCue });
  const d = process.cpuUsage(t);
  return (d.user + d.system) / 1000 / questions.length;
};
run(0);
run(RANKING.answerCue);
const off: number[] = [];
const on: number[] = [];
for (let r = 0; r < rounds; r++) {
  off.push(run(0));
  on.push(run(RANKING.answerCue));
}
const f = (xs: number[]) => xs.map((x) => x.toFixed(2)).join(' / ');
console.log(`${engine}, ${questions.length} questions a round, load ${loadavg()[0].toFixed(1)}: CPU ms a search, off ${f(off)}; on ${f(on)}`);
store.close();
