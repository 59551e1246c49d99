import { seedPassages } from '../eval/tags.js';
import { Tagger } from '../indexer/tag/tagger.js';
import { loadTaxonomy } from '../core/taxonomy.js';

// npx tsx scripts/bench-tagger.ts [rounds]: time of tagging one passage (actors, places,
// themes, kind, then the lead-in and quotation rules over its document), over the seed
// documents tagged `rounds` times, best of three runs. The
// indexer's build time in npm run bench includes this, among much else.
const rounds = Number(process.argv[2] ?? 40);
const passages = await seedPassages();
const tagger = new Tagger(loadTaxonomy());
const docs = [...new Set(passages.map((p) => p.doc))].map((d) => passages.filter((p) => p.doc === d));
const runs: number[] = [];
for (let r = 0; r < 3; r++) {
  const start = performance.now();
  for (let i = 0; i < rounds; i++) for (const d of docs) tagger.tagDocument(d);
  runs.push(((performance.now() - start) / (rounds * passages.length)) * 1000);
}
console.log(`${passages.length} passages × ${rounds}: ${Math.min(...runs).toFixed(0)} µs per passage (runs: ${runs.map((r) => r.toFixed(0)).join(', ')})`);
