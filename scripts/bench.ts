import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { corpusParagraphs, fts5Match, queryMix, type Query } from './bench-queries.js';
import { freePort, percentiles, searchUrl, serverEnv, stopServer, treeRssMb, waitFor } from './bench-http.js';
import { exitWithUsageIfAsked } from './usage.js';

// npm run bench [-- --sizes 10000,100000] [--million] [--engines lunr,fts5] [--pdf] [--pdf-only]
//
// Per corpus size (synthetic, from ../shared/tools/gen-corpus.mjs) and per engine, measured as
// a user meets it: `npm run index` with Node's default heap (build time, passages/s, peak
// memory of the indexer and its workers together), index size, then the server as `npm start`
// runs it (node scripts/start.mjs, the bundle it compiled): time from spawn to a healthy
// /api/health, and the same for `npm start` typed as a user types it, latency
// p50/p95/p99 over HTTP for a query mix drawn from the corpus text (words, phrases, prefixes,
// typos, facet filters; never the labelled queries the ranking was tuned on), its RSS after
// the run. Beside it raw SQLite FTS5 (better-sqlite3, when installed) over the same paragraphs
// and the same queries' text, and the ratio of the p95s. Table on stdout, JSON in bench/results/.

exitWithUsageIfAsked(`
npm run bench [-- OPTIONS]

Synthetic corpora (scripts/gen-corpus.mjs) built with npm run index and served as npm start
serves them: build time and passages/s, peak memory, index size, time to a healthy server,
HTTP latency p50/p95/p99 over a query mix beside raw SQLite FTS5, server RSS. Table on stdout,
JSON in bench/results/; corpora and builds in bench/tmp/.

  --sizes N,N        passage counts (default 10000,100000)
  --million          add a 1,000,000-passage corpus (about 2 hours)
  --engines E,E      engines to build and serve (default lunr,fts5)
  --pdf              then PDF pages/s through the indexer's worker pool, pdftotext beside it
  --pdf-only         the PDF table alone
  -h, --help         this text
`);

