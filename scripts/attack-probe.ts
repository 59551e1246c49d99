import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSnapshot } from '../server/index-store.js';
import { runSearch } from '../server/search/service.js';
import { searchRequest } from '../server/http/params.js';
import { searchJson } from '../server/records.js';

// npx tsx scripts/attack-probe.ts INDEX_DIR 'q=…&sort=date' [rounds]: one search request in
// process, CPU ms of each round (the first warms the snapshot's lazy parts). Run with
// `node --cpu-prof --import tsx` for a profile of the request alone.
const [indexDir, query, r] = process.argv.slice(2);
const snap = await loadSnapshot(indexDir, readFileSync(join(indexDir, 'CURRENT'), 'utf8').trim());
const params = Object.fromEntries(new URLSearchParams(query)) as Record<string, string>;
for (let i = 0; i < Number(r ?? 4); i++) {
  const c = process.cpuUsage();
  const sr = searchRequest(params, snap);
  const body = JSON.stringify(searchJson(snap, sr, runSearch(snap, sr)));
  const u = process.cpuUsage(c);
  console.log(`round ${i}: ${Math.round((u.user + u.system) / 1000)} ms CPU, ${body.length} bytes`);
}
