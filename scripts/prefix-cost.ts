import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import { loadSnapshot } from '../server/index-store.js';

// CPU time of the engine's prefix query alone, per prefix length, at a published build.
const indexDir = process.argv[2];
const id = readFileSync(join(indexDir, 'CURRENT'), 'utf8').trim();
const snap = await loadSnapshot(indexDir, id);
console.log(`passages ${snap.passages.count}, load ${loadavg()[0].toFixed(1)}`);
for (const p of ['a', 'p', 'co', 'pr', 'con', 'pro', 'prot', 'prote']) {
  const t = process.cpuUsage();
  const w = performance.now();
  const n = snap.engine.search([{ term: `${p}*`, presence: 'required', wildcard: true }]).size;
  const c = process.cpuUsage(t);
  console.log(`${p}*\t${n} hits\tcpu ${Math.round((c.user + c.system) / 1000)} ms\twall ${Math.round(performance.now() - w)} ms`);
}
