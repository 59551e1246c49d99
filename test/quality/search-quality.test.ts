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
  // The target (SEARCH_TARGETS, 0.85) is not met: since 33 blind-labelled queries joined the
  // tuning half it stands at 0.834, and npm run eval names it below target. This test guards
  // against falling further while the gap is worked on; raise the floor with every gain.
  const FLOOR = 0.83;
  it(`mean nDCG@10 ≥ ${FLOOR} with all hits ranked (target ${SEARCH_TARGETS.ndcg10}: see npm run eval)`, () => {
    const mean = summarise(scores).ndcg10;
    assert.ok(mean >= FLOOR, mean.toFixed(3));
  });
  it('puts a relevant passage in the top three for most queries', () => {
    assert.ok(scores.filter((s) => s.rr >= 1 / 3).length >= scores.length * 0.9);
  });
});
