import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg } from 'node:os';
import { corpusParagraphs, queryMix, type Query } from './bench-queries.js';
// The HTTP half of npm run bench over a build that exists already (npm run bench builds its
// own; a 1M build takes twenty minutes): the server as a user starts it (dist/server/main.js,
// so npm run build first), the same query mix from the corpus the build was made from, the same
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
function treeRssMb(root: number): number {
  const children = new Map<number, number[]>(); const rss = new Map<number, number>(); let total = 0;
  for (const name of readdirSync('/proc')) { if (!/^\d+$/.test(name)) continue; try { const s = readFileSync(`/proc/${name}/status`, 'utf8'); const ppid = Number(/PPid:\s+(\d+)/.exec(s)?.[1]); rss.set(Number(name), Number(/VmRSS:\s+(\d+)/.exec(s)?.[1] ?? 0) / 1024); children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]); } catch { /* gone */ } }
  const stack = [root]; while (stack.length) { const pid = stack.pop()!; total += rss.get(pid) ?? 0; stack.push(...(children.get(pid) ?? [])); } return Math.round(total);
}
/** user + system CPU time of a process so far, ms (/proc/PID/stat, clock ticks of 10 ms) */
const cpuMs = (pid: number) => { const stat = readFileSync(`/proc/${pid}/stat`, 'utf8'); const f = stat.slice(stat.lastIndexOf(')') + 2).split(' '); return (Number(f[11]) + Number(f[12])) * 10; };
const freePort = () => new Promise<number>((resolve) => { const s = createServer().listen(0, '127.0.0.1', () => { const port = (s.address() as { port: number }).port; s.close(() => resolve(port)); }); });
const pct = (ms: number[]) => { const s = [...ms].sort((a, b) => a - b); const at = (p: number) => Math.round(s[Math.min(s.length - 1, Math.floor(p * s.length))] * 10) / 10; return { p50: at(0.5), p95: at(0.95), p99: at(0.99) }; };
const url = (port: number, q: Query) => { const p = new URLSearchParams(); for (const [k, v] of Object.entries(q.params)) for (const x of ([] as string[]).concat(v)) p.append(k, x); return `http://127.0.0.1:${port}/api/search?${p}`; };
const mix = queryMix(await corpusParagraphs(corpus), 400, seed);
const port = await freePort();
const started = performance.now();
const child = spawn(process.execPath, [...(profileDir ? ['--cpu-prof', '--cpu-prof-dir', profileDir] : []), 'dist/server/main.js'], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, INDEX_DIR: indexDir, CORPUS_DIR: '/nonexistent-corpus', PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', RATE_LIMIT: '100000000' } });
try {
  let healthyMs = 0;
  while (!healthyMs) { if (child.exitCode !== null) throw new Error('server exited'); try { const r = await fetch(`http://127.0.0.1:${port}/api/health`); const h = (await r.json()) as { status: string }; if (r.ok && h.status === 'ok') healthyMs = Math.round(performance.now() - started); } catch { /* not yet */ } if (!healthyMs) await new Promise((r) => setTimeout(r, 20)); }
  const loadStart = loadavg()[0];
  for (const q of mix.slice(0, 30)) await (await fetch(url(port, q))).arrayBuffer();
  const times: number[] = []; const byClass = new Map<string, number[]>(); let errors = 0;
  const cpuStart = cpuMs(child.pid!);
  for (let round = 0; round < rounds; round++) {
    for (const q of mix) { const t = performance.now(); const r = await fetch(url(port, q)); await r.arrayBuffer(); const ms = performance.now() - t; if (r.status !== 200) errors++; times.push(ms); byClass.set(q.class, [...(byClass.get(q.class) ?? []), ms]); }
  }
  const serverCpuMsPerSearch = Math.round(((cpuMs(child.pid!) - cpuStart) / times.length) * 100) / 100;
  console.log(JSON.stringify({ indexDir, seed, healthyMs, serverRssMB: treeRssMb(child.pid!), http: pct(times), serverCpuMsPerSearch, byClass: Object.fromEntries([...byClass].map(([c, ms]) => [c, pct(ms).p95])), errors, load: [loadStart, loadavg()[0]] }));
} finally { child.kill('SIGTERM'); if (profileDir) await new Promise((r) => child.once('exit', r)); }
