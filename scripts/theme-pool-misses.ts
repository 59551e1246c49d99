import { matchLabels } from '../eval/tags.js';
import { loadWritten, writtenHalf, writtenPassages, WRITTEN_VALIDATION_FILES } from '../eval/written-tags.js';
import { loadTaxonomy } from '../core/taxonomy.js';
import { DEFAULT_TAGGER, Tagger, themeBar } from '../indexer/tag/tagger.js';

// npx tsx scripts/theme-pool-misses.ts [--text] [theme-id]: the theme misses of the design pool (both
// training sets whole, the written sets' looked-at halves; never an unseen half), each with the
// theme's score below the bar, so misses can be classed: no cue at all, a cue below the bar.
const showText = process.argv.includes('--text');
const only = process.argv.slice(2).find((a) => !a.startsWith('--'));
const tax = loadTaxonomy();
const scored = new Tagger(tax, { ...DEFAULT_TAGGER, themeThreshold: 0, titleThemeThreshold: 0 });
const files = [...WRITTEN_VALIDATION_FILES, 'test/labels/training/theme-training.json', 'test/labels/training/theme-training-2.json'];
const bins = new Map<string, number[]>();
for (const file of files) {
  const training = file.includes('training');
  const mine = (await loadWritten(file)).filter((l) => training || writtenHalf(l) === 'looked');
  const a = writtenPassages(mine, scored);
  for (const [l, p] of matchLabels(a.labels, a.passages).pairs) {
    const bar = themeBar(p.kind, p.text, DEFAULT_TAGGER);
    for (const t of l.themes) {
      if (only && t !== only) continue;
      const e = p.evidence.find((x) => x.facet === 'theme' && x.id === t);
      const s = e?.score ?? 0;
      if (s >= bar) continue;
      const b = bins.get(t) ?? [0, 0, 0];
      b[s === 0 ? 0 : s < bar / 2 ? 1 : 2]++;
      bins.set(t, b);
      if (showText) console.log(`\nFN ${t} ${s.toFixed(2)}/${bar.toFixed(2)} [${e?.matched.join(', ') ?? ''}] (${l.themes.join(',')}) <${p.section.at(-1) ?? ''}> ${p.text}`);
    }
  }
}
console.log('\ntheme: misses with no cue / below half the bar / at least half the bar');
for (const [t, b] of [...bins].sort((x, y) => y[1].reduce((a, c) => a + c) - x[1].reduce((a, c) => a + c))) console.log(`${t.padEnd(30)} ${b.join(' / ')}`);
