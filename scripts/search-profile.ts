import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import { Session } from 'node:inspector/promises';
import { loadSnapshot } from '../server/index-store.js';
import { runSearch } from '../server/search/service.js';
import { searchRequest } from '../server/http/params.js';
import { searchJson } from '../server/records.js';
import { corpusParagraphs, queryMix, type Query } from './bench-queries.js';

// In-process search timings per query class over a published build, with the bench's query mix
// (scripts/bench-queries.ts), and a digest of every answer so two versions of the search can
// be compared for identical results. No HTTP, no index build: for iterating on the search path.
//
// npx tsx scripts/search-profile.ts --index DIR --corpus DIR [--n 400] [--seed 7] [--rounds 2] [--out answers.json] [--compare answers.json] [--extra] [--class NAME] [--warm SEED] [--slowest N] [--profile FILE] [--hold-runs] [--query JSON]
// --extra adds requests the bench does not make (deeper pages, sort=date, perDoc=0, exclusions, excluded phrases).
// --class: only the queries of that class (e.g. phrase), for a CPU profile of one class.
// Beside the wall-clock percentiles, each class's mean CPU time a search (process.cpuUsage, the
// last round): the steadier figure on a shared machine. --slowest N lists the N queries of the
// last round with the most CPU (the tail, query by query).

const arg = (name: string) => process.argv.find((_, i) => process.argv[i - 1] === name);
const indexDir = arg('--index') ?? 'index';
const corpus = arg('--corpus') ?? 'corpus';
const rounds = Number(arg('--rounds') ?? 2);
const id = readFileSync(join(indexDir, 'CURRENT'), 'utf8').trim();

let t = performance.now();
const snap = await loadSnapshot(indexDir, id);
console.error(`loaded ${snap.passages.count} passages in ${Math.round(performance.now() - t)} ms`);
// --hold-runs: every stem run read into memory first, as a warm server holds them (this loop gives
// the server's stepwise read no turn, so without it the runs are read from library.db per search)
if (process.argv.includes('--hold-runs')) {
  const held = (snap.passages as { holdStemRuns?: () => boolean }).holdStemRuns?.();
  console.error(`stem runs ${held ? 'held in memory' : 'not held (no such table, or past the size held)'}`);
}
const mix = queryMix(await corpusParagraphs(corpus), Number(arg('--n') ?? 400), Number(arg('--seed') ?? 7));
if (process.argv.includes('--extra')) {
  const extra: Query[] = [];
  for (const q of mix.slice(0, 90)) {
    if (!q.params.q) continue;
    extra.push({ class: 'page 3', params: { ...q.params, page: '3' } });
    extra.push({ class: 'sort date', params: { ...q.params, sort: 'date' } });
    extra.push({ class: 'perDoc 0', params: { ...q.params, perDoc: '0', page: '2' } });
    extra.push({ class: 'exclusion', params: { ...q.params, q: `${String(q.params.q)} -protection` } });
    // an excluded phrase, common and less so (the engine's ranked path since attack20)
    extra.push({ class: 'excluded phrase', params: { ...q.params, q: `${String(q.params.q)} -"${mix.indexOf(q) % 2 ? 'of the' : 'human rights'}"` } });
  }
  extra.push({ class: 'only exclusion', params: { q: '-protection' } });
  extra.push({ class: 'only exclusion', params: { q: '-protection', kind: 'finding', page: '4' } });
  mix.push(...extra);
}
// --warm SEED: that seed's mix run once first, unmeasured (as the HTTP bench warms a server), so that
// rounds 1 measures each query as a warm server meets it for the first time
const warm = arg('--warm');
if (warm) for (const q of queryMix(await corpusParagraphs(corpus), 30, Number(warm))) runSearch(snap, { ...searchRequest(q.params, snap), budget: undefined });
const only = arg('--class');
if (only) mix.splice(0, mix.length, ...mix.filter((q) => q.class === only));
// --query '{"q":"unsc"}' (repeatable): only these requests, for a profile of one slow query
const asked = process.argv.filter((_, i) => process.argv[i - 1] === '--query').map((p) => ({ class: 'asked', params: JSON.parse(p) as Query['params'] }));
if (asked.length) mix.splice(0, mix.length, ...asked);

