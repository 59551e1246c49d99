import assert from 'node:assert/strict';
import { cutAtWordEnd, splitsPair } from '../../core/text.js';

// A query over its length limit is cut (server/http/params.ts, the query parser): at a word's end,
// so the cut does not leave a fragment that is searched, "corrected" and reported as found nowhere.
describe('cutAtWordEnd', () => {
  it('leaves text within the limit as it is', () => {
    assert.equal(cutAtWordEnd('protection of civilians', 23), 'protection of civilians');
  });

  it('cuts before the word the limit falls inside', () => {
    assert.equal(cutAtWordEnd('protection of civilians', 20), 'protection of');
    assert.equal(cutAtWordEnd('protection of civilians', 14), 'protection of');
  });

  it('keeps a word that ends exactly at the limit', () => {
    assert.equal(cutAtWordEnd('protection of civilians', 13), 'protection of');
    assert.equal(cutAtWordEnd('protection  of', 11), 'protection');
  });

  it('cuts inside one huge token rather than keep almost nothing', () => {
    assert.equal(cutAtWordEnd(`a ${'x'.repeat(30)}`, 20), `a ${'x'.repeat(18)}`);
  });

  it('never leaves half a surrogate pair', () => {
    const cut = cutAtWordEnd(`${'x'.repeat(9)}😀yy`, 10);
    assert.equal(cut, 'x'.repeat(9));
  });
});

describe('splitsPair', () => {
  const text = 'a𝔄b'; // 𝔄 is two code units: a \uD835 \uDD04 b
  it('is true only between the two halves of one character', () => {
    assert.deepEqual([0, 1, 2, 3, 4].map((at) => splitsPair(text, at)), [false, false, true, false, false]);
  });
  it('is false at the text edges and beside a lone half', () => {
    assert.equal(splitsPair('\uDD04x', 0), false);
    assert.equal(splitsPair('x\uD835', 2), false);
    assert.equal(splitsPair('\uD835x', 1), false);
  });
});
