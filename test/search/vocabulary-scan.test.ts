import { strict as assert } from 'node:assert';
import { damerauLevenshtein } from '../../core/edit-distance.js';
import { letterBits, Vocabulary } from '../../server/search/vocabulary.js';
import { rng } from '../helpers/fuzz.js';

// The correction scan skips corpus words whose characters differ from the typed word's in more
// than 2 × max places (vocabulary.ts letterBits): that must never skip a word within max edits,
// so the words found, and their order, are those of comparing every word.

const bitCount = (x: number) => {
  let n = 0;
  for (let v = x >>> 0; v; v >>>= 1) n += v & 1;
  return n;
};

/** a word of 3–10 characters from a small alphabet (near words are common), an accent or a hyphen now and then */
function randomWord(rnd: () => number): string {
  const alphabet = 'aeioustnrlcdpgéè-';
  const n = 3 + Math.floor(rnd() * 8);
  let w = '';
  for (let i = 0; i < n; i++) w += alphabet[Math.floor(rnd() * (i === 0 ? 12 : alphabet.length))];
  return w;
}

/** a word one or two random edits (substitution, insertion, deletion, transposition) away */
function slipped(w: string, rnd: () => number): string {
  let out = w;
  for (let k = 0; k < 1 + Math.floor(rnd() * 2); k++) {
    const i = Math.floor(rnd() * out.length);
    const c = 'aeiourstx'[Math.floor(rnd() * 9)];
    const op = Math.floor(rnd() * 4);
    if (op === 0) out = out.slice(0, i) + c + out.slice(i + 1);
    else if (op === 1) out = out.slice(0, i) + c + out.slice(i);
    else if (op === 2 && out.length > 3) out = out.slice(0, i) + out.slice(i + 1);
    else if (i + 1 < out.length) out = out.slice(0, i) + out[i + 1] + out[i] + out.slice(i + 2);
  }
  return out;
}

/** `nearest` / `within` as the scan defines them, every word of the right lengths sharing the first or second character compared */
function everyWord(entries: [string, number][], w: string, max: number, withSelf: boolean, limit: number): string[] {
  return entries
    .map(([word, n], at) => ({ word, n, at, d: damerauLevenshtein(w, word, max) }))
    .filter((f) => Math.abs(f.word.length - w.length) <= max && (f.word[0] === w[0] || (f.word.length > 1 && f.word[1] === w[1])) && f.d <= max && (withSelf || f.word !== w))
    .sort((a, b) => a.d - b.d || b.n - a.n || a.word.length - b.word.length || a.at - b.at)
    .slice(0, limit)
    .map((f) => f.word);
}

describe('vocabulary scan: the letter-bits bound', () => {
  it('an edit changes at most two bits: words within d edits differ in at most 2d bits', () => {
    const rnd = rng(11);
    for (let i = 0; i < 20_000; i++) {
      const a = randomWord(rnd);
      const b = rnd() < 0.5 ? slipped(a, rnd) : randomWord(rnd);
      assert.ok(bitCount(letterBits(a) ^ letterBits(b)) <= 2 * damerauLevenshtein(a, b), `${a} ${b}`);
    }
  });

  it('nearest and within find what comparing every word finds, in the same order', () => {
    const rnd = rng(5);
    const words = new Map<string, number>();
    while (words.size < 3000) words.set(randomWord(rnd), 1 + Math.floor(rnd() * 4));
    const entries = [...words];
    const vocabulary = new Vocabulary(entries);
    let found = 0;
    for (let i = 0; i < 400; i++) {
      const typed = i % 2 ? slipped(entries[Math.floor(rnd() * entries.length)][0], rnd) : randomWord(rnd);
      if (typed.length < 3) continue;
      const max = typed.length <= 5 ? 1 : 2;
      // the scan alone: `max` as the limit of edits leaves out a short word's swaps across a third (vocabulary-nearest.test.ts)
      const near = vocabulary.nearest(typed, 1000, max);
      assert.deepEqual(near, everyWord(entries, typed, max, false, 1000), typed);
      assert.deepEqual(vocabulary.within(typed, 2, 30), everyWord(entries, typed, 2, true, 30), typed);
      found += near.length;
    }
    assert.ok(found > 200, `the random typos found ${found} words: too few to test the order`);
  });

  it('holds for characters that share a bit and for words of more than 32 characters (Cyrillic, Arabic, an astral letter, apostrophes; review28)', () => {
    // code mod 32: "а" (U+0430) shares "p"'s bit, "𝐀" is two code units; a word of 40 has more characters than bits
    const alphabet = [...'aeioustnrlcpаبвمي𝐀ß\'-'];
    const rnd = rng(23);
    const word = (n: number) => Array.from({ length: n }, () => alphabet[Math.floor(rnd() * alphabet.length)]).join('');
    const words = new Map<string, number>();
    while (words.size < 1500) {
      const w = word(3 + Math.floor(rnd() * 40));
      words.set(w, 1 + Math.floor(rnd() * 4));
      words.set(slipped(w, rnd), 1 + Math.floor(rnd() * 4));
    }
    const entries = [...words];
    const vocabulary = new Vocabulary(entries);
    for (let i = 0; i < 300; i++) {
      const typed = slipped(entries[Math.floor(rnd() * entries.length)][0], rnd);
      for (const max of [1, 2, 3]) assert.deepEqual(vocabulary.within(typed, max, 1000), everyWord(entries, typed, max, true, 1000), `${typed} ${max}`);
    }
  });
});
