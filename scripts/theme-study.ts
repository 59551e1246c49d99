import { evaluateTags, matchLabels } from '../eval/tags.js';
import { splitSets, TRAINING_FILES, type SplitSet } from '../eval/tag-halves.js';
import { loadWritten, writtenPassages } from '../eval/written-tags.js';
import { loadTaxonomy } from '../core/taxonomy.js';
import { DEFAULT_TAGGER, Tagger, type TaggerOptions } from '../indexer/tag/tagger.js';
import { basename } from 'node:path';

// npx tsx scripts/theme-study.ts [--options JSON] [--dump THEME fn|fp]
// Themes micro-F1 on every design set and check half of tag-split.ts in one table (the halves
// are eval/tag-halves.ts's, which tag-split.ts reads too), their totals (design: tags.json A,
// reference entries A, the written sets' looked-at halves, both training sets; check: tags.json
// B, reference entries B, the written sets' unseen halves), per-theme counts of the design sets
// only, and with --dump the design passages in which a theme is missed (fn) or wrongly given
// (fp), with the tagger's evidence. Check halves are scored whole: nothing of them is printed
// passage by passage or theme by theme. --options overrides TaggerOptions
// ('{"headingWeight":1}') to try a constant on both sides at once.

const f1 = (tp: number, fp: number, fn: number) => (tp ? (2 * tp) / (2 * tp + fp + fn) : 0).toFixed(3);

async function main(): Promise<void> {
  const at = (flag: string) => process.argv.indexOf(flag);
  const options: TaggerOptions = { ...DEFAULT_TAGGER, ...(at('--options') > 0 ? (JSON.parse(process.argv[at('--options') + 1]) as Partial<TaggerOptions>) : {}) };
  const dump = at('--dump') > 0 ? { theme: process.argv[at('--dump') + 1], what: process.argv[at('--dump') + 2] } : undefined;
  const tagger = new Tagger(loadTaxonomy(), options);
  const sets: SplitSet[] = await splitSets(tagger);
  // (the training sets are design data whole)
  for (const file of TRAINING_FILES) {
    const { labels: l, passages: p } = writtenPassages(await loadWritten(file), tagger);
    sets.push({ name: basename(file, '.json'), role: 'design', labels: l, passages: p });
  }
  const per = new Map<string, { tp: number; fp: number; fn: number }>();
  const totals = { design: { tp: 0, fp: 0, fn: 0 }, check: { tp: 0, fp: 0, fn: 0 } };
  for (const s of sets) {
    const e = evaluateTags(s.labels, s.passages).facets.themes.micro;
    if (!dump) console.log(`${s.role === 'design' ? 'design' : 'CHECK '} ${s.name.padEnd(28)} themes F1 ${e.f1.toFixed(3)} P ${e.precision.toFixed(3)} R ${e.recall.toFixed(3)}  (tp ${e.tp} fp ${e.fp} fn ${e.fn})`);
    const t = totals[s.role];
    t.tp += e.tp;
    t.fp += e.fp;
    t.fn += e.fn;
    // Only a design set's passages are read, theme by theme and with --dump.
    if (s.role !== 'design') continue;
    for (const [l, p] of matchLabels(s.labels, s.passages).pairs) {
      const gold = new Set(l.themes);
      const got = new Set(p.themes);
      for (const id of new Set([...gold, ...got])) {
        const c = per.get(id) ?? { tp: 0, fp: 0, fn: 0 };
        const k = gold.has(id) && got.has(id) ? 'tp' : got.has(id) ? 'fp' : 'fn';
        c[k]++;
        per.set(id, c);
        if (dump?.theme !== id || dump.what !== k) continue;
        const ev = p.evidence.filter((x) => x.facet === 'theme').map((x) => `${x.id}[${x.matched.join('; ')}${x.score !== undefined ? ` ${x.score.toFixed(1)}` : ''}]`);
        console.log(`\n--- ${s.name} ${l.doc} ${p.kind} labelled: ${l.themes.join(',')}\n${p.text}\n  evidence: ${ev.join(' ')}`);
      }
    }
  }
  const { design: d, check: c } = totals;
  console.log(`design micro F1 ${f1(d.tp, d.fp, d.fn)} (tp ${d.tp} fp ${d.fp} fn ${d.fn});  CHECK micro F1 ${f1(c.tp, c.fp, c.fn)} (tp ${c.tp} fp ${c.fp} fn ${c.fn})`);
  if (!dump) for (const [id, x] of [...per].sort((a, b) => b[1].fn + b[1].fp - a[1].fn - a[1].fp)) console.log(`  ${id.padEnd(28)} tp ${x.tp} fp ${x.fp} fn ${x.fn}  F1 ${f1(x.tp, x.fp, x.fn)} (design)`);
}
void main();
