import assert from 'node:assert/strict';
import { hasSpacedColon } from '../../indexer/stages/repair.js';

/** What hasSpacedColon replaced: tried at every letter of a block. */
const SPACED_COLON = /\p{L}[\s\u00a0\u202f]+[;:]/u;

describe('hasSpacedColon', () => {
  it('finds a space before ";" or ":" after a letter, as the pattern did', () => {
    for (const [text, want] of [
      ['Mots-clés : négociation', true],
      ['insuffisant\u00a0; les bailleurs', true],
      ['conflit\u202f: protéger', true],
      ['a\n\t :', true],
      ['English: no space', false],
      ['a figure 12 : none after a digit', false],
      ['a quote » : none after a mark', false],
      [' : at the start', false],
      ['', false],
      ['Ελλάδα ; Greek', true],
      ['𝐀 ; an astral letter', true],
      ['😀 ; an astral symbol', false],
      ['\ud835 ; a lone high surrogate', false],
      ['x\udc00 ; a lone low surrogate', false],
      ['a ;; b : c', true],
      ['; ; :', false],
    ] as const) assert.equal(hasSpacedColon(text), want, JSON.stringify(text));
  });

  it('agrees with the pattern on random texts of letters, spaces, marks and surrogates', () => {
    let seed = 43;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const pieces = ['a', 'Z', 'é', 'ß', 'Ж', '日', '1', '.', ',', ';', ':', ' ', '\u00a0', '\u202f', '\t', '\n', '\u2028', '\ufeff', '\u200b', '»', '-', '𝐀', '😀', '\ud835', '\udc00', '\u0301'];
    let found = 0;
    for (let n = 0; n < 20_000; n++) {
      const text = Array.from({ length: Math.floor(random() * 16) }, () => pieces[Math.floor(random() * pieces.length)]).join('');
      const want = SPACED_COLON.test(text);
      if (want) found++;
      assert.equal(hasSpacedColon(text), want, JSON.stringify(text));
    }
    // both answers were asked often
    assert.ok(found > 500 && found < 19_500, `${found} found`);
  });
});
