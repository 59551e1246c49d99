import type { ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import type { Query } from './bench-queries.js';

// What the scripts that time a served build over HTTP share (bench.ts, bench-serve.ts,
// bench-serve-ab.ts, replicas.ts, startup-cpu.ts): the server's environment, waiting for it to
// answer and stopping it, a free port, a query's URL, percentiles and a process's CPU.

/**
 * The environment of a measured server: its index, a port on loopback, a corpus directory that
 * does not exist (an empty index must not be filled from the bundled corpus), warnings only, and
 * no rate limit (every request of a measurement comes from one address).
 */
export function serverEnv(indexDir: string, port: number, corpusDir = '/nonexistent-corpus'): NodeJS.ProcessEnv {
  return { ...process.env, INDEX_DIR: indexDir, CORPUS_DIR: corpusDir, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', RATE_LIMIT: '100000000' };
}

/**
 * Polls a spawned server until it is `healthy` (/api/health says ok: what the bench times) or
 * `ready` (/api/ready is 200: health is 200 from the start, before a build is loaded). Throws
 * once the child has exited, or after `timeoutMs` (killing it), so a server that answers wrongly
 * or never does cannot hang a measurement.
 */
export async function waitFor(child: ChildProcess, port: number, what: 'healthy' | 'ready', everyMs = 20, timeoutMs = 600_000): Promise<void> {
  const started = performance.now();
  const base = `http://127.0.0.1:${port}`;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited ${child.exitCode}`);
    if (performance.now() - started > timeoutMs) {
      child.kill('SIGTERM');
      throw new Error(`the server was not ${what} after ${Math.round(timeoutMs / 1000)} s`);
    }
    try {
      const r = await fetch(`${base}/api/${what === 'healthy' ? 'health' : 'ready'}`);
      if (r.ok && (what === 'ready' || ((await r.json()) as { status?: string }).status === 'ok')) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/** SIGTERM, then the child's exit (a server drains before it exits; a profile is written then). */
export async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}

/** A port no one listens on now, on loopback. */
export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/** A query of the bench's mix as a search URL on loopback. */
export function searchUrl(port: number, q: Query): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(q.params)) for (const x of ([] as string[]).concat(v)) p.append(k, x);
  return `http://127.0.0.1:${port}/api/search?${p}`;
}

/** p50 / p95 / p99 and the mean of some times, ms to two decimals. */
export function percentiles(ms: number[]): { p50: number; p95: number; p99: number; mean: number } {
  const s = [...ms].sort((a, b) => a - b);
  const at = (p: number) => Math.round(s[Math.min(s.length - 1, Math.floor(p * s.length))] * 100) / 100;
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), mean: Math.round((s.reduce((a, b) => a + b, 0) / s.length) * 100) / 100 };
}

/** user + system CPU time of a process so far, ms (/proc/PID/stat, clock ticks of 10 ms; the name may hold spaces and brackets) */
export function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(f[11]) + Number(f[12])) * 10;
}

/** Resident memory of a process and all its descendants, MB, from /proc. */
export function treeRssMb(root: number): number {
  const children = new Map<number, number[]>();
  let total = 0;
  const rss = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const status = readFileSync(`/proc/${name}/status`, 'utf8');
      const ppid = Number(/PPid:\s+(\d+)/.exec(status)?.[1]);
      rss.set(Number(name), Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // gone meanwhile
    }
  }
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return Math.round(total);
}
