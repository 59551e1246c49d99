import { evaluateTags, loadLabels, matchLabels, seedPassages } from '../eval/tags.js';
import { DEFAULT_TAGGER, Tagger } from '../indexer/tag/tagger.js';
import { loadTaxonomy } from '../core/taxonomy.js';

// Where theme tagging goes wrong on the labelled passages, to improve the taxonomy's cues by
// reading, not by fitting: each false positive and false negative with its score and cues,
// and micro-F1 over a range of thresholds.
//   npx tsx scripts/theme-errors.ts [theme-id]

const only = process.argv[2];
const labels = await loadLabels();
const tax = loadTaxonomy();
const sweep: string[] = [];
for (const t of [2, 2.25, 2.5, 2.75, 3, 3.5]) {
  const r = evaluateTags(labels, await seedPassages(new Tagger(tax, { ...DEFAULT_TAGGER, themeThreshold: t }))).facets.themes.micro;
  sweep.push(`threshold ${t}: P ${r.precision.toFixed(3)} R ${r.recall.toFixed(3)} F1 ${r.f1.toFixed(3)}`);
}
const { pairs } = matchLabels(labels, await seedPassages());
for (const [l, p] of pairs) {
  const ev = (id: string) => p.evidence.find((e) => e.facet === 'theme' && e.id === id);
  const fps = p.themes.filter((t) => !l.themes.includes(t) && (!only || t === only));
  const fns = l.themes.filter((t) => !p.themes.includes(t) && (!only || t === only));
  if (!fps.length && !fns.length) continue;
  console.log(`\n[${p.doc.slice(0, 12)} ${p.kind} ${p.text.split(/\s+/).length}w] ${p.section.at(-1) ?? ''} :: ${p.text.slice(0, 160)}`);
  for (const t of fps) console.log(`  FP ${t} ${ev(t)?.score} ${ev(t)?.matched.join(', ')}`);
  for (const t of fns) console.log(`  FN ${t}`);
}
console.log('\n' + sweep.join('\n'));
