import assert from 'node:assert/strict';
import { isPlain } from '../../core/text.js';
import { probed, ProbeIndex } from '../../indexer/tag/mentions.js';

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
    return index.candidates(p.lower, p.words, plainFlag ?? p.plain);
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
});
