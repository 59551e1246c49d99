import assert from 'node:assert/strict';
import { damerauLevenshtein } from '../../core/edit-distance.js';
import { rng } from '../helpers/fuzz.js';

/**
 * Lowrance and Wagner's unrestricted Damerau-Levenshtein distance, written as the textbook gives
 * it (a full matrix with a border of "infinity", and per character the last row it was on,
 * recorded when its row is done): the reference for the one-array version.
 */
function reference(a: string, b: string): number {
  const inf = a.length + b.length;
  const d = Array.from({ length: a.length + 2 }, () => new Array<number>(b.length + 2).fill(0));
  d[0][0] = inf;
  for (let i = 0; i <= a.length; i++) [d[i + 1][0], d[i + 1][1]] = [inf, i];
  for (let j = 0; j <= b.length; j++) [d[0][j + 1], d[1][j + 1]] = [inf, j];
  const lastRow = new Map<string, number>();
  for (let i = 1; i <= a.length; i++) {
    let lastCol = 0;
    for (let j = 1; j <= b.length; j++) {
      const k = lastRow.get(b[j - 1]) ?? 0;
      const l = lastCol;
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      if (cost === 0) lastCol = j;
      d[i + 1][j + 1] = Math.min(d[i][j] + cost, d[i + 1][j] + 1, d[i][j + 1] + 1, d[k][l] + (i - k - 1) + 1 + (j - l - 1));
    }
    lastRow.set(a[i - 1], i);
  }
  return d[a.length + 1][b.length + 1];
}

describe('edit distance', () => {
  it('counts insertions, deletions, substitutions and transpositions', () => {
    assert.equal(damerauLevenshtein('protection', 'protection'), 0);
    assert.equal(damerauLevenshtein('protection', 'protetcion'), 1);
    assert.equal(damerauLevenshtein('protection', 'protecton'), 1);
    assert.equal(damerauLevenshtein('protection', 'protections'), 1);
    assert.equal(damerauLevenshtein('protection', 'protektion'), 1);
    assert.equal(damerauLevenshtein('ca', 'abc'), 2);
    assert.equal(damerauLevenshtein('', 'abc'), 3);
    assert.equal(damerauLevenshtein('abc', ''), 3);
  });

  it("charges a transposition what it costs: natural's version gave \"adcess\" 1 edit from \"address\" (it is 2), and \"abc\" → \"ca\" is 2", () => {
    assert.equal(damerauLevenshtein('adcess', 'address'), 2);
    assert.equal(damerauLevenshtein('adcess', 'access'), 1);
    assert.equal(damerauLevenshtein('abc', 'ca'), 2);
  });

  it('gives the textbook recurrence for every pair (typos of corpus-like words, and random strings)', () => {
    const rnd = rng(11);
    const letters = 'aeiostnrlcdhm';
    const word = (n: number) => Array.from({ length: n }, () => letters[Math.floor(rnd() * letters.length)]).join('');
    const typo = (w: string) => {
      const k = Math.floor(rnd() * w.length);
      switch (Math.floor(rnd() * 4)) {
        case 0: return w.slice(0, k) + w.slice(k + 1);
        case 1: return w.slice(0, k) + word(1) + w.slice(k);
        case 2: return w.slice(0, k) + word(1) + w.slice(k + 1);
        default: return w.slice(0, k) + (w[k + 1] ?? '') + w[k] + w.slice(k + 2);
      }
    };
    for (let i = 0; i < 5000; i++) {
      const a = word(1 + Math.floor(rnd() * 12));
      const b = i % 2 ? typo(typo(a)) : word(1 + Math.floor(rnd() * 12));
      assert.equal(damerauLevenshtein(a, b), reference(a, b), `${a} → ${b}`);
    }
  });

  it('with a bound, gives the distance up to it and bound + 1 past it (a correction stops comparing a far word early)', () => {
    const rnd = rng(23);
    const letters = 'aeiostnrlcdhm';
    const word = (n: number) => Array.from({ length: n }, () => letters[Math.floor(rnd() * letters.length)]).join('');
    for (let i = 0; i < 5000; i++) {
      const a = word(Math.floor(rnd() * 12));
      // half of them near: a few letters of a changed
      const b = i % 2 ? a.slice(0, Math.floor(rnd() * a.length)) + word(Math.floor(rnd() * 3)) + a.slice(Math.floor(rnd() * a.length)) : word(Math.floor(rnd() * 12));
      const d = damerauLevenshtein(a, b);
      for (const max of [0, 1, 2, 3]) assert.equal(damerauLevenshtein(a, b, max), Math.min(d, max + 1), `${a} → ${b} within ${max}`);
    }
  });
});
