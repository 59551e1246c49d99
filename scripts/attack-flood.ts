import autocannon from 'autocannon';
import { loadavg } from 'node:os';
import { arg, serverProcess } from './attack-process.js';
import { ATTACKS } from './attack-requests.js';

// npx tsx scripts/attack-flood.ts --url http://127.0.0.1:3717 --pid PID [--connections 20] [--seconds 20] [--only NAME,…]
// 20 clients sending scripts/attack-cost.ts's expensive requests round-robin (autocannon) while
// /api/health is asked every 250 ms: its slowest answer, and how many took over 1 s; the
// server's CPU and peak RSS over the flood, and the answers by status.

const base = arg('url', 'http://127.0.0.1:3000').replace(/\/+$/, '');
const { cpuMs, rssMB } = serverProcess('npx tsx scripts/attack-flood.ts --url http://127.0.0.1:3717 --pid PID [--connections 20] [--seconds 20] [--only NAME,…]');
const only = arg('only', '');
const chosen = ATTACKS.filter(([name]) => !only || only.split(',').includes(name));
const cpuS = () => cpuMs() / 1000;

const health: number[] = [];
let peak = rssMB();
let stop = false;
const poll = (async () => {
  while (!stop) {
    const t = performance.now();
    try {
      const r = await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(10_000) });
      await r.arrayBuffer();
      health.push(performance.now() - t);
    } catch {
      health.push(10_000);
    }
    peak = Math.max(peak, rssMB());
    await new Promise((r) => setTimeout(r, 250));
  }
})();
const c0 = cpuS();
const rss0 = rssMB();
const result = await autocannon({ url: base, connections: Number(arg('connections', '20')), duration: Number(arg('seconds', '20')), timeout: 30, requests: chosen.map(([, path]) => ({ method: 'GET', path })) });
stop = true;
await poll;
const statuses = Object.entries(result.statusCodeStats ?? {}).map(([k, v]) => `${k}×${(v as { count: number }).count}`).join(' ');
health.sort((a, b) => a - b);
console.log(`load ${loadavg()[0].toFixed(1)}; ${chosen.length} kinds of request, ${result.requests.total} answered (${statuses}), errors ${result.errors}, timeouts ${result.timeouts}; latency p50 ${result.latency.p50} p99 ${result.latency.p99} max ${result.latency.max} ms`);
console.log(`server CPU ${(cpuS() - c0).toFixed(1)} s in ${result.duration.toFixed(1)} s; RSS ${rss0} → peak ${peak} → ${rssMB()} MB`);
console.log(`health: ${health.length} asked, p50 ${Math.round(health[health.length >> 1])} ms, max ${Math.round(health[health.length - 1])} ms, ${health.filter((h) => h > 1000).length} over 1 s`);
