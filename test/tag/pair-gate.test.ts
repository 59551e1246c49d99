import assert from 'node:assert/strict';
import { isPlain } from '../../core/text.js';
import { loadTaxonomy } from '../../core/taxonomy.js';
import { compileCue, pairMatches } from '../../indexer/tag/tagger.js';
import { pairMayMatch, pairSide } from '../../indexer/tag/pair-gate.js';

// The cue loop skips a pair cue where pairMayMatch says a plain text cannot hold both sides
// (pair-gate.ts): pairMatches must find nothing there, for every pair cue of the taxonomy.
const pairCues = (() => {
  const out = new Set<string>();
  const walk = (o: unknown): void => {
    if (!o || typeof o !== 'object') return;
    for (const [k, v] of Object.entries(o)) {
      if (k.includes(' ~ ')) out.add(k);
      walk(v);
    }
  };
  walk(loadTaxonomy());
  return [...out].map((cue) => compileCue('theme:x', cue, 1));
})();

describe('the pair cues\' gate (pairMatches skipped on plain text)', () => {
  it('reads every pair cue of the taxonomy, its case rule as the side\'s pattern', () => {
    assert.ok(pairCues.length > 30, `${pairCues.length}`);
    assert.ok(pairCues.every((c) => c.pair && c.pairSides?.length === 2));
    assert.deepEqual(pairSide([{ text: ' UN bases', cased: true }, { text: 'the compound', cased: false }]), [{ words: ['UN', 'bases'], cased: true }, { words: ['the', 'compound'], cased: false }]);
    assert.equal(pairSide([{ text: 'autorités', cased: false }]), undefined);
    const [c] = pairCues.filter((x) => x.cue.startsWith('sheltering|'));
    const may = (t: string) => pairMayMatch(t, t.toLowerCase(), c.pairSides!);
    assert.ok(may('Civilians sheltering inside the base'));
    assert.ok(!may('Civilians sheltering inside the camp'));
    assert.ok(!may('sheltered in un bases'), 'UN keeps its case');
    assert.ok(may('SHELTERED in UN-BASES'.replace('BASES', 'bases')));
  });

  it('never skips a pair cue that matches, on random plain texts of its own words', () => {
    let seed = 381;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n);
    const pick = <T>(xs: readonly T[]) => xs[rand(xs.length)];
    const seps = [' ', ' ', ' ', '-', '  ', '\n', '\u00a0', '; ', '. ', ', ', ''];
    let skipped = 0;
    let matched = 0;
    for (let t = 0; t < 4000; t++) {
      const c = pick(pairCues);
      const words = c.cue.split(/\s+~\s+|\|/).flatMap((alt) => alt.trim().split(/[\s-]+/));
      const vary = (w: string) => pick([w, w, w.toUpperCase(), w.toLowerCase(), w[0].toUpperCase() + w.slice(1), w.slice(0, -1), `${w}s`, `x${w}`]);
      const text = Array.from({ length: 2 + rand(8) }, () => (rand(5) ? vary(pick(words)) : pick(['the', 'and', 'of', 'x', '2']))).reduce((acc, w) => acc + pick(seps) + w);
      if (!isPlain(text)) continue;
      const n = pairMatches(text, c.pair!, true).n;
      if (n > 0) matched++;
      if (!pairMayMatch(text, text.toLowerCase(), c.pairSides!)) {
        skipped++;
        assert.equal(n, 0, `${c.cue} in ${JSON.stringify(text)}`);
      }
    }
    assert.ok(skipped > 200 && matched > 200, `${skipped} skipped, ${matched} matched`);
  });
});
