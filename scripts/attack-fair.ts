import { loadavg } from 'node:os';
import { arg, serverProcess } from './attack-process.js';

// npx tsx scripts/attack-fair.ts --url http://127.0.0.1:3860 --pid PID [--seconds 20] [--loopers 3]
//   [--path '/api/export?format=bibtex&q=protection'] [--as-other]
// `loopers` clients each request `path` in a loop while one more client searches every 200 ms
// (fresh words each time): the searcher's latency (p50/p95/max), every status seen, and the
// server's CPU over the run. --as-other sends the loopers and the searcher as two addresses
// (X-Forwarded-For 203.0.113.7 and 198.51.100.9: start the server with TRUST_PROXY=loopback),
// an office over its CPU share beside another client.

const base = arg('url', 'http://127.0.0.1:3000').replace(/\/+$/, '');
const { cpuMs } = serverProcess('npx tsx scripts/attack-fair.ts --url URL --pid PID [--seconds 20] [--loopers 3] [--path PATH] [--as-other]');
const seconds = Number(arg('seconds', '20'));
const loopers = Number(arg('loopers', '3'));
const path = arg('path', '/api/export?format=bibtex&q=protection');
const asOther = process.argv.includes('--as-other');
const words = 'protection humanitarian civilians rights law state actors policy security council access aid response women children displacement refugees conflict peace development funding donor local national international agency mission operations coordination system work mandate'.split(' ');

const end = performance.now() + seconds * 1000;
const statuses = new Map<string, number>();
const seen = (who: string, status: number) => statuses.set(`${who} ${status}`, (statuses.get(`${who} ${status}`) ?? 0) + 1);
const headers = (xff: string): Record<string, string> => (asOther ? { 'X-Forwarded-For': xff } : {});

async function loop(): Promise<void> {
  while (performance.now() < end) {
    try {
      const res = await fetch(base + path, { headers: headers('203.0.113.7') });
      await res.arrayBuffer();
      seen('looper', res.status);
      if (res.status !== 200) await new Promise((r) => setTimeout(r, 50));
    } catch {
      seen('looper', 0);
    }
  }
}

async function searcher(): Promise<number[]> {
  const walls: number[] = [];
  for (let i = 0; performance.now() < end; i++) {
    const q = `${words[i % words.length]} ${words[(i * 7 + 3) % words.length]}`;
    const t = performance.now();
    try {
      const res = await fetch(`${base}/api/search?q=${encodeURIComponent(q)}`, { headers: headers('198.51.100.9') });
      await res.arrayBuffer();
      seen('search', res.status);
      if (res.status === 200) walls.push(performance.now() - t);
    } catch {
      seen('search', 0);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return walls;
}

const c0 = cpuMs();
const load0 = loadavg()[0];
const [walls] = await Promise.all([searcher(), ...Array.from({ length: loopers }, loop)]);
walls.sort((a, b) => a - b);
const at = (p: number) => Math.round(walls[Math.min(walls.length - 1, Math.floor(p * walls.length))] ?? NaN);
console.log(`${path} ×${loopers}${asOther ? ' (two addresses)' : ''}, ${seconds} s, load ${load0.toFixed(1)} → ${loadavg()[0].toFixed(1)}, server CPU ${Math.round(cpuMs() - c0)} ms`);
console.log(`searches: ${walls.length} answered, p50 ${at(0.5)} / p95 ${at(0.95)} / max ${Math.round(walls[walls.length - 1] ?? NaN)} ms`);
console.log([...statuses].map(([k, v]) => `${k}: ${v}`).join(', '));
