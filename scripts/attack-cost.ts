import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { ATTACKS } from './attack-requests.js';

// npx tsx scripts/attack-cost.ts --url http://127.0.0.1:3717 --pid PID [--rounds 5] [--only NAME,…]
// Expensive but well-formed requests against a running server (start it on a large build:
// INDEX_DIR=… RATE_LIMIT=0 node dist/server/main.js): each request `rounds` times, one after
// the other, with the server process's CPU time (user + system, from /proc, 10 ms ticks, so
// several rounds are summed) and its resident memory after each. Wall times on a shared
// machine are noisy: the CPU column is the one to compare.

const arg = (name: string, def: string) => process.argv.find((_a, i) => process.argv[i - 1] === `--${name}`) ?? def;
const base = arg('url', 'http://127.0.0.1:3000').replace(/\/+$/, '');
const pid = Number(arg('pid', '0'));
const rounds = Number(arg('rounds', '5'));
const only = arg('only', '');

function cpuMs(): number {
  const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  // fields 14 and 15 of stat (utime, stime) are the 12th and 13th after the command name
  return (Number(f[11]) + Number(f[12])) * 10;
}
const rssMB = () => Math.round(Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024);

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
