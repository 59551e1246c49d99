import assert from 'node:assert/strict';
import { allMatches, asciiForm } from '../../core/text.js';

// allMatches stands in for String.prototype.matchAll on the tagger's and the acronym counts'
// patterns (it runs the one compiled pattern instead of a copy): the same matches, groups and
// indexes, empty matches stepped past alike, and the pattern left as it was found.
const same = (re: RegExp, text: string) => {
  const want = [...text.matchAll(re)].map((m) => ({ at: m.index, groups: [...m] }));
  const got = allMatches(re, text).map((m) => ({ at: m.index, groups: [...m] }));
  assert.deepEqual(got, want, `${re} on ${JSON.stringify(text)}`);
};

describe('allMatches', () => {
  const texts = ['', 'UNHCR, WFP, UNICEF and OCHA met in Juba (see Smith 2019; Doe 2020).', 'a😀b 😀😀 c', 'Côte d’Ivoire, Mali and Niger', 'aaa'];
  const patterns = [/\p{Lu}+/gu, /(\w)(\w)?/g, /x*/g, /x*/gu, /(?:)/gu, /\((?:[^()]*?)(\d{4})\)/g, /[\p{L}]+/gu, /a|(?=b)/g];
  it('gives what matchAll gives', () => {
    for (const re of patterns) for (const text of texts) same(re, text);
    for (const re of patterns) for (const text of texts) same(asciiForm(re), text);
  });
  it('leaves the pattern at lastIndex 0, and its matches survive the pattern run again while they are read', () => {
    const re = /\p{Lu}\p{Ll}+/gu;
    const outer = allMatches(re, 'Mali and Niger');
    const inner = outer.map((m) => allMatches(re, `${m[0]} Chad`).length);
    assert.deepEqual(outer.map((m) => m[0]), ['Mali', 'Niger']);
    assert.deepEqual(inner, [2, 2]);
    assert.equal(re.lastIndex, 0);
  });
  it('needs a global pattern, as matchAll does', () => {
    assert.throws(() => allMatches(/a/, 'a'), TypeError);
  });
});
