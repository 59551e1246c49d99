import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Response } from 'express';
import { loadSnapshot } from '../server/index-store.js';
import { selectionSteps } from '../server/export/selection.js';
import { exporterFor } from '../server/export/registry.js';
import { runInSlices } from '../server/export/slices.js';
// the longest turn of an export's selection, in slices: the gaps of a 1 ms interval timer
const [indexDir, format, query] = process.argv.slice(2);
const snap = await loadSnapshot(indexDir, readFileSync(join(indexDir, 'CURRENT'), 'utf8').trim());
const params = Object.fromEntries(new URLSearchParams(query)) as Record<string, string>;
for (let i = 0; i < 4; i++) {
  const charged: number[] = [];
  const res = { destroyed: false, locals: { cpuCharge: (ms: number) => charged.push(ms) } } as unknown as Response;
  const c = process.cpuUsage();
  let firstTurn = 0;
  let t = performance.now();
  const gaps: number[] = [];
  const timer = setInterval(() => { const n = performance.now(); gaps.push(n - t); t = n; }, 1);
  const cpu0 = process.cpuUsage();
  await new Promise((r) => setImmediate(r));
  const p = runInSlices(selectionSteps(snap, params, 'http://x', exporterFor(format)!), res);
  firstTurn = (process.cpuUsage(cpu0).user + process.cpuUsage(cpu0).system) / 1000;
  await p;
  clearInterval(timer);
  const u = process.cpuUsage(c);
  console.log(`round ${i}: selection ${Math.round((u.user + u.system) / 1000)} ms CPU, first turn ${Math.round(firstTurn)} ms CPU, later slices charged ${Math.round(charged.reduce((a, b) => a + b, 0))} ms in ${charged.length}, longest gap ${Math.round(Math.max(...gaps))} ms wall`);
}
