import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { corpusParagraphs, otherMix, prefixMix, queryMix, type Query } from './bench-queries.js';

// Two versions of the search in one process, each with its own snapshot of one build, answering
// the bench's query mix query by query: CPU per search by class for each, and every answer's
// JSON (what the server sends) compared byte for byte. On a shared machine two passes run one
// after the other meet different loads (a class moved ±30 % between passes of the same code);
// here both meet the same. The two alternate which asks first (the OS's page cache is shared:
// the first to ask reads the pages). Each keeps its own caches, so each query is each version's
// first ask of it after the same warm-up (another seed's 30 queries), as --warm in search-profile.ts.
// Per class: each version's mean CPU a search, its median, and the median of B − A query by query
// (a collection's pause lands on whichever version's query runs then: the medians shrug it off).
//
// npx tsx scripts/search-ab.ts --a DIR_A --b DIR_B --index DIR --corpus DIR [--seed 7] [--n 400] [--warm 1234] [--class NAME] [--mix other] [--sort date]
// --index-b DIR: B searches this build instead (one code, two builds: a build change's answers and CPU).
// --mix other: bench-queries.ts otherMix, shapes the bench never sends; --mix prefix: prefixMix, a prefix
// beside words (the engine's OR of a prefix and terms); --sort date: every query so sorted.
// DIR_A, DIR_B: checkouts of the two versions (`git archive main | tar -x -C /tmp/a`, with
// node_modules linked), whose server/ modules are loaded.

type Params = Query['params'];
interface Side {
  name: string;
  ask(params: Params): { us: number; body: string };
  close(): void;
  /** a tag facet's values in this build (for --mix other) */
  facetValues(facet: string): string[];
}

const arg = (name: string) => process.argv.find((_, i) => process.argv[i - 1] === name);
const indexDir = resolve(arg('--index') ?? 'index');

/** A checkout's search, loaded from its own modules, over its own snapshot of a build. */
async function side(name: string, dir: string, index = indexDir): Promise<Side> {
  // each checkout's modules as that checkout has them: their types are this checkout's at best
  const store = (await import(join(resolve(dir), 'server/index-store.js'))) as typeof import('../server/index-store.js');
  const service = (await import(join(resolve(dir), 'server/search/service.js'))) as typeof import('../server/search/service.js');
  const params = (await import(join(resolve(dir), 'server/http/params.js'))) as typeof import('../server/http/params.js');
  const records = (await import(join(resolve(dir), 'server/records.js'))) as typeof import('../server/records.js');
  const snap = await store.loadSnapshot(index, readFileSync(join(index, 'CURRENT'), 'utf8').trim());
  // the runs in memory, as a warm server holds them
  (snap.passages as { holdStemRuns?: () => boolean }).holdStemRuns?.();
  return {
    name,
    ask(p) {
      const sr = params.searchRequest(p, snap);
      delete sr.budget;
      const cpu = process.cpuUsage();
      const body = JSON.stringify(records.searchJson(snap, sr, service.runSearch(snap, sr)));
      const { user, system } = process.cpuUsage(cpu);
      return { us: user + system, body };
    },
    close: () => snap.close(),
    facetValues: (f) => [...(snap.facets.labels.get(f as never)?.keys() ?? [])],
  };
}

const sides = [await side('A', arg('--a') ?? '.'), await side('B', arg('--b') ?? '.', resolve(arg('--index-b') ?? indexDir))];
const paragraphs = await corpusParagraphs(arg('--corpus') ?? 'corpus');
for (const q of queryMix(paragraphs, 30, Number(arg('--warm') ?? 1234))) for (const s of sides) s.ask(q.params);
const seed = Number(arg('--seed') ?? 7);
const only = arg('--class');
const n = Number(arg('--n') ?? 400);
const labels = (f: string) => [...(sides[0].facetValues(f))];
const sort = arg('--sort');
const mixes = { other: () => otherMix(paragraphs, labels, n, seed), prefix: () => prefixMix(paragraphs, n, seed) };
const mix = (mixes[arg('--mix') as keyof typeof mixes] ?? (() => queryMix(paragraphs, n, seed)))()
  .filter((q) => !only || q.class === only)
  .map((q) => (sort ? { ...q, params: { ...q.params, sort } } : q));
const cpu = new Map<string, { A: number[]; B: number[] }>();
const differ: string[] = [];
mix.forEach((q, i) => {
  const got = new Map((i % 2 ? [...sides].reverse() : sides).map((s) => [s.name, s.ask(q.params)]));
  const [a, b] = [got.get('A')!, got.get('B')!];
  if (a.body !== b.body) differ.push(JSON.stringify(q.params));
  for (const c of [q.class, 'all']) {
    const e = cpu.get(c) ?? { A: [], B: [] };
    e.A.push(a.us);
    e.B.push(b.us);
    cpu.set(c, e);
  }
});
for (const s of sides) s.close();
const mean = (xs: number[]) => Math.round(xs.reduce((x, y) => x + y, 0) / xs.length);
const median = (xs: number[]) => {
  const s = [...xs].sort((x, y) => x - y);
  return Math.round(s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2);
};
console.log(`seed ${seed}: ${mix.length} asked, ${differ.length} answers differ; CPU µs a search (mean, median; median of B − A query by query)`);
for (const [c, { A, B }] of cpu) {
  console.log(`${c.padEnd(16)} A ${String(mean(A)).padStart(6)} ${String(median(A)).padStart(6)}   B ${String(mean(B)).padStart(6)} ${String(median(B)).padStart(6)}   B − A ${String(median(B.map((b, k) => b - A[k]))).padStart(6)}  (${A.length})`);
}
for (const q of differ.slice(0, 20)) console.log(`differs: ${q}`);
