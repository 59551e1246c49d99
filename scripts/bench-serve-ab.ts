import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { corpusParagraphs, queryMix } from './bench-queries.js';
import { cpuMs, freePort, percentiles as pct, searchUrl as url, serverEnv, waitFor } from './bench-http.js';

// Two versions of the server side by side over one build: each query of the mix goes to both
// in turn (which one first alternates), so both see the same load. On a shared machine a
// run's CPU a search moves ±15 % with the others' jobs, more than most changes, and two runs
// one after the other cannot be told apart; side by side they can.
//
// npx tsx scripts/bench-serve-ab.ts DIR_A DIR_B INDEX_DIR CORPUS_DIR [--index-b INDEX_DIR_B] [--seeds 7,99] [--warm-seed 1234]
// DIR_A, DIR_B: each a project root with its dist/ built (npm run build), e.g. an export of main
// (git archive) with node_modules linked, and this worktree. Prints per seed and version the
// server's CPU a search (/proc), p50 / p95 / p99 over HTTP, p95 per class, RSS and healthy.
// --index-b: B serves its own build of the same corpus (a version that changed the build's
// format cannot read A's); both builds must hold the same passages for the queries to compare.
// the servers run in their own directories: the build's path is made absolute
const [dirA, dirB, indexDir, corpus] = process.argv.slice(2).map((p, i) => (i < 4 ? resolve(p) : p));
const arg = (name: string) => process.argv.find((_, i) => process.argv[i - 1] === name);
const seeds = (arg('--seeds') ?? '7,99').split(',').map(Number);
const warmSeed = Number(arg('--warm-seed') ?? 1234);
const indexB = arg('--index-b');
const indexOf = { A: indexDir, B: indexB ? resolve(indexB) : indexDir };

const rssMb = (pid: number) => Math.round(Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024);

interface Served { name: string; child: ChildProcess; port: number; healthyMs: number; cpu0: number; times: number[]; byClass: Map<string, number[]> }

async function start(name: 'A' | 'B', dir: string, port: number): Promise<Served> {
  const started = performance.now();
  const child = spawn(process.execPath, ['dist/server/main.js'], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'], env: serverEnv(indexOf[name], port) });
  await waitFor(child, port, 'ready', 20, 60_000).catch((e: Error) => Promise.reject(new Error(`server ${name}: ${e.message}`)));
  return { name, child, port, healthyMs: Math.round(performance.now() - started), cpu0: 0, times: [], byClass: new Map() };
}

const paragraphs = await corpusParagraphs(corpus);
const warm = queryMix(paragraphs, 30, warmSeed);
for (const seed of seeds) {
  const mix = queryMix(paragraphs, 400, seed);
  const servers: Served[] = [];
  try {
    servers.push(await start('A', dirA, await freePort()));
    servers.push(await start('B', dirB, await freePort()));
    for (const q of warm) for (const s of servers) await (await fetch(url(s.port, q))).arrayBuffer();
    for (const s of servers) s.cpu0 = cpuMs(s.child.pid!);
    for (let i = 0; i < mix.length; i++) {
      for (const s of i % 2 ? [servers[1], servers[0]] : servers) {
        const t = performance.now();
        await (await fetch(url(s.port, mix[i]))).arrayBuffer();
        const ms = performance.now() - t;
        s.times.push(ms);
        s.byClass.set(mix[i].class, [...(s.byClass.get(mix[i].class) ?? []), ms]);
      }
    }
    for (const s of servers) {
      const serverCpuMsPerSearch = Math.round(((cpuMs(s.child.pid!) - s.cpu0) / mix.length) * 100) / 100;
      console.log(JSON.stringify({ seed, server: s.name, dir: s.name === 'A' ? dirA : dirB, index: s.name === 'A' ? indexOf.A : indexOf.B, serverCpuMsPerSearch, http: pct(s.times), serverRssMB: rssMb(s.child.pid!), healthyMs: s.healthyMs, byClass: Object.fromEntries([...s.byClass].map(([c, ms]) => [c, pct(ms).p95])), load: loadavg()[0] }));
    }
  } finally {
    for (const s of servers) {
      s.child.kill('SIGTERM');
      if (s.child.exitCode === null) await new Promise((r) => s.child.once('exit', r));
    }
  }
}
