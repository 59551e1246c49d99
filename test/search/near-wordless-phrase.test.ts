import assert from 'node:assert/strict';
import { ENGINE_NAMES, fixtureContext, fixtureLibrary } from '../helpers/service-fixture.js';
import { runSearch, type SearchRequest } from '../../server/search/service.js';

// A quoted phrase with no word in it ("* * * *") left the near-match fill (SearchRequest.near)
// a query of no words, which browses every passage: twenty passages at random, marked near, under
// a total of 0 (found by the property fuzz, fuzz30).

const texts = ['Protection of civilians in the north.', 'Humanitarian access was denied.', 'The convoy reached the camp.', 'Protected areas and their guards.', 'A bottom-up and localised approach.'];
const request = (q: string): SearchRequest => ({ q, filters: {}, page: 1, size: 20, sort: 'relevance', perDoc: 0, near: true });

describe('a quoted phrase of no words has no near matches (fuzz30)', () => {
  for (const name of ENGINE_NAMES) {
    it(`${name}: "* * * *", "*~ ^" find nothing near; a phrase with words still has its near matches`, () => {
      const ctx = fixtureContext(fixtureLibrary(texts), name);
      for (const q of ['"* * * *"', '"*~ ^"', '"*"']) {
        const r = runSearch(ctx, request(q));
        assert.equal(r.total, 0, q);
        assert.deepEqual(r.hits.map((h) => h.passage.id), [], q);
      }
      const r = runSearch(ctx, request('"bottom-up localised approach"'));
      assert.ok(r.hits.some((h) => h.near && h.passage.id === 'p4'), JSON.stringify(r.hits.map((h) => h.passage.id)));
    });
  }
});
