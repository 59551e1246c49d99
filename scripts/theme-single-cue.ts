import { matchLabels } from '../eval/tags.js';
import { splitSets, TRAINING_FILES, type SplitSet } from '../eval/tag-halves.js';
import { loadWritten, writtenPassages } from '../eval/written-tags.js';
import { loadTaxonomy } from '../core/taxonomy.js';
import { Tagger } from '../indexer/tag/tagger.js';
import { basename } from 'node:path';

// npx tsx scripts/theme-single-cue.ts
// Per theme, on the design sets only (eval/tag-halves.ts's design halves and both training sets
// whole; no check half is read): how often a theme given by ONE cue (one entry of its evidence,
// the heading and a partner actor counting as entries) is right or wrong, against the themes
// given by two or more. Where one cue is right less often than break-even (precision ≈ F1/2 of
// the pool), that theme's decision rule is a candidate for "two cues"; the check halves judge it.

async function main(): Promise<void> {
  const tagger = new Tagger(loadTaxonomy());
  const sets: SplitSet[] = (await splitSets(tagger)).filter((s) => s.role === 'design');
  for (const file of TRAINING_FILES) {
    const { labels, passages } = writtenPassages(await loadWritten(file), tagger);
    sets.push({ name: basename(file, '.json'), role: 'design', labels, passages });
  }
  const per = new Map<string, { one: [number, number]; more: [number, number] }>();
  for (const s of sets) {
    for (const [l, p] of matchLabels(s.labels, s.passages).pairs) {
      for (const e of p.evidence) {
        if (e.facet !== 'theme' || e.rule !== 'weighted cues') continue;
        const c = per.get(e.id) ?? { one: [0, 0], more: [0, 0] };
        const slot = new Set(e.matched.map((m) => m.toLowerCase().replace(/s$/, ''))).size === 1 ? c.one : c.more;
        slot[l.themes.includes(e.id) ? 0 : 1]++;
        per.set(e.id, c);
      }
    }
  }
  const p = (x: [number, number]) => (x[0] + x[1] ? (x[0] / (x[0] + x[1])).toFixed(2) : '-');
  for (const [id, c] of [...per].sort((a, b) => b[1].one[1] - a[1].one[1])) {
    console.log(`${id.padEnd(28)} one cue ${c.one[0]}/${c.one[0] + c.one[1]} right (P ${p(c.one)})   two or more ${c.more[0]}/${c.more[0] + c.more[1]} (P ${p(c.more)})`);
  }
}
void main();
