import assert from 'node:assert/strict';
import { coordinationProbes, holdsCoordinated } from '../../core/nlp/coordination.js';
import { withCoordination } from '../../core/engines/coordinated-phrases.js';
import type { PhraseIndex } from '../../core/engines/engine.js';
import type { PassageBrief } from '../../core/passage-store.js';

// Coordination ellipsis: "international humanitarian and human rights law" holds "international
// humanitarian law" (IHL's expansion), though not word after word.
describe('coordination ellipsis (core/nlp/coordination.ts)', () => {
  const holds = (text: string, phrase: string) => holdsCoordinated(text, phrase.split(' '));

  it('reads a shared end and a shared start, in any inflection', () => {
    assert.ok(holds('respect for international humanitarian and human rights law by all parties', 'international humanitarian law'));
    assert.ok(holds('respect for international humanitarian and human rights law by all parties', 'international human rights law'));
    assert.ok(holds('violations of international refugee or humanitarian laws', 'international humanitarian law'));
  });

  it('not across punctuation, a stop word in the other conjunct, more than three words, or for a phrase of two words', () => {
    assert.ok(!holds('international humanitarian. And law', 'international humanitarian law'));
    assert.ok(!holds('international humanitarian and the national law', 'international humanitarian law'));
    assert.ok(!holds('international humanitarian and human rights treaty body law', 'international humanitarian law'));
    assert.ok(!holds('humanitarian workers and aid agencies', 'humanitarian aid'));
  });

  it('probes: the phrase part next to the conjunction, two words or more', () => {
    assert.deepEqual(coordinationProbes(['international', 'humanitarian', 'law']), ['international humanitarian and', 'international humanitarian or', 'and humanitarian law', 'or humanitarian law']);
    assert.deepEqual(coordinationProbes(['humanitarian', 'aid']), []);
  });

  it('a phrase index answers coordinated phrases as another inflection, never as written', () => {
    const texts = ['they respect international humanitarian law', 'respect for international humanitarian and human rights law', 'international humanitarian actors and the law'];
    // a stand-in index: a phrase held word after word, by the stored texts
    const index: PhraseIndex = { holding: (phrase) => texts.flatMap((t, i) => (` ${t} `.includes(` ${phrase} `) ? [i] : [])) };
    const passages = { brief: (ord: number) => ({ text: texts[ord] }) as PassageBrief };
    const wrapped = withCoordination(index, passages);
    assert.deepEqual(Array.from(wrapped.holding('international humanitarian law', false)), [0, 1]);
    assert.deepEqual(Array.from(wrapped.holding('international humanitarian law', true)), [0]);
  });
});