const arg = (name: string) => process.argv.find((_, i) => process.argv[i - 1] === name);
const flag = (name: string) => process.argv.includes(name);
const sizes = flag('--pdf-only') ? [] : [...(arg('--sizes') ?? '10000,100000').split(',').map(Number), ...(flag('--million') ? [1_000_000] : [])];
const cliSource = readFileSync('indexer/cli.ts', 'utf8');
const hasEngines = cliSource.includes("'--engine");
const engines = hasEngines ? (arg('--engines') ?? 'lunr,fts5').split(',') : ['lunr'];
const work = join(process.cwd(), 'bench', 'tmp');
const gen = existsSync('../shared/tools/gen-corpus.mjs') ? '../shared/tools/gen-corpus.mjs' : 'scripts/gen-corpus.mjs';
const load = () => loadavg().map((x) => Math.round(x * 10) / 10);

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env): { child: ChildProcess; done: Promise<void> } {
  const child = spawn(cmd, args, { stdio: ['ignore', 'ignore', 'inherit'], env });
  const done = new Promise<void>((resolve, reject) => child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(' ')} exited ${code}`)))));
  return { child, done };
}

async function du(dir: string): Promise<number> {
  let total = 0;
  for (const e of await readdir(dir, { withFileTypes: true })) total += e.isDirectory() ? await du(join(dir, e.name)) : (await stat(join(dir, e.name))).size;
  return total;
}

interface EngineRow {
  engine: string;
  passages: number;
  documents: number;
  buildSeconds: number;
  passagesPerSecond: number;
  buildPeakMB: number;
  indexMB: number;
  /** spawn of `node scripts/start.mjs` (what npm start execs) to its first healthy answer, the median of three starts */
  healthyMs: number;
  /** the same for `npm start` itself, npm's own start included */
  npmStartMs: number;
  /** each start's figure (the two above are their medians) */
  starts?: { healthyMs: number[]; npmStartMs: number[] };
  serverRssMB: number;
  http: ReturnType<typeof percentiles>;
  byClass: Record<string, number>;
  errors: number;
  load: { build: number[]; serve: number[] };
  /** why this engine could not be built or served at this size (the row's figures are then empty) */
  failed?: string;
}

async function index(corpus: string, out: string, engine: string): Promise<Omit<EngineRow, 'healthyMs' | 'npmStartMs' | 'starts' | 'serverRssMB' | 'http' | 'byClass' | 'errors'>> {
  await rm(out, { recursive: true, force: true });
  const started = performance.now();
  const { child, done } = run('npm', ['run', 'index', '--silent', '--', '--corpus', corpus, '--out', out, '--quiet', ...(hasEngines ? ['--engine', engine] : [])]);
  let peak = 0;
  const poll = setInterval(() => (peak = Math.max(peak, treeRssMb(child.pid!))), 250);
  try {
    await done;
  } finally {
    clearInterval(poll);
  }
  const seconds = (performance.now() - started) / 1000;
  const build = readFileSync(join(out, 'CURRENT'), 'utf8').trim();
  const manifest = JSON.parse(readFileSync(join(out, 'builds', build, 'manifest.json'), 'utf8')) as { counts: { passages: number; documents: number } };
  return {
    engine,
    passages: manifest.counts.passages,
    documents: manifest.counts.documents,
    buildSeconds: Math.round(seconds * 10) / 10,
    passagesPerSecond: Math.round(manifest.counts.passages / seconds),
    buildPeakMB: peak,
    indexMB: Math.round((await du(join(out, 'builds', build))) / 104857.6) / 10,
    load: { build: load(), serve: [] },
  };
}

/** Spawns a server on `port` and waits for its first healthy /api/health: the child and the milliseconds from spawn. */
async function startServer(command: string, args: string[], indexDir: string, port: number): Promise<{ child: ChildProcess; healthyMs: number }> {
  const started = performance.now();
  const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'inherit'], env: serverEnv(indexDir, port, join(work, 'no-corpus')) });
  await waitFor(child, port, 'healthy');
  return { child, healthyMs: Math.round(performance.now() - started) };
}

async function serve(indexDir: string, mix: Query[]): Promise<Pick<EngineRow, 'healthyMs' | 'npmStartMs' | 'starts' | 'serverRssMB' | 'http' | 'byClass' | 'errors'>> {
  // `npm start` as a user types it, to its first healthy answer only: npm's own start (~0.2 CPU-s)
  // is part of what the user waits for; its process is not part of the server's RSS, so the run
  // below starts what npm start execs, on its own
  // three starts of each, alternating, the median reported: one start on a shared machine
  // moves by ±150 ms, which is the whole margin of the 1 s target
  const npmStarts: number[] = [];
  const starts: number[] = [];
  for (let i = 0; i < 3; i++) {
    const npm = await startServer('npm', ['start', '--silent'], indexDir, await freePort());
    await stopServer(npm.child);
    npmStarts.push(npm.healthyMs);
    if (i === 2) break;
    const one = await startServer(process.execPath, ['scripts/start.mjs'], indexDir, await freePort());
    await stopServer(one.child);
    starts.push(one.healthyMs);
  }
  const port = await freePort();
  const { child, healthyMs: last } = await startServer(process.execPath, ['scripts/start.mjs'], indexDir, port);
  starts.push(last);
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const healthyMs = median(starts);
  try {
    for (const q of mix.slice(0, 30)) await (await fetch(searchUrl(port, q))).arrayBuffer();
    const times: number[] = [];
    const byClass = new Map<string, number[]>();
    let errors = 0;
    for (const q of mix) {
      const t = performance.now();
      const r = await fetch(searchUrl(port, q));
      await r.arrayBuffer();
      const ms = performance.now() - t;
      if (r.status !== 200) errors++;
      times.push(ms);
      byClass.set(q.class, [...(byClass.get(q.class) ?? []), ms]);
    }
    return {
      healthyMs,
      npmStartMs: median(npmStarts),
      starts: { healthyMs: starts, npmStartMs: npmStarts },
      serverRssMB: treeRssMb(child.pid!),
      http: percentiles(times),
      byClass: Object.fromEntries([...byClass].map(([c, ms]) => [c, percentiles(ms).p95])),
      errors,
    };
  } finally {
    await stopServer(child);
  }
}

interface Fts5Statement {
  all(...params: unknown[]): unknown[];
  get(...params: unknown[]): unknown;
  run(...params: unknown[]): unknown;
}
interface Fts5Db {
  exec(sql: string): void;
  prepare(sql: string): Fts5Statement;
  transaction(fn: () => void): () => void;
  close(): void;
}

/** Raw FTS5 over the same paragraphs: the queries' text only, top 20 by bm25 with snippets, and the count. */
async function rawFts5(paragraphs: { doc: string; text: string }[], mix: Query[], file: string): Promise<{ buildSeconds: number; http: null; inProcess: ReturnType<typeof percentiles>; fileMB: number } | null> {
  let Database: new (file: string) => Fts5Db;
  try {
    Database = createRequire(import.meta.url)('better-sqlite3') as typeof Database;
  } catch {
    return null;
  }
  await rm(file, { force: true });
  const started = performance.now();
  const db = new Database(file);
  db.exec("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; CREATE VIRTUAL TABLE p USING fts5(doc UNINDEXED, text, tokenize='porter unicode61')");
  const insert = db.prepare('INSERT INTO p (doc, text) VALUES (?, ?)');
  db.transaction(() => {
    for (const p of paragraphs) insert.run(p.doc, p.text);
  })();
  db.exec("INSERT INTO p(p) VALUES('optimize')");
  db.close();
  const buildSeconds = Math.round((performance.now() - started) / 100) / 10;
  const ro = new Database(file);
  const top = ro.prepare("SELECT rowid, doc, snippet(p, 1, '<b>', '</b>', '…', 24) AS s FROM p WHERE p MATCH ? ORDER BY rank LIMIT 20");
  const count = ro.prepare('SELECT count(*) AS n FROM p WHERE p MATCH ?');
  const browse = ro.prepare('SELECT rowid, doc, substr(text, 1, 200) FROM p LIMIT 20');
  const once = (q: Query) => {
    const m = fts5Match(String(q.params.q ?? ''));
    if (!m) return browse.all();
    count.get(m);
    return top.all(m);
  };
  for (const q of mix.slice(0, 30)) once(q);
  const times: number[] = [];
  for (const q of mix) {
    const t = performance.now();
    once(q);
    times.push(performance.now() - t);
  }
  ro.close();
  return { buildSeconds, http: null, inProcess: percentiles(times), fileMB: Math.round((await stat(file)).size / 104857.6) / 10 };
}

const results: { size: number; corpusDocs: number; rows: EngineRow[]; fts5: Awaited<ReturnType<typeof rawFts5>> }[] = [];
if (sizes.length) {
  console.error('building the server (npm run build) …');
  await run('npm', ['run', 'build', '--silent']).done;
}
for (const size of sizes) {
  // Generated documents average about 24 passages.
  const docs = Math.ceil(size / 23.85);
  const corpus = join(work, `corpus-${docs}`);
  if (!existsSync(join(corpus, 'catalog.json'))) {
    console.error(`generating ${docs} documents …`);
    await run(process.execPath, [gen, '--docs', String(docs), '--out', corpus, '--seed', '1']).done;
  }
  const paragraphs = await corpusParagraphs(corpus);
  const mix = queryMix(paragraphs);
  const rows: EngineRow[] = [];
  for (const engine of engines) {
    const out = join(work, `index-${docs}-${engine}`);
    console.error(`indexing ${size} with ${engine} (load ${load().join(' ')}) …`);
    try {
      const built = await index(corpus, out, engine);
      console.error(`serving ${size} with ${engine} …`);
      const served = await serve(out, mix);
      built.load.serve = load();
      rows.push({ ...built, ...served });
    } catch (error) {
      // lunr past a few tens of thousands of passages runs out of Node's default heap: that is a
      // result to report beside the engine that copes, not a reason to lose the whole bench
      const failed = error instanceof Error ? error.message : String(error);
      console.error(`${engine} at ${size}: ${failed}`);
      rows.push({ engine, passages: size, documents: docs, buildSeconds: 0, passagesPerSecond: 0, buildPeakMB: 0, indexMB: 0, healthyMs: 0, npmStartMs: 0, serverRssMB: 0, http: { p50: 0, p95: 0, p99: 0, mean: 0 }, byClass: {}, errors: 0, load: { build: load(), serve: [] }, failed });
    }
  }
  console.error(`raw FTS5 over ${paragraphs.length} paragraphs …`);
  const fts5 = await rawFts5(paragraphs, mix, join(work, `raw-${docs}.db`));
  results.push({ size, corpusDocs: docs, rows, fts5 });
}

const head = ['passages', 'engine', 'build s', 'passages/s', 'build peak MB', 'index MB', 'healthy ms, median of 3 (npm start ms)', 'server RSS MB', 'HTTP p50 / p95 / p99 ms', 'raw FTS5 p95 ms', 'p95 ÷ raw', 'load (build; serve)'];
console.log(`| ${head.join(' | ')} |\n|${head.map(() => '---').join('|')}|`);
for (const r of results) {
  for (const e of r.rows) {
    if (e.failed) {
      console.log(`| ${r.size} | ${e.engine} | failed: ${e.failed.slice(0, 120)} |${' |'.repeat(head.length - 3)}`);
      continue;
    }
    const raw = r.fts5?.inProcess.p95;
    const cells = [e.passages, e.engine, e.buildSeconds, e.passagesPerSecond, e.buildPeakMB, e.indexMB, `${e.healthyMs} (${e.npmStartMs})`, e.serverRssMB, `${e.http.p50} / ${e.http.p95} / ${e.http.p99}`, raw ?? 'not installed', raw ? Math.round((e.http.p95 / raw) * 10) / 10 : '–', `${e.load.build[0]}; ${e.load.serve[0]}`];
    console.log(`| ${cells.join(' | ')} |`);
  }
}
for (const r of results) for (const e of r.rows.filter((x) => !x.failed)) console.log(`\n${e.passages} ${e.engine}: p95 by query class (ms): ${Object.entries(e.byClass).map(([c, v]) => `${c} ${v}`).join(', ')}${e.errors ? `; ${e.errors} answers not 200` : ''}`);

let pdf: unknown = null;
if (flag('--pdf') || flag('--pdf-only')) {
  // PDF extraction speed through the worker pool, pdftotext's beside it (scripts/bench-pdf.ts):
  // one pass of the files (the workers' start-up and warm-up included), then a batch of three
  // passes through one pool, as a library's folder is read.
  type PdfRun = { files: number; passes: number; pages: number; seconds: number; pagesPerSecond: number; cpuSeconds: number; pagesPerCpuSecond: number; peakRssMb: number; workers: number; load: number[]; pdftotext: { pagesPerSecond: number } | null };
  const runs: PdfRun[] = [];
  for (const passes of [1, 3]) {
    console.error(`reading PDFs (${passes} pass${passes > 1 ? 'es' : ''}) …`);
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/bench-pdf.ts', '--passes', String(passes)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    await new Promise((resolve) => child.on('exit', resolve));
    runs.push(JSON.parse(out.trim().split('\n').pop()!) as PdfRun);
  }
  pdf = { single: runs[0], batch: runs[1] };
  console.log(`\n| PDF run | files | pages | seconds | pages/s (${runs[0].workers} workers) | pdftotext pages/s | CPU s | pages per CPU-s | peak RSS MB | load before; after |\n|---|---|---|---|---|---|---|---|---|---|`);
  for (const p of runs) console.log(`| ${p.passes === 1 ? 'one pass' : `batch (${p.passes} passes)`} | ${p.files} | ${p.pages} | ${p.seconds} | ${p.pagesPerSecond} | ${p.pdftotext?.pagesPerSecond ?? 'not installed'} | ${p.cpuSeconds} | ${p.pagesPerCpuSecond} | ${p.peakRssMb} | ${p.load.join('; ')} |`);
}
await mkdir('bench/results', { recursive: true });
const file = join('bench', 'results', `bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
await writeFile(file, JSON.stringify({ date: new Date().toISOString(), node: process.version, command: `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim(), results, pdf }, null, 2));
console.log(`\nwritten to ${file}`);
