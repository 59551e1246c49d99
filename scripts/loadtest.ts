import autocannon, { type Result } from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { currentBuild, newBuildId, publish } from '../core/build/publish.js';
import type { Manifest } from '../core/build/format.js';
import { isEngineName } from '../core/engines/registry.js';
import { exitWithUsageIfAsked } from './usage.js';

// npm run loadtest [-- --passages 10000 --seconds 20 --connections 1,10,50 --engine auto|lunr|fts5 --index DIR --profile DIR]: the server as npm start runs
// it (a child process, loopback only), a synthetic build of that many passages, and autocannon
// sending a query mix at 1, 10 and 50 connections; in the middle of each run the build is
// published again under a new id, so the server swaps it in under load. Prints throughput,
// latency p50/p99/max, answers by status, errors and timeouts, and the server's RSS before and
// after; checks issue 16's targets (0 errors and 0 failed requests across the swap, every
// request answered within 2 s at 50 connections with 503s counted, RSS back within 20 %).
// JSON in bench/results/.

exitWithUsageIfAsked(`
npm run loadtest [-- OPTIONS]

The server as npm start runs it (a child process on loopback) over a synthetic build;
autocannon sends a query mix at each number of connections while the build is published again
(a hot swap); throughput, latency, answers by status, errors, RSS. JSON in bench/results/.

  --passages N       passages in the synthetic build (default 10000)
  --index DIR        serve this published index directory instead of generating one
  --engine NAME      auto, lunr or fts5 for the generated build (default auto)
  --seconds S        length of each run (default 20)
  --connections N,N  connection counts, one run each (default 1,10,50)
  --profile DIR      the server writes a V8 CPU profile (.cpuprofile) of the run there
  -h, --help         this text
`);

const arg = (name: string, def: string) => process.argv.find((_a, i) => process.argv[i - 1] === `--${name}`) ?? def;
const passages = Number(arg('passages', '10000'));
const seconds = Number(arg('seconds', '20'));
const levels = arg('connections', '1,10,50').split(',').map(Number);
// the engine the build is written for: by default what `npm run index` picks for that size
const engine = arg('engine', 'auto');
/** where the server writes a V8 CPU profile of the whole run (open it in Chrome's DevTools), if given */
const profileDir = arg('profile', '');

function run(cmd: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(' ')} exited ${code}`))));
  });
}

const work = await mkdtemp(join(tmpdir(), 'pp-loadtest-'));
let indexDir = arg('index', '');
if (!indexDir) {
  const corpus = join(work, 'corpus');
  indexDir = join(work, 'index');
  const gen = existsSync('../shared/tools/gen-corpus.mjs') ? '../shared/tools/gen-corpus.mjs' : 'scripts/gen-corpus.mjs';
  console.error(`generating and indexing ${passages} passages in ${work} …`);
  // generated documents average ~24 paragraphs, one passage each
  await run(process.execPath, [gen, '--docs', String(Math.ceil(passages / 24)), '--out', corpus, '--seed', '1']);
  await run(process.execPath, ['--import', 'tsx', 'indexer/cli.ts', '--corpus', corpus, '--out', indexDir, '--engine', engine, '--quiet']);
}

/** The server's resident memory, from the kernel. */
async function rssMB(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024);
}

function startServer(): Promise<{ child: ChildProcess; port: number }> {
  // RATE_LIMIT=0: every request comes from one address here; the limit is tested on its own
  const child = spawn(process.execPath, [...(profileDir ? ['--cpu-prof', '--cpu-prof-dir', profileDir] : []), '--import', 'tsx', 'server/main.ts'], { env: { ...process.env, INDEX_DIR: indexDir, PORT: '0', HOST: '127.0.0.1', RATE_LIMIT: '0', LOG_LEVEL: 'info', CORPUS_DIR: '' }, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      const entry = JSON.parse(line) as { msg?: string; port?: number };
      if (entry.msg?.startsWith('Serving') && entry.port) resolve({ child, port: entry.port });
    });
    child.on('exit', (code) => reject(new Error(`the server exited ${code}`)));
  });
}

/** Publishes the current build again under a new id: the server loads and swaps it in. */
async function republish(): Promise<string> {
  const id = (await currentBuild(indexDir))!;
  const dir = join(indexDir, 'builds', id);
  const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as Manifest;
  const files = Object.fromEntries(await Promise.all(Object.keys(manifest.files).map(async (f) => [f, await readFile(join(dir, f))] as const)));
  const next = newBuildId();
  if (!isEngineName(manifest.engine)) throw new Error(`unknown engine ${manifest.engine}`);
  await publish(indexDir, next, files, manifest.counts, manifest.engine);
  return next;
}

const { child, port } = await startServer();
const base = `http://127.0.0.1:${port}`;
/** A GET of the harness's own (health, ids); retried, as a kept-alive socket the server just closed fails once. */
async function json<T>(path: string, tries = 5): Promise<T> {
  try {
    return (await (await fetch(base + path)).json()) as T;
  } catch (error) {
    if (tries <= 1) throw error;
    await new Promise((r) => setTimeout(r, 200));
    return json<T>(path, tries - 1);
  }
}

