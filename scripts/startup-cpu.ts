// CPU of a server's start, which wall time on a shared machine does not show:
//   npx tsx scripts/startup-cpu.ts --index DIR [--starts 5] [--port 3870] CHECKOUT...
// Each CHECKOUT (a directory with a built dist/, e.g. a worktree of main and one of a branch)
// is started in turn, alternating, --starts times: `node scripts/start.mjs` (or, in a checkout
// older than it, `node dist/server/main.js`) on the index, as the bench starts it. Read from /proc when /api/health first says ok: the main thread's CPU
// and the whole process's (the latter also counts the checksum thread and V8's helpers, whose
// share depends on how soon the poll lands); then the CPU of the first search and the RSS after
// ten. Medians per checkout. Linux only.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { serverEnv, stopServer, waitFor } from './bench-http.js';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { index: { type: 'string' }, starts: { type: 'string', default: '5' }, port: { type: 'string', default: '3870' } } });
if (!values.index || !positionals.length) throw new Error('usage: startup-cpu.ts --index DIR [--starts N] [--port P] CHECKOUT...');
const indexDir = resolve(values.index);

const TICK_MS = 10; // USER_HZ is 100 on Linux
const ticks = (statPath: string) => {
  const f = readFileSync(statPath, 'utf8').split(') ')[1].split(' ');
  return (Number(f[11]) + Number(f[12])) * TICK_MS;
};
const QUERIES = ['water sanitation', 'protection of civilians', 'cholera', 'food security Sudan', 'refugees', 'humanitarian access', 'gender based violence', 'famine', 'ceasefire', 'mine action'];

interface Start {
  mainMs: number;
  processMs: number;
  firstSearchMainMs: number;
  rssMB: number;
}

async function start(checkout: string, port: number): Promise<Start> {
  // what npm start runs where the checkout has it (the bundle), else the per-file server
  const entry = existsSync(join(checkout, 'scripts', 'start.mjs')) ? 'scripts/start.mjs' : 'dist/server/main.js';
  const child = spawn(process.execPath, [entry], {
    cwd: checkout,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: serverEnv(indexDir, port),
  });
  const pid = child.pid!;
  const main = () => ticks(`/proc/${pid}/task/${pid}/stat`);
  try {
    await waitFor(child, port, 'healthy', 10);
    const out = { mainMs: main(), processMs: ticks(`/proc/${pid}/stat`) };
    await waitFor(child, port, 'ready', 10);
    let firstSearchMainMs = 0;
    for (const [i, q] of QUERIES.entries()) {
      const before = main();
      await (await fetch(`http://127.0.0.1:${port}/api/search?q=${encodeURIComponent(q)}`)).arrayBuffer();
      if (i === 0) firstSearchMainMs = main() - before;
    }
    const rssMB = Math.round(Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024);
    return { ...out, firstSearchMainMs, rssMB };
  } finally {
    await stopServer(child);
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const runs = new Map<string, Start[]>(positionals.map((c) => [c, []]));
for (let i = 0; i < Number(values.starts); i++) {
  for (const [n, c] of positionals.entries()) {
    const s = await start(resolve(c), Number(values.port) + n);
    runs.get(c)!.push(s);
    console.log(c, JSON.stringify(s));
  }
}
for (const [c, s] of runs) {
  console.log(`${c}: median of ${s.length} — main thread ${median(s.map((x) => x.mainMs))} CPU-ms to healthy, process ${median(s.map((x) => x.processMs))}, first search ${median(s.map((x) => x.firstSearchMainMs))}, RSS after 10 searches ${median(s.map((x) => x.rssMB))} MB`);
}
