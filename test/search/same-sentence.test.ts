import assert from 'node:assert/strict';
import type { Passage } from '../../core/types.js';
import { RANKING, sameSentence, rerankFactor, type RankingInput } from '../../server/search/ranking.js';
import { sentenceStartsOf, stemsOf, plainText } from '../../server/search/passage-words.js';
import { stem } from '../../core/analysis.js';

// The same-sentence rule (server/search/ranking.ts): every content word of the query in one
// sentence of the passage, however far apart in it; not when they are spread over sentences.
// RANKING has it off (0: docs/measurements.md, search17), so the tests switch it on.
const ON = { ...RANKING, sameSentence: 0.15 };
function input(text: string, query: string, over: Partial<RankingInput> = {}): RankingInput {
  const brief = { text, kind: 'finding' } as Pick<Passage, 'text' | 'kind'>;
  const queryWords = query.toLowerCase().split(/\s+/);
  return { passage: { kind: 'finding' }, words: plainText(brief).trim().split(' '), stems: stemsOf(brief), sentenceStarts: sentenceStartsOf(brief), queryWords, queryStems: queryWords.map(stem), queryWordStems: queryWords.map(stem), kindFiltered: false, options: ON, ...over };
}

describe('same sentence', () => {
  it('raises a passage holding every query word in one sentence, however long', () => {
    const text = 'Aid agencies say that in many places and for many years, for reasons that are mostly political, donors remained reluctant. Another sentence follows.';
    assert.equal(sameSentence.factor(input(text, 'donors reluctant')), 1 + ON.sameSentence);
    assert.equal(sameSentence.factor(input(text, 'agencies reluctant')), 1 + ON.sameSentence);
  });
  it('leaves a passage whose query words are spread over sentences', () => {
    const text = 'Donors fund the response. The agencies were reluctant.';
    assert.equal(sameSentence.factor(input(text, 'donors reluctant')), 1);
  });
  it('leaves a passage missing a query word, and a one-word query', () => {
    assert.equal(sameSentence.factor(input('Donors fund the response.', 'donors reluctant')), 1);
    assert.equal(sameSentence.factor(input('Donors fund the response.', 'donors')), 1);
  });
  it('keeps abbreviations and lower-case continuations inside the sentence', () => {
    const text = 'Some donors, e.g. the U.S. government, were reluctant. Later ones were not.';
    assert.deepEqual(sentenceStartsOf({ text, kind: 'finding' }), [0, input(text, 'x').words.indexOf('later')]);
    assert.equal(sameSentence.factor(input(text, 'donors reluctant')), 1 + ON.sameSentence);
  });
  it('keeps an abbreviation before a capital inside the sentence ("the U.S. Government", "e.g. UNHCR")', () => {
    // review17 finding 10: both were cut after the abbreviation's full stop
    const starts = (text: string) => sentenceStartsOf({ text, kind: 'finding' });
    assert.deepEqual(starts('The U.S. Government funded the response. Later ones did not.'), [0, 6]);
    assert.deepEqual(starts('Agencies, e.g. UNHCR and WFP, paid. Then others.'), [0, 6]);
    assert.deepEqual(starts('See para. 12 of the report. It says so.'), [0, 6]);
  });
  it('splits before a capital, a digit or an opening quote after . ! ?', () => {
    const starts = sentenceStartsOf({ text: 'One two. Three four! "Five six?" (Seven) 8 nine. 9 ten.', kind: 'finding' });
    // "(Seven) 8": no . ! ? before the digit, so no new sentence there
    assert.deepEqual(starts, [0, 2, 4, 6, 9]);
  });
  it('is off at 0, and reads a text with no sentence starts as one sentence', () => {
    assert.equal(sameSentence.factor(input('Donors were reluctant.', 'donors reluctant', { options: { ...ON, sameSentence: 0 } })), 1);
    const { sentenceStarts: _, ...whole } = input('Donors fund. Agencies were reluctant.', 'donors reluctant');
    assert.equal(sameSentence.factor(whole), 1 + ON.sameSentence);
  });
  it('is one of the rules a candidate is ranked by', () => {
    const one = input('Donors were reluctant to fund it. Nothing else.', 'donors reluctant', { options: { ...ON, coverage: 0, phraseRun: 1, adjacentPair: 0, proximity: 0 } });
    assert.equal(rerankFactor(one), 1 + ON.sameSentence);
  });
});
