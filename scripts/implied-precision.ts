import { matchLabels } from '../eval/tags.js';
import { loadWritten, writtenHalf, writtenPassages, WRITTEN_VALIDATION_FILES } from '../eval/written-tags.js';
import { loadTaxonomy } from '../core/taxonomy.js';
import { Tagger } from '../indexer/tag/tagger.js';

// npx tsx scripts/implied-precision.ts: each implied-theme rule's (taxonomy: implied) tags on the
// design pool only (both training sets whole, the written sets' looked-at halves; never an unseen
// half): how many it adds, how many of them are labelled. `--show THEME` prints the wrong ones.
const show = process.argv.indexOf('--show') > 0 ? process.argv[process.argv.indexOf('--show') + 1] : undefined;
const tagger = new Tagger(loadTaxonomy());
const files = [...WRITTEN_VALIDATION_FILES, 'test/labels/training/theme-training.json', 'test/labels/training/theme-training-2.json'];
const per = new Map<string, [number, number]>();
for (const file of files) {
  const training = file.includes('training');
  const mine = (await loadWritten(file)).filter((l) => training || writtenHalf(l) === 'looked');
  const a = writtenPassages(mine, tagger);
  for (const [l, p] of matchLabels(a.labels, a.passages).pairs) {
    for (const e of p.evidence.filter((x) => x.rule === 'implied')) {
      const right = l.themes.includes(e.id);
      const c = per.get(e.id) ?? [0, 0];
      c[0]++;
      if (right) c[1]++;
      per.set(e.id, c);
      if (show === e.id && !right) console.log(`wrong [${e.matched.join(', ')}] (${l.themes.join(',')}) ${p.text.slice(0, 240)}\n`);
    }
  }
}
for (const [id, [n, right]] of per) console.log(`${id.padEnd(30)} adds ${n}, labelled ${right} (${(right / n).toFixed(2)})`);
