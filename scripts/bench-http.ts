import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import type { Query } from './bench-queries.js';

// What the scripts that time a served build over HTTP share (bench.ts, bench-serve.ts,
// bench-serve-ab.ts, replicas.ts): a free port, a query's URL, percentiles and a process's CPU.

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
