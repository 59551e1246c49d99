import { SET_FIELDS } from '../core/facets.js';
import { evaluateTags, loadLabels, seedPassages, type TagLabel } from '../eval/tags.js';
import { loadReferenceEntries, referenceEntryPassages, referenceHalf } from '../eval/reference-entries.js';
import { loadWritten, scoreWritten, WRITTEN_VALIDATION_FILES } from '../eval/written-tags.js';
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
  const labels = await loadLabels();
  const passages = await seedPassages();
  const parts: [string, TagLabel[]][] = [['tags.json A', labels.filter((_, i) => i % 2 === 1)], ['tags.json B', labels.filter((_, i) => i % 2 === 0)], ['tags.json all', labels]];
  for (const [name, ls] of parts) {
    const e = evaluateTags(ls, passages);
    console.log(line(name, e, ls.length));
    if (errors && name.endsWith(' A')) for (const err of e.errors) console.log(`    ${err}`);
  }
  const entries = (await loadReferenceEntries()).filter((e) => referenceHalf(e) === 'tuning');
  const odd = (id: string) => Number(id.slice(1)) % 2 === 1;
  const { labels: rl, passages: rp } = await referenceEntryPassages(entries);
  const ids = entries.map((e) => e.id);
  const rparts: [string, TagLabel[]][] = [['reference entries A', rl.filter((_, i) => odd(ids[i]))], ['reference entries B', rl.filter((_, i) => !odd(ids[i]))], ['reference entries, tuning half', rl]];
  for (const [name, ls] of rparts) {
    const e = evaluateTags(ls, rp);
    console.log(line(name, e, ls.length));
    if (errors && name.endsWith(' A')) for (const err of e.errors) console.log(`    ${err}`);
  }
  const at = process.argv.indexOf('--written');
  const files = at > 0 ? [process.argv[at + 1]] : WRITTEN_VALIDATION_FILES;
  for (const file of files.filter((x) => existsSync(x))) {
    const training = /(^|[\\/])training[\\/]/.test(file);
    for (const { half, docs, evaluation: e } of scoreWritten(await loadWritten(file), new Tagger(loadTaxonomy()))) {
      const rec = e.kind.perKind.recommendation;
      console.log(`${line(`${basename(file, '.json')} ${half} (${docs} documents)`, e, e.labels)}  recommendation ${rec ? f(rec.f1) : '—'}`);
      // The never-looked-at half is scored whole: its errors are never printed.
      if (errors && (half === 'looked' || training)) for (const err of [...e.errors, ...e.unmatched.map((u) => `unmatched ${u}`)]) console.log(`    ${err}`);
    }
  }
}
void main();
