import assert from 'node:assert/strict';
import { damerauLevenshtein } from '../../core/edit-distance.js';
import { Vocabulary } from '../../server/search/vocabulary.js';
import { rng } from '../helpers/fuzz.js';

/** What nearest() answered before its letter index: every word of the right lengths scanned, in the vocabulary's order, a stable sort by distance then count. */
function scanned(entries: [string, number][], word: string, limit: number): string[] {
  const w = word.toLowerCase();
  if (w.length < 3 || /\d/.test(w)) return [];
  const max = w.length <= 5 ? 1 : 2;
  const found: { word: string; d: number; n: number }[] = [];
  for (let len = w.length - max; len <= w.length + max; len++) {
    for (const [cand, n] of entries) {
      if (cand.length !== len || cand === w || (cand[0] !== w[0] && cand[1] !== w[1])) continue;
      const d = damerauLevenshtein(w, cand);
      if (d <= max) found.push({ word: cand, d, n });
    }
  }
  const near = found.sort((a, b) => a.d - b.d || b.n - a.n).map((f) => f.word);
  // a short word's two letters swapped across the one between them, after, most used first
  const counts = new Map(entries);
  const swapped: string[] = [];
  for (let i = 0; max < 2 && i + 2 < w.length; i++) {
    const c = w.slice(0, i) + w[i + 2] + w[i + 1] + w[i] + w.slice(i + 3);
    if (c !== w && counts.has(c) && !swapped.includes(c) && !near.includes(c)) swapped.push(c);
  }
  swapped.sort((a, b) => counts.get(b)! - counts.get(a)!);
  return [...near, ...swapped].slice(0, limit);
}

describe('vocabulary nearest words', () => {
  it('offers the words a scan of the whole vocabulary offers, in the same order, ties included', () => {
    const rnd = rng(5);
    const letters = 'aeiostnrl';
    const word = (n: number) => Array.from({ length: n }, () => letters[Math.floor(rnd() * letters.length)]).join('');
    // few letters and few counts: many words near each other and many ties of distance and count
    const entries: [string, number][] = [];
    const seen = new Set<string>();
    for (let i = 0; i < 3000; i++) {
      const w = word(1 + Math.floor(rnd() * 9));
      if (seen.has(w)) continue;
      entries.push([w, 1 + Math.floor(rnd() * 3)]);
      seen.add(w);
    }
    const v = new Vocabulary(entries);
    for (let i = 0; i < 400; i++) {
      const q = i % 3 ? entries[Math.floor(rnd() * entries.length)][0] + word(Math.floor(rnd() * 2)) : word(3 + Math.floor(rnd() * 6));
      for (const limit of [1, 5, 50]) assert.deepEqual(v.nearest(q, limit), scanned(entries, q, limit), `${q} (${limit})`);
    }
  });

  it('with a limit of edits, the likeliest correction is chosen among words that close only', () => {
    // "effets" (French): "effects" is one edit, "efforts" two but used far more often
    const v = new Vocabulary([['efforts', 5000], ['effects', 40]]);
    assert.equal(v.correct('effets'), 'efforts');
    assert.equal(v.correct('effets', 1), 'effects');
    // the answers are remembered apart
    assert.equal(v.correct('effets'), 'efforts');
  });

  it('offers a short word\'s two letters swapped across a third after its one-edit words, and corrects to it where it is used far more ("sirya")', () => {
    const v = new Vocabulary([['siya', 3], ['syria', 11875], ['sira', 2], ['irsya', 1]]);
    assert.deepEqual(v.nearest('sirya', 10), ['siya', 'sira', 'syria']);
    assert.equal(v.correct('sirya'), 'syria');
    // not where it is used less than FAR_MORE times as often as the closer word
    assert.equal(new Vocabulary([['siya', 3000], ['syria', 11875]]).correct('sirya'), 'siya');
    // nor with a limit of one edit (a French or Spanish query)
    assert.deepEqual(v.nearest('sirya', 10, 1), ['siya', 'sira']);
  });

  it('answers a word asked again, with another limit, as a first ask does (the scan is kept per word)', () => {
    const entries: [string, number][] = [['protection', 50], ['protections', 5], ['protecting', 9], ['projection', 2], ['protest', 3], ['rotation', 4]];
    const asked = new Vocabulary(entries);
    for (const limit of [1, 3, 2, 50, 1]) assert.deepEqual(asked.nearest('protectoin', limit), new Vocabulary(entries).nearest('protectoin', limit), String(limit));
    assert.deepEqual(asked.nearest('Protectoin', 2), asked.nearest('protectoin', 2));
    assert.equal(asked.correct('protectoin'), 'protection');
  });
});
