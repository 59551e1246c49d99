import assert from 'node:assert/strict';
import { anchoredMatches, asciiForm, boundedMatches, wholeWord, wordStarts } from '../../core/text.js';

// anchoredMatches tries a pattern only where its first word starts (wordStarts): the tagger's
// aliases and phrase cues on plain text. It must give exactly the matches of the search through
// the whole text (boundedMatches), whatever the boundary test rejects on the way.
const spans = (ms: Iterable<RegExpExecArray>) => [...ms].map((m) => `${m.index}:${m[0]}`);
// aliasBoundary's shape (mentions.ts): no letter, digit, "/" or "-" before; no letter or digit after
const nameBoundary = (before: string | undefined, after: string | undefined) => !(before && /[\p{L}\p{N}/-]/u.test(before)) && !(after && /[\p{L}\p{N}]/u.test(after));
const afterHyphen = (before: string | undefined, after: string | undefined) => before === '-' && !(after && /[\p{L}\p{N}]/u.test(after));

describe('wordStarts', () => {
  it('gives each lower-case word of a plain text with its offsets, in order', () => {
    const starts = wordStarts('the un, the un-led mission (un2) and 12 un');
    assert.deepEqual(starts.get('the'), [0, 8]);
    assert.deepEqual(starts.get('un'), [4, 12, 40]);
    assert.deepEqual(starts.get('un2'), [28]);
    assert.deepEqual(starts.get('12'), [37]);
    assert.equal(starts.get('u'), undefined);
  });
});

describe('anchoredMatches', () => {
  const cases: [RegExp, string, string][] = [
    [/peace[\s-]+operations/giu, 'peace', 'Peace operations, peacekeeping operations and peace-operations; peace  operations. peace operationsx peace operations'],
    [/the[\s-]+the/giu, 'the', 'the the the the - the-the'],
    [/UN/gu, 'un', 'UN, un, UN-led, UN/OCHA, the UNHCR, (UN) UN2 -UN UN'],
    [/Cox['’]s[\s-]+Bazar/giu, 'cox', "Cox's Bazar and Cox’s Bazar, cox's-bazar, Coxs Bazar"],
    [/armed[\s-]+forces[\s-]+(?:groups)\s+(?:and|or)\s+forces|armed\s+(?:and|or)\s+[\p{Ll}-]+\s+forces/giu, 'armed', 'armed forces groups or forces, armed or state forces; disarmed or state forces'],
    [/Mali/gu, 'mali', 'Inter-Mali talks, intra-Mali, Mali-based, Malian, Mali2, in Mali.'],
  ];
  for (const [re, probe, text] of cases) {
    it(`finds ${re} where the search through the text does`, () => {
      for (const ok of [wholeWord, nameBoundary, afterHyphen]) {
        const form = asciiForm(re);
        const want = spans(boundedMatches(form, text, ok));
        assert.deepEqual(spans(anchoredMatches(form, text, wordStarts(text.toLowerCase()).get(probe) ?? [], ok)), want, `${ok.name || 'test'} on ${text}`);
      }
    });
  }
  it('leaves the pattern as it found it, and tries nothing where the word is absent', () => {
    const re = /aid/gi;
    assert.deepEqual(spans(anchoredMatches(re, 'no such word', [], wholeWord)), []);
    assert.equal(re.lastIndex, 0);
  });
});
