import assert from 'node:assert/strict';
import { corpusSnapshot, loadQueries, scoreQuery, type QueryScore } from '../../eval/search.js';

// The graded queries of test/labels/queries.json, as npm run eval measures them.
describe('search quality on the labelled queries', function () {
  this.timeout(120_000);
  let scores: QueryScore[];
  before(async () => {
    const { snap, cleanup } = await corpusSnapshot();
    scores = (await loadQueries()).map((q) => scoreQuery(snap, q));
    await cleanup();
  });

  it('has at least 30 queries, every relevant passage found in the index', () => {
    assert.ok(scores.length >= 30);
    assert.deepEqual(scores.flatMap((s) => s.unmatched), []);
  });
  it('mean nDCG@10 ≥ 0.85', () => {
    const mean = scores.reduce((a, s) => a + s.ndcg10, 0) / scores.length;
    assert.ok(mean >= 0.85, mean.toFixed(3));
  });
  it('puts a relevant passage in the top three for most queries', () => {
    assert.ok(scores.filter((s) => s.rr >= 1 / 3).length >= scores.length * 0.9);
  });
});
