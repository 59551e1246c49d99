import { loadavg } from 'node:os';
import { arg, serverProcess } from './attack-process.js';
import { ATTACKS } from './attack-requests.js';

// npx tsx scripts/attack-cost.ts --url http://127.0.0.1:3717 --pid PID [--rounds 5] [--only NAME,…]
// Expensive but well-formed requests against a running server (start it on a large build:
// INDEX_DIR=… RATE_LIMIT=0 node dist/server/main.js): each request `rounds` times, one after
// the other, with the server process's CPU time (user + system, from /proc, 10 ms ticks, so
// several rounds are summed) and its resident memory after each. Wall times on a shared
// machine are noisy: the CPU column is the one to compare.

const base = arg('url', 'http://127.0.0.1:3000').replace(/\/+$/, '');
const { pid, cpuMs, rssMB } = serverProcess('npx tsx scripts/attack-cost.ts --url http://127.0.0.1:3717 --pid PID [--rounds 5] [--only NAME,…] [NAME=PATH …]');
const rounds = Number(arg('rounds', '5'));
const only = arg('only', '');

/** Extra requests from the command line: NAME=PATH after the options. */
const extra = process.argv.slice(2).filter((a) => /^[^-][^=]*=\//.test(a)).map((a) => [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] as [string, string]);
const chosen = [...ATTACKS, ...extra].filter(([name]) => !only || only.split(',').includes(name));

console.log(`${base}, pid ${pid}, ${rounds} rounds, load ${loadavg()[0].toFixed(1)}`);
console.log('request\tstatus\tbytes\twall ms (median)\tCPU ms a request\tRSS MB');
for (const [name, path] of chosen) {
  const walls: number[] = [];
  let status = 0;
  let bytes = 0;
  let maxRss = 0;
  const c0 = cpuMs();
  for (let i = 0; i < rounds; i++) {
    const t = performance.now();
    const res = await fetch(base + path);
    bytes = (await res.arrayBuffer()).byteLength;
    status = res.status;
    walls.push(performance.now() - t);
    maxRss = Math.max(maxRss, rssMB());
  }
  const cpu = (cpuMs() - c0) / rounds;
  walls.sort((a, b) => a - b);
  console.log(`${name}\t${status}\t${bytes}\t${Math.round(walls[walls.length >> 1])}\t${Math.round(cpu)}\t${maxRss}`);
}
