import assert from 'node:assert/strict';
import { indexTerms } from '../../core/analysis.js';

describe('text analysis', () => {
  it('gives the same terms for a token seen before (its cache) as the first time, stop words and bare punctuation included', () => {
    const text = 'The peacekeepers were protecting civilians — and the civilians’ protection, (again).';
    const first = indexTerms(text);
    assert.deepEqual(first, ['peacekeep', 'protect', 'civilian', 'civilian', 'protect', 'again']);
    assert.deepEqual(indexTerms(text), first);
    assert.deepEqual(indexTerms('the — and'), []);
  });
});
