import { spawn } from 'node:child_process';
import { loadavg } from 'node:os';
import { corpusParagraphs, queryMix } from './bench-queries.js';
import { cpuMs, freePort, percentiles as pct, searchUrl as url, serverEnv, stopServer, treeRssMb, waitFor } from './bench-http.js';
// The HTTP half of npm run bench over a build that exists already (npm run bench builds its
// own; a 1M build takes two hours): the server as npm start runs it (scripts/start.mjs: the
// bundle, compiled first if the sources changed), the same query mix from the corpus the build was made from, the same
// warm-up; start-up to healthy, RSS after the run, p50 / p95 / p99 over HTTP and p95 per class,
// and the server's CPU time over the timed run (steadier than wall clock on a shared machine).
//
// npx tsx scripts/bench-serve.ts INDEX_DIR CORPUS_DIR [--seed N] [--rounds R]
// --seed: another query mix from the same corpus (the bench's is seed 7): queries not tuned on.
// --rounds: the timed mix R times over, one server (default 1).
// --profile DIR: the server writes a V8 CPU profile of its whole life there (--cpu-prof).
const [indexDir, corpus] = process.argv.slice(2);
const arg = (name: string) => process.argv.find((_, i) => process.argv[i - 1] === name);
const seed = Number(arg('--seed') ?? 7);
const rounds = Number(arg('--rounds') ?? 1);
const profileDir = arg('--profile');
const mix = queryMix(await corpusParagraphs(corpus), 400, seed);
const port = await freePort();
const started = performance.now();
const child = spawn(process.execPath, [...(profileDir ? ['--cpu-prof', '--cpu-prof-dir', profileDir] : []), 'scripts/start.mjs'], { stdio: ['ignore', 'ignore', 'inherit'], env: serverEnv(indexDir, port) });
try {
  await waitFor(child, port, 'healthy');
  const healthyMs = Math.round(performance.now() - started);
  const loadStart = loadavg()[0];
  for (const q of mix.slice(0, 30)) await (await fetch(url(port, q))).arrayBuffer();
  const times: number[] = []; const byClass = new Map<string, number[]>(); let errors = 0;
  const cpuStart = cpuMs(child.pid!);
  for (let round = 0; round < rounds; round++) {
    for (const q of mix) { const t = performance.now(); const r = await fetch(url(port, q)); await r.arrayBuffer(); const ms = performance.now() - t; if (r.status !== 200) errors++; times.push(ms); byClass.set(q.class, [...(byClass.get(q.class) ?? []), ms]); }
  }
  const serverCpuMsPerSearch = Math.round(((cpuMs(child.pid!) - cpuStart) / times.length) * 100) / 100;
  console.log(JSON.stringify({ indexDir, seed, healthyMs, serverRssMB: treeRssMb(child.pid!), http: pct(times), serverCpuMsPerSearch, byClass: Object.fromEntries([...byClass].map(([c, ms]) => [c, pct(ms).p95])), errors, load: [loadStart, loadavg()[0]] }));
} finally { await stopServer(child); }
