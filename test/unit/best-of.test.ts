import assert from 'node:assert/strict';
import { bestOf } from '../../core/best-of.js';

describe('the k best of n', () => {
  it('gives the indices of the best, best first, as a full sort would, and asks accept only of those that would enter', () => {
    const scores = [5, 1, 9, 3, 9, 7, 2, 8];
    // higher is better, ties by lower index
    const worse = (i: number, j: number) => scores[i] < scores[j] || (scores[i] === scores[j] && i > j);
    const sorted = scores.map((_, i) => i).sort((i, j) => (worse(i, j) ? 1 : -1));
    for (const k of [0, 1, 3, 8, 20]) assert.deepEqual(bestOf(scores.length, k, worse), sorted.slice(0, k));
    const asked: number[] = [];
    assert.deepEqual(bestOf(scores.length, 2, worse, (i) => (asked.push(i), i !== 2)), [4, 7]);
    assert.ok(!asked.includes(6), 'an item worse than the heap\'s worst is not asked about');
  });
});
