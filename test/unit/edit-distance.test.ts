import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { damerauLevenshtein } from '../../core/edit-distance.js';
import { rng } from '../helpers/fuzz.js';

const { DamerauLevenshteinDistance } = createRequire(import.meta.url)('natural/lib/natural/distance/levenshtein_distance') as {
  DamerauLevenshteinDistance: (a: string, b: string, options?: { transposition_cost?: number }) => number;
};

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

  it("gives natural's DamerauLevenshteinDistance for every pair (typos of corpus-like words, and random strings)", () => {
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
      assert.equal(damerauLevenshtein(a, b), DamerauLevenshteinDistance(a, b, { transposition_cost: 1 }), `${a} → ${b}`);
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
