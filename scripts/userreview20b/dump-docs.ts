// One line per file of a folder: its record (CSL), passage count and a hash of its passages' text
// and tags, to compare two versions of the indexer file by file (userreview20b):
// npx tsx scripts/userreview20b/dump-docs.ts DIR > out.txt
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import process from 'node:process';
import console from 'node:console';
import { processFile } from '../../indexer/process-file.js';

const dir = resolve(process.argv[2] ?? 'corpus');
for (const name of readdirSync(dir).filter((n) => /\.(pdf|txt|md)$/.test(n)).sort()) {
  const r = await processFile(join(dir, name), name, [], { maxPages: 400 });
  const ps = r.passages ?? [];
  const h = createHash('sha256').update(JSON.stringify(ps.map((p) => [p.text, p.section, p.kind, p.actors, p.themes, p.places]))).digest('hex').slice(0, 12);
  console.log(`${name}\t${ps.length}\t${h}\t${JSON.stringify(r.document?.csl ?? null)}`);
}
