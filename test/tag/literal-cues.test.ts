import assert from 'node:assert/strict';
import { asciiForm, isPlain, wordMatches } from '../../core/text.js';
import { literalCue, literalMatches } from '../../indexer/tag/literal-cues.js';
import { caseSensitive, cueRegExp } from '../../indexer/tag/tagger.js';

// The cue loop finds an ASCII cue's matches in a plain text by indexOf (literal-cues.ts): the
// spans must be those of the cue's own pattern through wordMatches, as the tagger ran it before.
const viaPattern = (cue: string, text: string) => [...wordMatches(asciiForm(cueRegExp(cue)), text)].map((m): [number, number] => [m.index, m.index + m[0].length]);
const viaLiteral = (cue: string, text: string) => {
  const literal = literalCue(cue, caseSensitive(cue));
  assert.ok(literal, cue);
  return literalMatches(literal.cased ? text : text.toLowerCase(), literal);
};

describe('literal cues (the cue loop without patterns on plain text)', () => {
  it('takes only cues of ASCII words joined by spaces or hyphens', () => {
    assert.deepEqual(literalCue('Risk-averse  funding', false), { words: ['risk', 'averse', 'funding'], cased: false });
    assert.deepEqual(literalCue('IHL', true), { words: ['IHL'], cased: true });
    for (const cue of ["autorité de l'État", 'e.g.', 'IHL/IHRL', '-led', 'donors’', 'sub-cluster(s)']) assert.equal(literalCue(cue, false), undefined, cue);
  });

  it('gives the spans of the pattern at the edges its rules name', () => {
    const cases: [string, string][] = [
      ['protection', 'Protection, protections and the protection-of-civilians mandate; PROTECTION.'],
      ['risk averse', 'risk  averse, risk-averse, risk--averse, risk\u00a0averse, risk\u2009averse, risk\u2013averse, riskaverse, risk averseness'],
      ['aid', 'aid-aid aid aid2 2aid _aid aid_ "aid" (aid) aid’s'],
      ['a a', 'a a a a a'],
      ['IHL', 'IHL, ihl, IHLs, the IHL-based rules, IHL'],
      ['terms of reference', 'Terms of Reference; terms of\nreference; terms of references; terms  of  reference.'],
      ['covid 19', 'COVID-19 and covid 19, covid-190'],
      ['us', 'us US Us business us.'],
    ];
    for (const [cue, text] of cases) {
      assert.ok(isPlain(text), text);
      assert.deepEqual(viaLiteral(cue, text), viaPattern(cue, text), `${cue} in ${text}`);
    }
  });

  it('gives the spans of the pattern on random plain texts', () => {
    // a small alphabet, so that words, prefixes, repeats and separators collide often
    let seed = 37;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n);
    const pieces = ['ab', 'a', 'b', 'AB', 'Ab', 'ba', '1', ' ', '  ', '-', ' - ', '\n', '\u00a0', '\u2014', '.', ',', "'", '_', '’'];
    const cues = ['ab', 'a', 'ab a', 'a-b', 'ab ab', 'AB', 'AB a', 'b 1', 'a b a'];
    for (let t = 0; t < 3000; t++) {
      const text = Array.from({ length: 1 + rand(14) }, () => pieces[rand(pieces.length)]).join('');
      for (const cue of cues) assert.deepEqual(viaLiteral(cue, text), viaPattern(cue, text), `${cue} in ${JSON.stringify(text)}`);
    }
  });
});
