import { basename } from 'node:path';
import { matchLabels, type TagLabel } from '../eval/tags.js';
import { splitSets, TRAINING_FILES, type SplitSet } from '../eval/tag-halves.js';
import { loadWritten, writtenPassages } from '../eval/written-tags.js';
import { loadTaxonomy } from '../core/taxonomy.js';
import { Tagger } from '../indexer/tag/tagger.js';
import type { Passage } from '../core/types.js';

// npx tsx scripts/tag-per-label.ts [themes|actors] [--training] [--dump ID fp|fn]
// Per theme (or actor): precision and recall on the design halves of eval/tag-halves.ts only
// (tags.json A, reference entries A, the written sets' looked-at halves), or with --training on
// the two training sets (design data whole), sorted by the errors each carries (issue 14,
// tags22: which labels carry most errors, and whether they are errors of precision or recall).
// Check halves are never read here. --dump prints the design passages of one label's false
// positives or negatives with the tagger's evidence for it.

type Field = 'themes' | 'actors';
const at = (flag: string) => process.argv.indexOf(flag);
const field: Field = process.argv.includes('actors') ? 'actors' : 'themes';
const facet = field === 'themes' ? 'theme' : 'actor';
const dump = at('--dump') > 0 ? { id: process.argv[at('--dump') + 1], what: process.argv[at('--dump') + 2] } : undefined;
const pct = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : ' — ');

async function main(): Promise<void> {
  const tagger = new Tagger(loadTaxonomy());
  let sets: { name: string; labels: TagLabel[]; passages: Passage[] }[];
  if (process.argv.includes('--training')) {
    sets = [];
    for (const file of TRAINING_FILES) sets.push({ name: basename(file, '.json'), ...writtenPassages(await loadWritten(file), tagger) });
  } else sets = (await splitSets(tagger)).filter((s: SplitSet) => s.role === 'design');
  const per = new Map<string, { tp: number; fp: number; fn: number }>();
  for (const s of sets) {
    for (const [l, p] of matchLabels(s.labels, s.passages).pairs) {
      const gold = new Set(l[field]);
      const got = new Set(p[field]);
      for (const id of new Set([...gold, ...got])) {
        const c = per.get(id) ?? { tp: 0, fp: 0, fn: 0 };
        const k = gold.has(id) && got.has(id) ? 'tp' : got.has(id) ? 'fp' : 'fn';
        c[k]++;
        per.set(id, c);
        if (dump?.id !== id || dump.what !== k) continue;
        const ev = p.evidence.filter((x) => x.facet === facet).map((x) => `${x.id}[${x.matched.join('; ')}${x.score !== undefined ? ` ${x.score.toFixed(1)}` : ''}]`);
        console.log(`\n--- ${s.name} ${l.doc} ${p.kind} §${p.section.at(-1) ?? ''} labelled: ${l[field].join(',')}\n${p.text}\n  evidence: ${ev.join(' ')}`);
      }
    }
  }
  if (dump) return;
  let t = { tp: 0, fp: 0, fn: 0 };
  for (const [id, x] of [...per].sort((a, b) => b[1].fn + b[1].fp - a[1].fn - a[1].fp)) {
    t = { tp: t.tp + x.tp, fp: t.fp + x.fp, fn: t.fn + x.fn };
    const p = x.tp / (x.tp + x.fp);
    const r = x.tp / (x.tp + x.fn);
    console.log(`  ${id.padEnd(28)} tp ${String(x.tp).padStart(3)} fp ${String(x.fp).padStart(3)} fn ${String(x.fn).padStart(3)}  P ${pct(p)} R ${pct(r)} F1 ${pct((2 * x.tp) / (2 * x.tp + x.fp + x.fn))}`);
  }
  console.log(`  ${'all'.padEnd(28)} tp ${t.tp} fp ${t.fp} fn ${t.fn}  F1 ${pct((2 * t.tp) / (2 * t.tp + t.fp + t.fn))}  (${sets.map((s) => s.name).join(', ')})`);
}
void main();
