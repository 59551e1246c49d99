import { evaluateTags, loadLabels, seedPassages, matchLabels } from '../eval/tags.js';
const labels = await loadLabels();
const ps = await seedPassages();
const { pairs } = matchLabels(labels, ps);
for (const [l, p] of pairs) {
  for (const facet of ['actors', 'places'] as const) {
    for (const id of p[facet]) if (!l[facet].includes(id)) {
      const ev = p.evidence.find((e) => e.id === id);
      const alias = ev?.matched[0] ?? '';
      const i = p.text.indexOf(alias);
      console.log(`FP ${facet} ${id} [${ev?.matched.join('|')} w=${ev?.score}] "${l.at.slice(0, 30)}" …${p.text.slice(Math.max(0, i - 60), i + alias.length + 40).replace(/\n/g, ' ')}…`);
    }
  }
}
void evaluateTags;
