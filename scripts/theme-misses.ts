import { loadLabels, matchLabels, seedPassages, type TagLabel } from '../eval/tags.js';
import { inRole, seedRole } from '../eval/tag-halves.js';
import { loadWritten, writtenHalf, writtenPassages, WRITTEN_VALIDATION_FILES } from '../eval/written-tags.js';
import { loadTaxonomy } from '../core/taxonomy.js';
import { DEFAULT_TAGGER, Tagger } from '../indexer/tag/tagger.js';
import type { Passage } from '../core/types.js';

// npx tsx scripts/theme-misses.ts [theme-id]: the theme errors of the looked-at halves only
// (tags.json A, each written set's looked-at documents), with each passage's text and every
// theme's score, the missed ones below the bar too, to design cues by reading. Never the
// unseen halves or B.
const only = process.argv[2];
const tax = loadTaxonomy();
const scored = new Tagger(tax, { ...DEFAULT_TAGGER, themeThreshold: 0, titleThemeThreshold: 0 });
const real = new Tagger(tax);
const show = (pairs: [TagLabel, Passage][], realPassages: Passage[]) => {
  for (const [l, p] of pairs) {
    const r = realPassages.find((x) => x.doc === p.doc && x.text === p.text);
    if (!r) continue;
    const fps = r.themes.filter((t) => !l.themes.includes(t) && (!only || t === only));
    const fns = l.themes.filter((t) => !r.themes.includes(t) && (!only || t === only));
    if (!fps.length && !fns.length) continue;
    const sc = (id: string) => { const e = p.evidence.find((x) => x.facet === 'theme' && x.id === id); return e ? `${e.score?.toFixed(2)} [${e.matched.join(', ')}]` : '0'; };
    console.log(`\n[${p.doc.slice(0, 14)} ${p.kind} ${p.text.split(/\s+/).length}w] ${p.section.at(-1) ?? ''} :: ${p.text}`);
    for (const t of fps) console.log(`  FP ${t} ${sc(t)}`);
    for (const t of fns) console.log(`  FN ${t} ${sc(t)}`);
  }
};
const labels = inRole(await loadLabels(), 'design', (_, i) => seedRole(i));
show(matchLabels(labels, await seedPassages(scored)).pairs, await seedPassages(real));
for (const file of WRITTEN_VALIDATION_FILES) {
  const mine = (await loadWritten(file)).filter((l) => writtenHalf(l) === 'looked');
  const a = writtenPassages(mine, scored);
  const b = writtenPassages(mine, real);
  show(matchLabels(a.labels, a.passages).pairs, b.passages);
}
