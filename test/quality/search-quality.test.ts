import assert from 'node:assert/strict';
import { corpusApi, loadQueries, scoreQueries, summarise, SEARCH_TARGETS, type QueryScore } from '../../eval/search.js';

// The graded queries of the tuning half (test/labels/queries.json), as npm run eval measures
// them through the JSON API. The held-out half is scored by npm run eval only.
describe('search quality on the labelled queries', function () {
  this.timeout(120_000);
  let scores: QueryScore[];
  before(async () => {
    const api = await corpusApi();
    try {
      scores = await scoreQueries(api, await loadQueries());
    } finally {
      await api.close();
    }
  });

  it('has at least 30 queries, every relevant passage found in the index', () => {
    assert.ok(scores.length >= 30);
    assert.deepEqual(scores.flatMap((s) => s.unmatched), []);
  });
  it(`mean nDCG@10 ≥ ${SEARCH_TARGETS.ndcg10} with all hits ranked`, () => {
    const mean = summarise(scores).ndcg10;
    assert.ok(mean >= SEARCH_TARGETS.ndcg10, mean.toFixed(3));
  });
  it('puts a relevant passage in the top three for most queries', () => {
    assert.ok(scores.filter((s) => s.rr >= 1 / 3).length >= scores.length * 0.9);
  });
});
