import { IndexStore } from '../server/index-store.js';
import { runSearch, type SearchContext } from '../server/search/service.js';
import { Budget } from '../server/search/budget.js';

// npx tsx scripts/correction-cost.ts INDEX_DIR [--rounds 5] [QUERY …]: the CPU a search of typo
// queries costs in process (process.cpuUsage, no time budget so that nothing is skipped, median over rounds after one warm run), the
// engine searches it makes and the query as corrected. Run from two trees (an export of an older
// commit with this file copied in, and this one) over the same build to compare a change to
// typo correction (review21c: the context-aware correction's cost at 100k).
const args = process.argv.slice(2);
const roundsAt = args.indexOf('--rounds');
const rounds = roundsAt >= 0 ? Number(args[roundsAt + 1]) : 5;
const [dir, ...given] = args.filter((a, i) => !a.startsWith('--') && (roundsAt < 0 || i !== roundsAt + 1));
const queries = given.length
  ? given
  : [
      'protecton of civilians',
      'humanitarian advocacy protecton civilians conflict',
      'colaboration between humanitarian leaders and security actors',
      'Radakha cluster leadrship accountability',
      'civilian protection advocay international security strategic diplomacy engagement operations',
      'engagment with armed parties humanitarian protection advocacy conflict security civilians leaders cluster response framework',
      'humanitarain advocasy',
      'peacekeping mandates',
      'protecion des civils dans les conflits',
      'zomikadi radakah riashoupakai',
    ];

const store = new IndexStore(dir);
await store.refresh();
const snap = store.snapshot;
let engineSearches = 0;
const calls = new Map<string, number>();
const engine = new Proxy(snap.engine, {
  get(target, key, receiver) {
    const value: unknown = Reflect.get(target, key, receiver);
    if (typeof value !== 'function') return value;
    return (...a: unknown[]) => {
      calls.set(String(key), (calls.get(String(key)) ?? 0) + 1);
      if (key === 'search') engineSearches++;
      return (value as (...x: unknown[]) => unknown).apply(target, a);
    };
  },
});
const ctx: SearchContext = { ...snap, engine };
const request = (q: string) => ({ q, filters: {}, page: 1, size: 20, sort: 'relevance' as const, perDoc: 3, near: true, budget: Budget.unlimited() });
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
for (const q of queries) {
  runSearch(ctx, request(q));
  const times: number[] = [];
  let searches = 0;
  let corrected: string | undefined;
  let total = 0;
  for (let r = 0; r < rounds; r++) {
    engineSearches = 0;
    calls.clear();
    const t = cpu();
    const found = runSearch(ctx, request(q));
    times.push(cpu() - t);
    searches = engineSearches;
    corrected = found.query.correctedQuery;
    total = found.total;
  }
  times.sort((a, b) => a - b);
  console.log(JSON.stringify({ q, corrected: corrected ?? null, total, engineSearches: searches, engineCalls: Object.fromEntries(calls), cpuMsMedian: Math.round(times[times.length >> 1] * 10) / 10, cpuMsMin: Math.round(times[0] * 10) / 10 }));
}
store.close();
