import assert from 'node:assert/strict';
import { allMatches, cutAtWordEnd, splitsPair } from '../../core/text.js';
import { tailAtWord } from '../../server/view-helpers.js';
import { MAX_NOTE, noteParam } from '../../server/reading-list.js';

// review38: 67430a4 put one test (splitsPair) where five call sites had written their own. The
// old forms are copied here and run against the new ones on every short text of halves, whole
// characters, lone halves and spaces, at every cut: the sites are the same on well-formed text;
// two of them differ on a lone high half just before the cut, which the old forms dropped (the
// cut splits no pair there: the half was lone already), pinned below so a change is seen.

/** Short texts from an alphabet of lone and paired surrogate halves, a letter, an accent and a space. */
function* texts(): Generator<string> {
  const alphabet = ['a', ' ', '\uD83D', '\uDE00', '\uDBFF', '\uDC00', 'é'];
  let seed = 38;
  const next = (n: number): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  for (let i = 0; i < 20000; i++) {
    const length = next(10);
    let s = '';
    for (let j = 0; j < length; j++) s += alphabet[next(alphabet.length)];
    yield s;
  }
}
const wellFormed = (s: string): boolean => !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);

function oldCutAtWordEnd(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const cut = text.slice(0, limit).replace(/[\uD800-\uDBFF]$/, '');
  if (/\s/.test(text[cut.length] ?? '')) return cut.trimEnd();
  const space = cut.search(/\s\S*$/);
  return space > limit / 2 ? cut.slice(0, space).trimEnd() : cut;
}
function oldTailAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  let start = text.length - max;
  if (!/\s/.test(text[start - 1] ?? ' ')) {
    const space = text.slice(start).search(/\s\S/);
    if (space >= 0) start += space + 1;
    else if (/[\uDC00-\uDFFF]/.test(text[start]) && /[\uD800-\uDBFF]/.test(text[start - 1])) start++;
  }
  return '…' + text.slice(start).trimStart();
}
/** quote-pairs' charBefore (not exported), old and new, as written there */
const oldCharBefore = (text: string, end: number): string => (/[\uDC00-\uDFFF]/.test(text[end - 1] ?? '') && /[\uD800-\uDBFF]/.test(text[end - 2] ?? '') ? text.slice(end - 2, end) : text[end - 1] ?? '');
const newCharBefore = (text: string, end: number): string => text.slice(splitsPair(text, end - 1) ? end - 2 : end - 1, end);

describe('splitsPair at its five call sites against the forms it replaced (review38)', () => {
  it('tailAtWord, allMatches (against matchAll itself) and charBefore are the same on every text, lone halves too', () => {
    for (const s of texts()) {
      for (let at = 0; at <= s.length + 1; at++) {
        assert.equal(tailAtWord(s, at), oldTailAtWord(s, at), `tail ${JSON.stringify(s)} ${at}`);
        // charBefore is called with an end of 1 or more (a mark after the query's start)
        if (at > 0) assert.equal(newCharBefore(s, at), oldCharBefore(s, at), `charBefore ${JSON.stringify(s)} ${at}`);
      }
      for (const re of [/(?:)/gu, /a?/gu, /\B/gu, /(?:)/g]) {
        assert.deepEqual(allMatches(re, s).map((m) => m.index), [...s.matchAll(re)].map((m) => m.index), `${re} ${JSON.stringify(s)}`);
      }
    }
  });

  it('cutAtWordEnd is the same on well-formed text at every cut', () => {
    let compared = 0;
    for (const s of texts()) {
      if (!wellFormed(s)) continue;
      for (let limit = 0; limit <= s.length + 1; limit++, compared++) assert.equal(cutAtWordEnd(s, limit), oldCutAtWordEnd(s, limit), `${JSON.stringify(s)} ${limit}`);
    }
    assert.ok(compared > 10000, `${compared}`);
  });

  it('cutAtWordEnd and the note cut keep a lone high half before the cut, which the old forms dropped', () => {
    for (const s of texts()) {
      for (let limit = 0; limit <= s.length + 1; limit++) {
        const old = oldCutAtWordEnd(s, limit);
        const lone = limit < s.length && /[\uD800-\uDBFF]/.test(s[limit - 1] ?? '') && !splitsPair(s, limit);
        if (!lone) assert.equal(cutAtWordEnd(s, limit), old, `${JSON.stringify(s)} ${limit}`);
      }
    }
    assert.equal(cutAtWordEnd('ab\uD83Dc', 3), 'ab\uD83D');
    for (const [tail, kept] of [['\uD83D\uDE00', ''], ['\uDE00a', '\uDE00'], ['\uD83Da', '\uD83D'], ['\uD83D', '\uD83D']]) {
      assert.equal(noteParam({ 'note-a': 'x'.repeat(MAX_NOTE - 1) + tail }, 'a'), 'x'.repeat(MAX_NOTE - 1) + kept, JSON.stringify(tail));
    }
  });
});