function percentiles(ms: number[]): { p50: number; p95: number; p99: number } {
  const s = [...ms].sort((a, b) => a - b);
  const at = (p: number) => Math.round(s[Math.min(s.length - 1, Math.floor(p * s.length))] * 10) / 10;
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99) };
}

// --profile FILE: a V8 CPU profile of the measured rounds only (not the loading, the mix or the warm-up), 200 µs a sample
const profile = arg('--profile');
const session = profile ? new Session() : undefined;
if (session) {
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
}

const answers: Record<string, string> = {};
const byClass = new Map<string, number[]>();
const cpuByClass = new Map<string, number>();
const cpuByQuery: { key: string; class: string; ms: number }[] = [];
for (let round = 0; round < rounds; round++) {
  for (const q of mix) {
    const key = JSON.stringify(q.params);
    t = performance.now();
    const cpu = process.cpuUsage();
    const sr = searchRequest(q.params, snap);
    delete sr.budget;
    const result = runSearch(snap, sr);
    const body = JSON.stringify(searchJson(snap, sr, result));
    const ms = performance.now() - t;
    const { user, system } = process.cpuUsage(cpu);
    if (round === rounds - 1) {
      cpuByClass.set(q.class, (cpuByClass.get(q.class) ?? 0) + (user + system) / 1000);
      cpuByQuery.push({ key, class: q.class, ms: (user + system) / 1000 });
      byClass.set(q.class, [...(byClass.get(q.class) ?? []), ms]);
      const { total, documents, shown, pages, grouped, hits, facets, query } = result;
      answers[key] = JSON.stringify({
        total, documents, shown, pages, grouped, query,
        hits: hits.map((h) => [h.ordinal, h.score, h.more ?? 0].join(' ')),
        facets: createHash('sha1').update(JSON.stringify(facets)).digest('hex'),
        body: createHash('sha1').update(body).digest('hex'),
      });
    }
  }
}
if (session && profile) {
  const { profile: taken } = await session.post('Profiler.stop');
  writeFileSync(profile, JSON.stringify(taken));
  session.disconnect();
}
const all = [...byClass.values()].flat();
console.log(`load ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
const cpuAll = [...cpuByClass.values()].reduce((a, b) => a + b, 0);
for (const [c, ms] of [...byClass, ['all', all] as const]) {
  const p = percentiles(ms);
  const cpu = (c === 'all' ? cpuAll : cpuByClass.get(c)!) / ms.length;
  console.log(`${c.padEnd(16)} p50 ${String(p.p50).padStart(8)}  p95 ${String(p.p95).padStart(8)}  p99 ${String(p.p99).padStart(8)}  cpu ${cpu.toFixed(2).padStart(7)} ms  (${ms.length})`);
}
const slowest = Number(arg('--slowest') ?? 0);
if (slowest > 0) {
  console.log(`the ${slowest} slowest by CPU (last round):`);
  for (const q of [...cpuByQuery].sort((a, b) => b.ms - a.ms).slice(0, slowest)) console.log(`  ${q.ms.toFixed(1).padStart(7)} ms  ${q.class.padEnd(16)} ${q.key}`);
}
const out = arg('--out');
if (out) writeFileSync(out, JSON.stringify(answers, null, 1));
const compare = arg('--compare');
if (compare) {
  const before = JSON.parse(readFileSync(compare, 'utf8')) as Record<string, string>;
  const differ = Object.keys(answers).filter((k) => before[k] !== undefined && before[k] !== answers[k]);
  console.log(`${differ.length} of ${Object.keys(answers).length} answers differ from ${compare}`);
  for (const k of differ.slice(0, Number(arg('--show') ?? 20))) {
    console.log(`  ${k}`);
    const [a, b] = [JSON.parse(before[k]), JSON.parse(answers[k])] as Record<string, unknown>[];
    for (const f of Object.keys(b)) if (JSON.stringify(a[f]) !== JSON.stringify(b[f])) console.log(`    ${f}: ${JSON.stringify(a[f]).slice(0, 300)}\n    ${' '.repeat(f.length)}→ ${JSON.stringify(b[f]).slice(0, 300)}`);
  }
}
snap.close();
