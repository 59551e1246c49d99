import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSnapshot } from '../server/index-store.js';
import { runSearch } from '../server/search/service.js';
import { searchRequest } from '../server/http/params.js';
import { searchJson } from '../server/records.js';
import { corpusParagraphs, otherMix, queryMix } from './bench-queries.js';

// Which queries make the tail, by the server's CPU: the bench's query mixes (several seeds) asked
// in one process after the bench's warm-up (another seed's 30 queries), each query its first ask,
// CPU per query (process.cpuUsage around the search and its JSON, as the API sends it). A shared
// machine moves single figures by ±30 %: run it three times with --out and read the runs together
// with --merge, which takes each query's median. Per seed: the CPU distribution (mean, p50, p90,
// p95, p99), per class its mean, median, p95 and how many of the seed's slowest tenth it holds,
// and that slowest tenth query by query.
//
// npx tsx scripts/search-tail.ts --index DIR --corpus DIR [--seeds 7,32] [--warm 1234] --out run1.json
// npx tsx scripts/search-tail.ts --merge run1.json run2.json run3.json [--list]
// --mix other: instead of the bench's mix, shapes the bench never sends (bench-queries.ts otherMix), so that
// a cut measured on the bench's mix can be checked on queries nobody tuned it for. --sort date:
// every query of the mix sorted by date (the bench sends none so).

interface Asked {
  seed: number;
  class: string;
  key: string;
  us: number;
  /** the answer as the API sends it: runs that agree give the same */
  body: string;
}

const arg = (name: string) => process.argv.find((_, i) => process.argv[i - 1] === name);

async function run(): Promise<Asked[]> {
  const indexDir = arg('--index') ?? 'index';
  const snap = await loadSnapshot(indexDir, readFileSync(join(indexDir, 'CURRENT'), 'utf8').trim());
  // the runs in memory, as a warm server holds them
  (snap.passages as { holdStemRuns?: () => boolean }).holdStemRuns?.();
  const paragraphs = await corpusParagraphs(arg('--corpus') ?? 'corpus');
  const ask = (params: Record<string, string | string[]>) => {
    const sr = searchRequest(params, snap);
    delete sr.budget;
    const cpu = process.cpuUsage();
    const body = JSON.stringify(searchJson(snap, sr, runSearch(snap, sr)));
    const { user, system } = process.cpuUsage(cpu);
    return { us: user + system, body };
  };
  for (const q of queryMix(paragraphs, 30, Number(arg('--warm') ?? 1234))) ask(q.params);
  const out: Asked[] = [];
  const other = arg('--mix') === 'other';
  const sort = arg('--sort');
  const labels = (f: string) => [...(snap.facets.labels.get(f as never)?.keys() ?? [])];
  for (const seed of (arg('--seeds') ?? '7,32').split(',').map(Number)) {
    const mix = other ? otherMix(paragraphs, labels, 400, seed) : queryMix(paragraphs, 400, seed);
    for (const q of mix) {
      const params = sort ? { ...q.params, sort } : q.params;
      out.push({ seed, class: q.class, key: JSON.stringify(params), ...ask(params) });
    }
  }
  snap.close();
  return out;
}

const at = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
const ms = (us: number) => (us / 1000).toFixed(2).padStart(7);

function report(runs: Asked[][]): void {
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
  const rows = runs[0].map((q, i) => ({ ...q, us: median(runs.map((r) => r[i].us)) }));
  const differ = rows.filter((_, i) => runs.some((r) => r[i].body !== runs[0][i].body)).length;
  console.log(`${runs.length} run(s), ${rows.length} queries each; answers differing between runs: ${differ}`);
  for (const seed of [...new Set(rows.map((r) => r.seed))]) {
    const mine = rows.filter((r) => r.seed === seed);
    const sorted = mine.map((r) => r.us).sort((a, b) => a - b);
    const cut = at(sorted, 0.9);
    console.log(`seed ${seed}: CPU ms a search  mean ${ms(sorted.reduce((a, b) => a + b, 0) / sorted.length)}  p50 ${ms(at(sorted, 0.5))}  p90 ${ms(cut)}  p95 ${ms(at(sorted, 0.95))}  p99 ${ms(at(sorted, 0.99))}`);
    for (const c of [...new Set(mine.map((r) => r.class))]) {
      const x = mine.filter((r) => r.class === c).map((r) => r.us).sort((a, b) => a - b);
      console.log(`  ${c.padEnd(16)} mean ${ms(x.reduce((a, b) => a + b, 0) / x.length)}  median ${ms(at(x, 0.5))}  p95 ${ms(at(x, 0.95))}  in the slowest tenth: ${mine.filter((r) => r.class === c && r.us >= cut).length}`);
    }
    if (process.argv.includes('--list')) for (const r of mine.filter((q) => q.us >= cut).sort((a, b) => b.us - a.us)) console.log(`    ${ms(r.us)}  ${r.class.padEnd(16)} ${r.key}`);
  }
}

if (process.argv.includes('--merge')) {
  report(process.argv.slice(process.argv.indexOf('--merge') + 1).filter((f) => f.endsWith('.json')).map((f) => JSON.parse(readFileSync(f, 'utf8')) as Asked[]));
} else {
  const asked = await run();
  const out = arg('--out');
  if (out) writeFileSync(out, JSON.stringify(asked));
  report([asked]);
}
