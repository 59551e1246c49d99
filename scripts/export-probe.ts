import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { loadSnapshot } from '../server/index-store.js';
import { exportSelection } from '../server/export/selection.js';
import { exporterFor } from '../server/export/registry.js';

// npx tsx scripts/export-probe.ts INDEX_DIR FORMAT 'q=…' [rounds]: one export in process, the CPU
// ms of its selection (the search of up to 2,000 hits, run in one turn of the event loop) and of
// its pieces (made in 10 ms slices by sendExport), each round; the first warms the snapshot.
const [indexDir, format, query, r] = process.argv.slice(2);
const snap = await loadSnapshot(indexDir, readFileSync(join(indexDir, 'CURRENT'), 'utf8').trim());
const exporter = exporterFor(format);
if (!exporter) throw new Error(`no format ${format}`);
const params = Object.fromEntries(new URLSearchParams(query)) as Record<string, string>;
const cpu = (c: NodeJS.CpuUsage) => Math.round((c.user + c.system) / 1000);
for (let i = 0; i < Number(r ?? 4); i++) {
  const c = process.cpuUsage();
  const selection = exportSelection(snap, params, 'http://localhost:3000', exporter);
  const s = process.cpuUsage(c);
  let bytes = 0;
  const sha = createHash('sha1');
  for (const piece of exporter.pieces(selection.items)) {
    bytes += piece.length;
    sha.update(piece);
  }
  const p = process.cpuUsage(c);
  console.log(`round ${i}: selection ${cpu(s)} ms, pieces ${cpu(p) - cpu(s)} ms CPU; ${selection.passages} passages of ${selection.total}${selection.capped ? ' (capped)' : ''}, ${bytes} chars, sha1 ${sha.digest('hex').slice(0, 12)}`);
}
