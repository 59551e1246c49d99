import assert from 'node:assert/strict';
import { isPlain } from '../../core/text.js';
import { probed, ProbeIndex, wordSet } from '../../indexer/tag/mentions.js';

// ProbeIndex (mentions.ts): the patterns whose probe a text holds, by its words or by a search.
describe('probe index', () => {
  const patterns = [
    { probe: 'geneva', wordProbe: true },
    { probe: 'côte', wordProbe: false },
    { probe: 'under-secretary', wordProbe: false, anyOf: [['under']] },
    { probe: 'n’djamena', wordProbe: false },
  ];
  const index = new ProbeIndex(patterns);
  const found = (text: string, plainFlag?: boolean) => {
    const p = probed(text);
    return index.candidates(p, plainFlag ?? p.plain);
  };

  it('finds word probes by the words, and other probes by a search of the text', () => {
    assert.deepEqual(found('Talks in Geneva, then Côte d’Ivoire and N’Djamena'), [0, 1, 3]);
    assert.deepEqual(found('The Under-Secretary in Geneva'), [0, 2]);
  });

  it('on a plain text, finds the probes a plain text can hold, and leaves out the rest unsearched (the same answer)', () => {
    const text = 'Talks in Cote d’Ivoire, N’Djamena and Geneva with the Under-Secretary';
    assert.equal(isPlain(text), true);
    assert.deepEqual(found(text, true), found(text, false));
    assert.deepEqual(found(text, true), [0, 2, 3]);
  });

  it('asks a gate shared by several scanned probes once, with the same answer as asking each probe alone', () => {
    const shared = [
      { probe: 'women', wordProbe: true, needs: ['groups'] },
      { probe: "women's", wordProbe: false, anyOf: [['women']] },
      { probe: 'un', wordProbe: true },
      { probe: "un's", wordProbe: false, anyOf: [['un']], needs: ['envoy'] },
      { probe: "women's", wordProbe: false, anyOf: [['women']], needs: ['network'] },
      { probe: '', wordProbe: false, anyOf: [['leaders', 'leader'], ['role', 'roles']] },
      { probe: "un’s", wordProbe: false, anyOf: [['un']] },
      { probe: 'tillabéri', wordProbe: false },
    ];
    const grouped = new ProbeIndex(shared);
    // each pattern alone: its probe a word of the text, or its gate words and its probe in the text
    const alone = (text: string) => {
      const p = probed(text);
      return shared.flatMap((x, i) => {
        const needs = (x.needs ?? []).every((w) => p.words.has(w));
        const gates = (x.anyOf ?? []).every((set) => set.some((w) => p.words.has(w)));
        return needs && (x.wordProbe ? p.words.has(x.probe) : gates && p.lower.includes(x.probe)) ? [i] : [];
      });
    };
    const texts = [
      "The UN's envoy met women's groups and the women's network in Tillabéri",
      "The UN’s role: leaders met the UN's team",
      'Women groups, the UN and a leader with roles',
      'Nothing here',
      "Women's rights",
    ];
    for (const text of texts) {
      const p = probed(text);
      assert.deepEqual(grouped.candidates(p), alone(text), text);
    }
    const p = probed(texts[0]);
    assert.deepEqual(grouped.candidates(p), [0, 1, 2, 3, 4, 7]);
  });
});

describe('probe indexes sharing one view of a passage', () => {
  it('give each the same answer from one view as from a view of their own, in any order, an index made after the view included', () => {
    const a = new ProbeIndex([
      { probe: 'geneva', wordProbe: true, needs: ['talks'] },
      { probe: "un's", wordProbe: false, anyOf: [['un']] },
      { probe: "un's", wordProbe: false, anyOf: [['un']], needs: ['envoy'] },
    ]);
    const b = new ProbeIndex([{ probe: 'talks', wordProbe: true }, { probe: 'envoy', wordProbe: true, needs: ['un'] }]);
    const text = "Talks in Geneva: the UN's envoy";
    const own = (index: ProbeIndex) => index.candidates(probed(text));
    const shared = probed(text);
    assert.deepEqual(a.candidates(shared), [0, 1, 2]);
    assert.deepEqual(b.candidates(shared), own(b));
    assert.deepEqual(a.candidates(shared), own(a));
    // another text asked about in between (a heading's cues) leaves the view's answers alone
    assert.deepEqual(a.candidates(probed('Geneva')), []);
    assert.deepEqual(b.candidates(shared), [0, 1]);
    // an index whose words the vocabulary did not know when the view's words were looked up
    const before = probed('Zzyzx near Geneva');
    assert.deepEqual(a.candidates(before), []);
    const c = new ProbeIndex([{ probe: 'zzyzx', wordProbe: true }, { probe: 'geneva', wordProbe: true, needs: ['zzyzx'] }]);
    assert.deepEqual(c.candidates(before), [0, 1]);
    assert.deepEqual(c.candidates(shared), []);
  });
});

describe('probed', () => {
  it('gives the words wordSet gives the lower-cased text, plain or not (a plain text is not tested twice)', () => {
    for (const text of ['Talks in Geneva — “UNHCR’s” 2019 plan', 'Côte d’Ivoire and N’Djamena', 'The \u212Aelvin sign and \u0130stanbul', 'NBSP\u00a0between\u3000words', '']) {
      const p = probed(text);
      assert.deepEqual([...p.words], [...wordSet(text.toLowerCase())], text);
      assert.equal(p.plain, isPlain(text));
    }
  });
});
