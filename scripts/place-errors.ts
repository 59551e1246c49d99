import { loadWritten, writtenHalf, writtenPassages } from '../eval/written-tags.js';
import { loadTaxonomy } from '../core/taxonomy.js';
import { Tagger } from '../indexer/tag/tagger.js';

// npx tsx scripts/place-errors.ts FILE…: every place disagreement of a written set, with the
// passage's whole text and the evidence that gave each wrong place. Design data only: it refuses
// a validation set's unseen half and anything held out (test/labels/README.md).
async function main(): Promise<void> {
  const tagger = new Tagger(loadTaxonomy());
  for (const file of process.argv.slice(2)) {
    if (/heldout/.test(file)) throw new Error('held-out labels are never read');
    const training = /(^|[\\/])training[\\/]/.test(file);
    const labels = (await loadWritten(file)).filter((l) => training || writtenHalf(l) === 'looked');
    const { labels: tl, passages } = writtenPassages(labels, tagger);
    for (const l of tl) {
      const p = passages.find((x) => x.doc === l.doc && x.text.startsWith(l.at));
      if (!p) continue;
      const want = new Set(l.places);
      const got = new Set(p.places);
      const extra = [...got].filter((x) => !want.has(x));
      const miss = [...want].filter((x) => !got.has(x));
      if (!extra.length && !miss.length) continue;
      const ev = p.evidence.filter((e) => e.facet === 'place' && extra.includes(e.id)).map((e) => `${e.id}:${e.rule}:"${e.matched.join("|")}"`);
      console.log(`${l.doc} [${p.blockType}/${p.kind}] +${extra.join(',')} -${miss.join(',')} ${ev.join(' ')}\n    ${p.text}\n`);
    }
  }
}
void main();
