import assert from 'node:assert/strict';
import { ENGINE_NAMES, fixtureContext, fixtureLibrary } from '../helpers/service-fixture.js';
import { runSearch } from '../../server/search/service.js';

// review37 of 6da3af1: the query loosened keeps a word's `*`, but a `*` standing alone is no
// word's: `"*"` that found nothing was offered `*` (every passage), `"protection *"` offered
// `protection *` (before 6da3af1, "protection " with a space at its end).

const texts = ['Protection of civilians in the north.', 'Humanitarian access was denied.', 'The convoy reached the camp.', 'Protected areas and their guards.', 'A note on * marks.'];

const offered = (name: (typeof ENGINE_NAMES)[number], q: string): string[] => {
  const ctx = fixtureContext(fixtureLibrary(texts), name);
  const r = runSearch(ctx, { q, filters: {}, page: 1, size: 40, sort: 'relevance', perDoc: 0 });
  assert.equal(r.hits.filter((h) => !h.near).length, 0, q);
  return (r.query.suggestions ?? []).map((s) => s.q);
};

describe('a lone * in a quoted query is no word of the query loosened (review37)', () => {
  for (const name of ENGINE_NAMES) {
    it(`${name}: offers no bare * and no loosened query of stars alone`, () => {
      assert.deepEqual(offered(name, '"*"'), []);
      assert.deepEqual(offered(name, '"* * * * * *"'), []);
      const some = offered(name, '"protection *"');
      assert.ok(some.includes('protection'), JSON.stringify(some));
      assert.ok(!some.some((q) => /(^|\s)\*|\s$/.test(q)), JSON.stringify(some));
      // a word's own * stays, one of them
      const civ = offered(name, '"protection civ**"');
      assert.ok(civ.includes('protection civ*'), JSON.stringify(civ));
    });
  }
});
