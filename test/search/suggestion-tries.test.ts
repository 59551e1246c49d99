import assert from 'node:assert/strict';
import { MAX_SUGGESTIONS_TRIED } from '../../server/search/service.js';
import { takingTurns, triesInOrder } from '../../server/search/suggestion-tries.js';

// Review22a finding 2: a zero-hit query with two slips in a large vocabulary spent its 12 tries
// on the first word's swaps (up to 8 in a row) and a few of the second's; the two slips swapped
// together and the query without its requirements were never tried.

const swapsOf = (word: string, n: number) => Array.from({ length: n }, (_, i) => `${word}${i} other words`);

describe('the order of a zero-hit search’s tries (review22a finding 2)', () => {
  it('takes turns across lists of any lengths', () => {
    assert.deepEqual([...takingTurns([['a1', 'a2', 'a3'], [], ['c1'], ['d1', 'd2']])], ['a1', 'c1', 'd1', 'a2', 'd2', 'a3']);
    assert.deepEqual([...takingTurns<string>([])], []);
  });

  it('two slips with 8 swaps each: each word gets its turn, and the together swap and the loosened query are tried', () => {
    const a = swapsOf('a', 8);
    const b = swapsOf('b', 8);
    const tries = triesInOrder('+protectoin +civilans +camps', [a, b], ['protection civilians camps', 'protectoin civilans camps'], MAX_SUGGESTIONS_TRIED);
    assert.equal(tries.length, MAX_SUGGESTIONS_TRIED);
    assert.deepEqual(tries.slice(0, 10), [a[0], b[0], a[1], b[1], a[2], b[2], a[3], b[3], a[4], b[4]]);
    assert.deepEqual(tries.slice(10), ['protection civilians camps', 'protectoin civilans camps']);
  });

  it('one slip: its swaps in their order, then the rest, as before', () => {
    const a = swapsOf('a', 8);
    assert.deepEqual(triesInOrder('+protectoin +camps', [a], ['protectoin camps'], MAX_SUGGESTIONS_TRIED), [...a, 'protectoin camps']);
  });

  it('tries no query twice, nor the search’s own (without case), and never more than the limit', () => {
    const tries = triesInOrder('UNMIZ mines', [['UNMIZ MINES', 'UNMIT mines', 'unmit MINES', 'UNMIK mines']], ['UNMIK mines'], 2);
    assert.deepEqual(tries, ['UNMIT mines', 'UNMIK mines']);
    assert.deepEqual(triesInOrder('x', [swapsOf('a', 3)], ['y', 'z'], 1), ['y']);
    assert.deepEqual(triesInOrder('x', [], [], 12), []);
  });
});
