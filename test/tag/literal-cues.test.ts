import assert from 'node:assert/strict';
import { asciiForm, boundedMatches, isPlain, wordMatches } from '../../core/text.js';
import { loadTaxonomy } from '../../core/taxonomy.js';
import { compileAliases, findMentions } from '../../indexer/tag/mentions.js';
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

describe('literal names (findMentions without the aliases\' patterns on plain text)', () => {
  const aliases = compileAliases(loadTaxonomy());
  // the same aliases with their patterns only: what findMentions did before literal-cues.ts
  const patterned = aliases.map(({ literal: _literal, ...a }) => a);
  const texts = [
    'UN/OCHA-led talks, the UN-led mission, Sudan-based NGOs, Sudan-led forces, Sudan-backed militias and UNHCR/WFP.',
    'The intra-Afghan talks and the Inter-Malian Agreement; Afghans in Iran; the Inter-American Development Bank.',
    'The United Nations Security Council and the Security-Council, the security council; UNSC-mandated forces.',
    'Norway, which pledged new funds, urged donors; China and Russia have rejected it; Kenya’s troops fought al-Shabaab.',
    'OCHA, ocha, Ocha and OCHAs; the ICRC/IFRC; non-state armed groups, armed forces or groups; MSF-Holland.',
    "Cox's Bazar and Cox’s Bazar; Cote d'Ivoire; the Democratic Republic of the Congo (DRC) and the DRC-Rwanda border.",
    'Member States should fund the World Food Programme (WFP) and UNICEF; the African Union Mission in Somalia (AMISOM).',
  ];
  it('names the same mentions, at the same places', () => {
    for (const text of texts) {
      assert.ok(isPlain(text), text);
      assert.deepEqual(findMentions(text, aliases), findMentions(text, patterned), text);
      assert.deepEqual(findMentions(text, aliases, true), findMentions(text, patterned, true), text);
    }
  });

  it('resumes a turned-down match as boundedMatches does, with any boundary test', () => {
    const edge = (before: string | undefined, after: string | undefined, next: string | undefined) => !(before && /[A-Za-z0-9/-]/.test(before)) && !(after && (/[A-Za-z0-9]/.test(after) || (after === '-' && next !== undefined && /[a-z]/.test(next))));
    let seed = 11;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n);
    const pieces = ['un', 'UN', 'a', ' ', '-', '-l', '/', '/A', '.', 'led', 'Un'];
    for (let t = 0; t < 3000; t++) {
      const text = Array.from({ length: 1 + rand(12) }, () => pieces[rand(pieces.length)]).join('');
      for (const [cue, cased] of [['un', false], ['UN', true], ['un a', false], ['a un', false]] as const) {
        const re = asciiForm(new RegExp(cue.split(' ').join('[\\s-]+'), cased ? 'gu' : 'giu'));
        const want = [...boundedMatches(re, text, edge)].map((m): [number, number] => [m.index, m.index + m[0].length]);
        const literal = literalCue(cue, cased)!;
        const got = literalMatches(cased ? text : text.toLowerCase(), literal, (s, e) => edge(text[s - 1], text[e], text[e + 1]));
        assert.deepEqual(got, want, `${cue} in ${JSON.stringify(text)}`);
      }
    }
  });
});
