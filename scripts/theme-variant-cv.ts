import { basename } from 'node:path';
import { matchLabels, type TagLabel } from '../eval/tags.js';
import { splitSets, TRAINING_FILES } from '../eval/tag-halves.js';
import { loadWritten, writtenPassages } from '../eval/written-tags.js';
import { loadTaxonomy } from '../core/taxonomy.js';
import { crossValidate, microF1, type Counts } from '../eval/theme-decision-cv.js';
import { DEFAULT_TAGGER, Tagger, type TaggerOptions } from '../indexer/tag/tagger.js';

// npx tsx scripts/theme-variant-cv.ts 'name=TAXONOMY_FILE|{"option":value}' … [--folds K]
// Whole tagger variants (a taxonomy file, tagger options, or both; "base" is main's) compared on
// the design pool only (training sets whole, the design halves of eval/tag-halves.ts; no check
// half is read): each variant tags the pool, themes micro-F1 per set and whole, then k-fold
// cross-validation by document of the choice between them: the variant best on the other folds
// scored on each fold (issue 14, themes24). The base is always a variant, so a fold may keep it.

const at = (flag: string) => process.argv.indexOf(flag);
const FOLDS = at('--folds') > 0 ? Number(process.argv[at('--folds') + 1]) : 5;

interface Row {
  doc: string;
  /** per variant, this passage's theme counts */
  counts: Counts[];
}

async function poolCounts(tagger: Tagger): Promise<{ set: string; doc: string; at: string; c: Counts }[]> {
  const sets: { name: string; labels: TagLabel[]; passages: import('../core/types.js').Passage[] }[] = [];
  for (const file of TRAINING_FILES) sets.push({ name: basename(file, '.json'), ...writtenPassages(await loadWritten(file), tagger) });
  for (const s of (await splitSets(tagger)).filter((x) => x.role === 'design')) sets.push(s);
  const out: { set: string; doc: string; at: string; c: Counts }[] = [];
  for (const s of sets) {
    for (const [l, p] of matchLabels(s.labels, s.passages).pairs) {
      const gold = new Set(l.themes);
      const got = new Set(p.themes);
      const tp = [...got].filter((t) => gold.has(t)).length;
      out.push({ set: s.name, doc: `${s.name}\t${l.doc}`, at: l.at, c: { tp, fp: got.size - tp, fn: gold.size - tp } });
    }
  }
  return out;
}

const sum = (cs: Counts[]): Counts => cs.reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }), { tp: 0, fp: 0, fn: 0 });
const show = (c: Counts) => `${microF1(c).toFixed(3)} (tp ${c.tp} fp ${c.fp} fn ${c.fn})`;

async function main(): Promise<void> {
  const specs = ['base=', ...process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && all[i - 1] !== '--folds')];
  const names: string[] = [];
  let rows: Row[] | undefined;
  let sets: string[] = [];
  for (const spec of specs) {
    const [name, rest] = [spec.slice(0, spec.indexOf('=')), spec.slice(spec.indexOf('=') + 1)];
    const [file, json] = rest.includes('|') ? rest.split('|') : rest.startsWith('{') ? ['', rest] : [rest, ''];
    const options: TaggerOptions = { ...DEFAULT_TAGGER, ...(json ? (JSON.parse(json) as Partial<TaggerOptions>) : {}) };
    const got = await poolCounts(new Tagger(file ? loadTaxonomy(file) : loadTaxonomy(), options));
    names.push(name);
    if (!rows) {
      rows = got.map((g) => ({ doc: g.doc, counts: [g.c] }));
      sets = got.map((g) => g.set);
    } else got.forEach((g, i) => rows![i].counts.push(g.c));
    const perSet = [...new Set(sets)].map((s) => `${s} ${microF1(sum(got.filter((g) => g.set === s).map((g) => g.c))).toFixed(3)}`);
    console.log(`${name.padEnd(16)} pool ${show(sum(got.map((g) => g.c)))}  ${perSet.join('  ')}`);
  }
  const cv = crossValidate(
    rows!,
    FOLDS,
    (train) => {
      const f = names.map((_, v) => microF1(sum(train.map((r) => r.counts[v]))));
      return f.indexOf(Math.max(...f));
    },
    (held, choice) => sum(held.map((r) => r.counts[choice ?? 0])),
  );
  console.log(`${FOLDS}-fold by document: base ${show(cv.before)} -> chosen ${show(cv.after)}; folds chose ${cv.choices.map((c) => names[c]).join(', ')}`);
}
void main();
