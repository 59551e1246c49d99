import { readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { existsSync } from 'node:fs';
import { processFile } from '../indexer/process-file.js';
import { parseCatalogJson } from '../indexer/metadata/catalog.js';

// npx tsx scripts/inspect.ts FILE [--furniture]: the blocks, furniture and metadata the indexer
// recovers from one file, for looking at what a new layout does to the structure stages.
const file = process.argv[2];
if (!file) {
  console.error('usage: tsx scripts/inspect.ts FILE [--furniture]');
  process.exit(2);
}
const catalog = join(dirname(file), 'catalog.json');
const entries = existsSync(catalog) ? parseCatalogJson(await readFile(catalog, 'utf8')) : [];
const r = await processFile(file, basename(file), entries, { maxPages: 2000, timeoutMs: 120_000 });
console.log(JSON.stringify(r.report));
if (r.document) console.log(JSON.stringify({ csl: r.document.csl, provenance: r.document.provenance, pageLabels: r.document.pageLabels }));
const full = process.argv.includes('--full');
const show = (t: string) => t.replace(/\uE000/g, '{').replace(/\uE001/g, '}').replace(/\n/g, ' ¶ ').slice(0, full ? undefined : 160);
for (const b of r.blocks ?? []) {
  const tags = [b.type + (b.role ? '/' + b.role : ''), b.level ? 'L' + b.level : '', b.n ? 'n=' + b.n : '', b.depth ? 'd=' + b.depth : '', b.page ? 'p' + b.page : ''].filter(Boolean).join(' ');
  console.log(`[${tags}] ${show(b.text)}`);
}
if (process.argv.includes('--furniture')) for (const f of r.furniture ?? []) console.log(`furniture ${f.kind} p${f.page ?? '-'}: ${show(f.text)}`);
