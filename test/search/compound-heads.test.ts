import assert from 'node:assert/strict';
import { parseQuery } from '../../server/search/query-parser.js';
import { dropScaffolding, isQuestion } from '../../server/search/query-understanding.js';
import { compoundHeads } from '../../server/search/compound-heads.js';
import { isStopWord } from '../../core/analysis.js';

// Compound heads (server/search/compound-heads.ts): in a question, the last of the words typed
// side by side is the head, weighted above the words that modify it. Off in RANKING (0:
// docs/measurements.md, search18), so the tests pass a weight.
function heads(q: string, weight = 0.5): string[] {
  const p = parseQuery(q, ['text', 'section', 'title', 'author']);
  const question = isQuestion(p);
  dropScaffolding(p);
  return [...compoundHeads(p, question, isStopWord, weight).keys()].map((t) => t.text);
}

describe('compound heads', () => {
  it('weights the last word of a compound, and a word standing alone', () => {
    assert.deepEqual(heads('why are agencies so cautious about human rights advocacy?'), ['agencies', 'cautious', 'advocacy']);
  });
  it('ends a compound at a function word, a comma or dropped scaffolding', () => {
    assert.deepEqual(heads('what is the protection of civilians mandate?'), ['protection', 'mandate']);
    assert.deepEqual(heads('which donors, agencies and states fund relief work?'), ['donors', 'agencies', 'work']);
  });
  it('reads a hyphenated word as a compound', () => {
    assert.deepEqual(heads('how did rights-based programming start?'), ['programming']);
  });
  it('weighs nothing in a keyword query, a question with no compound, or at 0', () => {
    assert.deepEqual(heads('quiet diplomacy Syria'), []);
    assert.deepEqual(heads('who funds the work of UNHCR?'), []);
    assert.deepEqual(heads('why are agencies so cautious about human rights advocacy?', 0), []);
  });
});

describe('heads held', () => {
  it('lowers a question\'s candidate by the share of its compounds\' heads it lacks, off at 0', async () => {
    const { headsHeld, RANKING } = await import('../../server/search/ranking.js');
    const on = { ...RANKING, headMissing: 0.2 };
    const base = { passage: { kind: 'finding' as const }, queryWords: ['human', 'rights', 'advocacy'], queryStems: ['human', 'right', 'advocaci'], queryWordStems: ['human', 'right', 'advocaci'], headStems: ['advocaci'], kindFiltered: false };
    assert.equal(headsHeld.factor({ ...base, words: ['human', 'rights'], stems: ['human', 'right'], options: on }), 0.8);
    assert.equal(headsHeld.factor({ ...base, words: ['advocacy'], stems: ['advocaci'], options: on }), 1);
    assert.equal(headsHeld.factor({ ...base, words: ['human', 'rights'], stems: ['human', 'right'], options: RANKING }), 1);
  });
});