// The mix: what a researcher's browser and scripts ask for, heavy and light.
const words = ['protection', 'humanitarian diplomacy', 'civilians', 'advocacy', 'security council', 'IHL', 'access', 'peace*', 'civlians~1', '"protection of civilians"', 'unhcr', 'leadership'];
const hits = (await json<{ hits: { passage: { id: string; doc: string } }[] }>('/api/search?q=protection&size=100&perDoc=0')).hits;
const ids = hits.map((h) => h.passage.id);
const docs = [...new Set(hits.map((h) => h.passage.doc))];
const requests: { method: 'GET'; path: string }[] = [];
for (let i = 0; i < 60; i++) {
  const q = encodeURIComponent(words[i % words.length]);
  const path = [
    `/api/search?q=${q}`,
    `/?q=${q}`,
    `/api/search?q=${q}&kind=recommendation&sort=date`,
    `/api/passages/${ids[i % ids.length]}`,
    `/passages/${ids[(i * 7) % ids.length]}`,
    `/api/documents/${docs[i % docs.length]}`,
    `/feed.xml?q=${q}`,
    `/api/export?format=${['bibtex', 'csv', 'apa', 'ris'][i % 4]}&ids=${ids.slice(i % 50, (i % 50) + 5).join(',')}`,
    `/api/health`,
    `/?q=&kind=finding&page=${1 + (i % 5)}`,
  ][i % 10];
  requests.push({ method: 'GET', path });
}

interface Row {
  connections: number;
  requests: number;
  perSecond: number;
  p50: number;
  p99: number;
  max: number;
  byStatus: Record<string, number>;
  non2xx: number;
  errors: number;
  timeouts: number;
  swappedTo: string | null;
  swapSeconds: number | null;
  rssBeforeMB: number;
  rssAfterMB: number;
}

// warm-up: the first requests load citation styles and fill caches
await autocannon({ url: base, connections: 4, amount: 200, requests, timeout: 10 });
const rssStart = await rssMB(child.pid!);
const rows: Row[] = [];
for (const connections of levels) {
  const rssBeforeMB = await rssMB(child.pid!);
  // a quarter into the run: the new build is loaded and swapped in while the load goes on
  const swap = new Promise<{ id: string; seconds: number }>((resolve, reject) =>
    setTimeout(() => {
      const t0 = performance.now();
      republish()
        .then(async (id) => {
          // until the server says it serves the new build (bounded: 3 minutes)
          while ((await json<{ index?: { id: string } }>('/api/health')).index?.id !== id) {
            if (performance.now() - t0 > 180_000) throw new Error(`build ${id} not served after 3 minutes`);
            await new Promise((r) => setTimeout(r, 100));
          }
          resolve({ id, seconds: Math.round((performance.now() - t0) / 100) / 10 });
        })
        .catch(reject);
    }, (seconds * 1000) / 4),
  );
  const result: Result = await autocannon({ url: base, connections, duration: seconds, requests, timeout: 10 });
  const swapped = await swap.catch((error: Error) => (console.error(error.message), null));
  const swappedTo = swapped?.id ?? null;
  const swapSeconds = swapped?.seconds ?? null;
  const byStatus = Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([s, v]) => [s, v.count ?? 0]));
  rows.push({ connections, requests: result.requests.total, perSecond: Math.round(result.requests.average), p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max, byStatus, non2xx: result.non2xx, errors: result.errors, timeouts: result.timeouts, swappedTo, swapSeconds, rssBeforeMB, rssAfterMB: await rssMB(child.pid!) });
  await new Promise((r) => setTimeout(r, 1000));
}
// memory after the load, once the old builds' snapshots are garbage
await new Promise((r) => setTimeout(r, 5000));
const rssEnd = await rssMB(child.pid!);
child.kill('SIGTERM');
await new Promise((r) => child.once('exit', r));
await rm(work, { recursive: true, force: true });

console.log(`\n${passages} passages, ${seconds} s per level, a hot swap a quarter into each (timings on a shared machine are inflated by its other load)\n`);
console.log('| connections | requests | req/s | p50 ms | p99 ms | max ms | by status | non-2xx | errors | timeouts | swap done after s | RSS MB before → after |');
console.log('|---|---|---|---|---|---|---|---|---|---|---|---|');
for (const r of rows) console.log(`| ${r.connections} | ${r.requests} | ${r.perSecond} | ${r.p50} | ${r.p99} | ${r.max} | ${Object.entries(r.byStatus).map(([s, n]) => `${s}: ${n}`).join(', ')} | ${r.non2xx} | ${r.errors} | ${r.timeouts} | ${r.swapSeconds ?? 'not seen'} | ${r.rssBeforeMB} → ${r.rssAfterMB} |`);
console.log(`\nserver RSS: ${rssStart} MB after warm-up, ${rssEnd} MB 5 s after the load (${Math.round(((rssEnd - rssStart) / rssStart) * 100)} %)`);

const failed = rows.flatMap((r) => Object.entries(r.byStatus).filter(([s]) => Number(s) >= 400 && s !== '503').map(([s, n]) => `${n} × ${s} at ${r.connections} connections`));
const checks = {
  'no errors or timeouts': rows.every((r) => r.errors === 0 && r.timeouts === 0),
  'no failed requests (only 503s past the limit)': failed.length === 0,
  'every swap seen': rows.every((r) => r.swappedTo !== null && r.swapSeconds !== null),
  'every request within 2 s at 50 connections': rows.filter((r) => r.connections >= 50).every((r) => r.max <= 2000),
  'RSS back within 20 % of its start': rssEnd <= rssStart * 1.2,
};
for (const [name, ok] of Object.entries(checks)) console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}`);
if (failed.length) console.log(`  ${failed.join('; ')}`);
await mkdir('bench/results', { recursive: true });
const file = join('bench/results', `loadtest-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
await writeFile(file, JSON.stringify({ passages, seconds, rows, rssStartMB: rssStart, rssEndMB: rssEnd, checks }, null, 2));
console.log(`\n${file}`);
process.exitCode = Object.values(checks).every(Boolean) ? 0 : 1;
