import { SET_FIELDS } from '../core/facets.js';
import { evaluateTags } from '../eval/tags.js';
import { isTrainingFile, splitSets, writtenRole } from '../eval/tag-halves.js';
import { loadWritten, scoreWritten } from '../eval/written-tags.js';
import { loadTaxonomy } from '../core/taxonomy.js';
import { Tagger } from '../indexer/tag/tagger.js';
import { existsSync } from 'node:fs';
import { basename } from 'node:path';

// npx tsx scripts/tag-split.ts [--errors]: tag micro-F1 on two halves of the tuning labels, to
// see whether a change generalises without the held-out half (never read here). A is the half
// to design on, B the half to check on, whose errors are never printed:
// - tags.json: A = odd label index, B = even;
// - reference-entries.json, its tuning half only (eval/reference-entries.ts): A = odd ids, B = even.
// - the written passages (test/labels/validation/written-tags*.json, or --written FILE): each
//   set's looked-at half and its never-looked-at half, scored whole (eval/written-tags.ts).
// --errors prints the disagreements of the A halves and of the written looked-at half; for a
// training set (--written test/labels/training/…), wholly design data, those of every half.

const f = (x: number) => x.toFixed(3);
const line = (name: string, e: ReturnType<typeof evaluateTags>, n: number) =>
  `${name} (${e.matched}/${n}): ${SET_FIELDS.map((x) => `${x} ${f(e.facets[x].micro.f1)} (P ${f(e.facets[x].micro.precision)} R ${f(e.facets[x].micro.recall)})`).join('  ')}`;

async function main(): Promise<void> {
  const errors = process.argv.includes('--errors');
  const tagger = new Tagger(loadTaxonomy());
  const at = process.argv.indexOf('--written');
  // The halves are eval/tag-halves.ts's, as every script that prints errors reads them.
  const sets = await splitSets(tagger, at > 0 ? { written: [] } : {});
  // tags.json and the reference entries are also scored whole, after their B half
  const wholes: Record<string, string> = { 'tags.json B': 'tags.json all', 'reference entries B': 'reference entries, tuning half' };
  for (const s of sets) {
    const e = evaluateTags(s.labels, s.passages);
    const rec = e.kind.perKind.recommendation;
    console.log(s.docs === undefined ? line(s.name, e, s.labels.length) : `${line(`${s.name} (${s.docs} documents)`, e, e.labels)}  recommendation ${rec ? f(rec.f1) : '—'}`);
    // A check half is scored whole: its errors are never printed.
    if (errors && s.role === 'design') for (const err of [...e.errors, ...(s.docs === undefined ? [] : e.unmatched.map((u) => `unmatched ${u}`))]) console.log(`    ${err}`);
    if (!wholes[s.name]) continue;
    const all = sets.filter((x) => x.name.replace(/ [AB]$/, '') === s.name.replace(/ B$/, '')).flatMap((x) => x.labels);
    console.log(line(wholes[s.name], evaluateTags(all, s.passages), all.length));
  }
  const files = at > 0 ? [process.argv[at + 1]] : [];
  for (const file of files.filter((x) => existsSync(x))) {
    const training = isTrainingFile(file);
    for (const { half, docs, evaluation: e } of scoreWritten(await loadWritten(file), tagger)) {
      const rec = e.kind.perKind.recommendation;
      console.log(`${line(`${basename(file, '.json')} ${half} (${docs} documents)`, e, e.labels)}  recommendation ${rec ? f(rec.f1) : '—'}`);
      // A training set is design data whole; a validation set's unseen half is scored whole, its errors never printed.
      if (errors && (training || writtenRole(half) === 'design')) for (const err of [...e.errors, ...e.unmatched.map((u) => `unmatched ${u}`)]) console.log(`    ${err}`);
    }
  }
}
void main();
