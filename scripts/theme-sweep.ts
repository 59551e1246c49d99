import { evaluateTags, loadLabels, seedPassages } from '../eval/tags.js';
import { inRole, seedRole } from '../eval/tag-halves.js';
import { loadWritten, scoreWritten } from '../eval/written-tags.js';
import { loadReferenceEntries, referenceEntryPassages, referenceHalf } from '../eval/reference-entries.js';
import { loadTaxonomy } from '../core/taxonomy.js';
import { DEFAULT_TAGGER, Tagger } from '../indexer/tag/tagger.js';

// npx tsx scripts/theme-sweep.ts 2.0 2.5 3.0: theme micro-F1 at several theme thresholds, on
// the tuning labels' halves and the written set's looked-at half. Not the never-looked-at half:
// a figure printed beside each candidate bar is a figure the bar is chosen on (on 3 December
// it was printed, and the bar of 2 was set with it in view; test/labels/README.md says so).
const f = (x: number) => x.toFixed(3);
async function main(): Promise<void> {
  const labels = await loadLabels();
  const written = await loadWritten();
  for (const t of process.argv.slice(2).map(Number)) {
    const tagger = new Tagger(loadTaxonomy(), { ...DEFAULT_TAGGER, themeThreshold: t, lengthBounds: [Number(process.env.LB ?? 0.7), Number(process.env.HB ?? 1.2)], maxRepeats: Number(process.env.MR ?? 2) });
    const passages = await seedPassages(tagger);
    const out: string[] = [];
    for (const [name, ls] of [['A', inRole(labels, 'design', (_, i) => seedRole(i))], ['B', inRole(labels, 'check', (_, i) => seedRole(i))]] as const) {
      const m = evaluateTags(ls, passages).facets.themes.micro;
      out.push(`${name} ${f(m.f1)} (P ${f(m.precision)} R ${f(m.recall)})`);
    }
    const entries = (await loadReferenceEntries()).filter((e) => referenceHalf(e) === 'tuning');
    const { labels: rl, passages: rp } = await referenceEntryPassages(entries);
    const rm = evaluateTags(rl, rp).facets.themes.micro;
    out.push(`refs ${f(rm.f1)}`);
    for (const { half, evaluation: e } of scoreWritten(written, tagger).filter((w) => w.half === 'looked')) {
      const m = e.facets.themes.micro;
      out.push(`${half} ${f(m.f1)} (P ${f(m.precision)} R ${f(m.recall)})`);
    }
    console.log(`threshold ${t}: ${out.join('  ')}`);
  }
}
void main();
