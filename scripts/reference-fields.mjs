// Counts a build's reference entries with each container field (refs17): node scripts/reference-fields.mjs <index dir> [--list]
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
const dir = process.argv[2];
const builds = join(dir, 'builds');
const build = join(builds, readdirSync(builds).sort().pop());
const docs = JSON.parse(readFileSync(join(build, 'documents.json'), 'utf8'));
const fields = ['container-title', 'volume', 'issue', 'page', 'publisher', 'editor', 'edition', 'number', 'DOI', 'URL'];
const total = { entries: 0, ...Object.fromEntries(fields.map((f) => [f, 0])) };
const types = {};
for (const d of docs) {
  for (const r of d.references ?? []) {
    total.entries++;
    types[r.type] = (types[r.type] ?? 0) + 1;
    for (const f of fields) if (r[f]) total[f]++;
    if (process.argv.includes('--list')) console.log(d.id.slice(0, 24), JSON.stringify(Object.fromEntries(Object.entries(r).filter(([k]) => !['id', 'passage', 'work'].includes(k)))));
  }
}
console.log(JSON.stringify(total));
console.log(JSON.stringify(types));
