import { matchLabels } from '../eval/tags.js';
import { loadWritten, writtenHalf, writtenPassages, WRITTEN_VALIDATION_FILES } from '../eval/written-tags.js';
import { loadTaxonomy } from '../core/taxonomy.js';
import { Tagger } from '../indexer/tag/tagger.js';

// npx tsx scripts/situational-precision.ts: each situational cue's precision on the design pool
// (both training sets whole, the written sets' looked-at halves; never an unseen half): the
// passages it occurs in that are labelled with its theme / all the passages it occurs in.
const tax = loadTaxonomy();
const tagger = new Tagger(tax);
const files = [...WRITTEN_VALIDATION_FILES, 'test/labels/training/theme-training.json', 'test/labels/training/theme-training-2.json'];
const counts = new Map<string, [number, number]>();
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const cues = tax.themes.flatMap((t) => Object.keys(t.situational).filter((c) => !c.includes('~')).map((c) => ({ theme: t.id, cue: c, re: new RegExp(`\\b${escape(c)}s?\\b`, /[A-Z]/.test(c) ? '' : 'i') })));
for (const file of files) {
  const training = file.includes('training');
  const mine = (await loadWritten(file)).filter((l) => training || writtenHalf(l) === 'looked');
  const a = writtenPassages(mine, tagger);
  for (const [l, p] of matchLabels(a.labels, a.passages).pairs) {
    for (const c of cues) {
      if (!c.re.test(p.text)) continue;
      const k = `${c.theme} ${c.cue}`;
      const n = counts.get(k) ?? [0, 0];
      n[1]++;
      if (l.themes.includes(c.theme)) n[0]++;
      counts.set(k, n);
    }
  }
}
for (const [k, [hit, all]] of [...counts].sort((x, y) => x[1][0] / x[1][1] - y[1][0] / y[1][1])) console.log(`${k.padEnd(50)} ${hit}/${all}`);
