import assert from 'node:assert/strict';
import { cutAtWordEnd } from '../../core/text.js';

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
