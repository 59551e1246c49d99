import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { processFile } from '../indexer/process-file.js';
import { parseCatalogJson } from '../indexer/metadata/catalog.js';

// npx tsx scripts/dump-passages.ts FILE [--tags]: one passage per paragraph, for labelling.
const file = process.argv[2];
const entries = parseCatalogJson(await readFile(join('corpus', 'catalog.json'), 'utf8'));
const r = await processFile(file, file.split('/').pop()!, entries, { maxPages: 2000, timeoutMs: 60_000 });
for (const p of r.passages ?? []) {
  const tags = process.argv.includes('--tags') ? ` {${p.kind}; A:${p.actors.join(',')}; T:${p.themes.join(',')}; P:${p.places.join(',')}}` : ` {${p.blockType}}`;
  console.log(`#${p.ordinal} [${p.section.join(' > ')}]${tags}\n${p.text}\n`);
}
