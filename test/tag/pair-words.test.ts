import assert from 'node:assert/strict';
import { isPlain } from '../../core/text.js';
import { loadTaxonomy } from '../../core/taxonomy.js';
import { probed } from '../../indexer/tag/mentions.js';
import { mark, wordIds } from '../../indexer/tag/probe-words.js';
import { sidesMayMatch, sideWordIds } from '../../indexer/tag/pair-words.js';
import { compileCues, pairMatches } from '../../indexer/tag/tagger.js';

// The tagger skips a pair cue's searches on plain text where sidesMayMatch says a side cannot
// match: that must hold for every pair cue of every language, on texts made of the cues' own
// words and near-misses of them, so the skip changes no tag.
describe("pair cues' word gate (pairMatches skipped on plain text)", () => {
  const tax = loadTaxonomy();
  const pairs = (['en', 'fr', 'es'] as const).flatMap((lang) => compileCues(tax, lang)).filter((c) => c.pair);
  const marked = (text: string) => {
    const view = probed(text);
    mark((view.known = wordIds(view.words)));
  };

  it('gives each side of an alternative with no ASCII word no gate', () => {
    assert.deepEqual(sideWordIds('réfugiés|role'), undefined);
    assert.equal(sideWordIds('heads of mission|SRSGs')?.length, 2);
    assert.ok(pairs.length > 20, `${pairs.length} pair cues`);
  });

  it('is shut only where pairMatches finds nothing, on random texts of the cues\' words', () => {
    let seed = 4343;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
    const alternatives = [...new Set(pairs.flatMap((c) => c.cue.split(/\s+~\s+/).flatMap((side) => side.split('|').map((w) => w.trim()).filter(Boolean))))];
    const words = [...new Set(alternatives.flatMap((a) => a.split(/[\s-]+/)))];
    const variant = (w: string) => {
      const r = random();
      return r < 0.5 ? w : r < 0.6 ? w.toUpperCase() : r < 0.7 ? w[0].toUpperCase() + w.slice(1) : r < 0.8 ? `${w}s` : r < 0.9 ? `un${w}` : w.slice(0, -1);
    };
    const joins = [' ', ' ', ' ', '-', ', ', '. ', '; ', ' and ', '\n', '/', "'s "];
    let shut = 0;
    let met = 0;
    for (let n = 0; n < 3000; n++) {
      const parts = Array.from({ length: 2 + Math.floor(random() * 14) }, () => (random() < 0.3 ? pick(alternatives) : variant(pick(words))));
      const text = parts.map((p, i) => (i ? pick(joins) : '') + p).join('');
      if (!isPlain(text)) continue;
      marked(text);
      for (const c of pairs) {
        const found = pairMatches(text, c.pair!, true).n;
        if (found) met++;
        if (sidesMayMatch(c.pairWords!)) continue;
        shut++;
        assert.equal(found, 0, `${c.cue} in ${JSON.stringify(text)}`);
      }
    }
    // the gate was asked both ways, and the texts held real matches
    assert.ok(shut > 10_000 && met > 1_000, `${shut} shut, ${met} matched`);
  });
});
