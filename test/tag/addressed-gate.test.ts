import assert from 'node:assert/strict';
import { ADDRESSED, mayBeAddressed } from '../../indexer/tag/tagger.js';

// addressedPrescriptions asks ADDRESSED only of a sentence mayBeAddressed lets through: it must
// let through every sentence the pattern matches, so no recommendation is lost.
describe("addressed prescriptions' modal gate", () => {
  it('lets through a sentence with its modal as written, and no other', () => {
    assert.ok(ADDRESSED.test('Donors should provide flexible funding.') && mayBeAddressed('Donors should provide flexible funding.'));
    assert.ok(ADDRESSED.test('UNHCR ought  to ensure access.') && mayBeAddressed('UNHCR ought  to ensure access.'));
    assert.equal(mayBeAddressed('Donors SHOULD provide funding.'), ADDRESSED.test('Donors SHOULD provide funding.'));
    assert.equal(mayBeAddressed('Donors provided funding.'), false);
  });

  it('is never shut where the pattern matches, on random sentences of its words', () => {
    let seed = 4344;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
    const words = ['Donors', 'donors', 'the', 'all', 'Member States', 'UNHCR', 'OCHA', 'Governments', 'parties', 'should', 'Should', 'SHOULD', 'must', 'Must', 'ought to', 'ought\nto', 'ought', 'oughtto', 'mustard', 'shoulder', 'also', 'not', 'be', 'have been', 'provide', 'ensure', 'fund', 'and', ',', ';', ':', '(UN agencies)', 'Ébola', 'États', 'ÉTATS', 'agencies', 'réfugiés'];
    let matched = 0;
    let shut = 0;
    for (let n = 0; n < 30_000; n++) {
      const s = Array.from({ length: 1 + Math.floor(random() * 10) }, () => pick(words)).join(pick([' ', ' ', '  ', '\u00a0', '\n']));
      const m = ADDRESSED.test(s);
      if (m) matched++;
      if (!mayBeAddressed(s)) shut++;
      if (m) assert.ok(mayBeAddressed(s), JSON.stringify(s));
    }
    assert.ok(matched > 500 && shut > 5_000, `${matched} matched, ${shut} shut`);
  });
});
