import assert from 'node:assert/strict';
import { ENGINE_MODULES } from '../../core/engines/registry.js';
import { literalTerm } from '../../core/engines/literal-term.js';
import { ENGINE_NAMES, fixtureContext, fixtureLibrary } from '../helpers/service-fixture.js';
import { runSearch, type SearchRequest } from '../../server/search/service.js';

// A `*` in a word searched as typed (inside quotes, or an alternative) is no wildcard: lunr read
// one anywhere in a term as one, so `"*"` walked the whole dictionary, uncounted by the query
// limits (0.4 s of CPU on the bundled corpus, 1 s for `"* * * * * *"`; found by the property
// fuzz, fuzz30), and `"prot*"` found "protection" as a prefix would.

const texts = ['Protection of civilians in the north.', 'Humanitarian access was denied.', 'The convoy reached the camp.', 'Protected areas and their guards.', 'A note on * marks.'];

describe('a * in a word searched as typed is not a wildcard (fuzz30)', () => {
  it('literalTerm takes the stars off a word\'s ends, as the index trimmed its tokens, drops one with a * inside, and leaves the rest to the pipeline', () => {
    assert.equal(literalTerm('*'), '');
    assert.equal(literalTerm('prot*'), 'prot');
    assert.equal(literalTerm('**civilians**'), 'civilians');
    assert.equal(literalTerm('a*b'), '');
    assert.equal(literalTerm('civilians'), 'civilians');
    assert.equal(literalTerm('co₂'), 'co₂');
  });

  it('lunr finds nothing for a required "*" or "prot*" not marked wildcard, and still expands one marked', () => {
    const engine = ENGINE_MODULES.lunr.inMemory(texts.map((text, ordinal) => ({ ordinal, text, section: '', title: 'd', author: 'Ann Smith' })));
    assert.equal(engine.search([{ term: '*', presence: 'required' }]).size, 0);
    assert.equal(engine.search([{ term: 'prot*', presence: 'required' }]).size, 0);
    assert.deepEqual([...engine.search([{ term: 'prot*', presence: 'required', wildcard: true }]).keys()].sort(), [0, 3]);
  });

  for (const name of ENGINE_NAMES) {
    it(`${name}: a quoted phrase with a * that finds nothing is offered loosened with the * as a wildcard, not cut off`, () => {
      const ctx = fixtureContext(fixtureLibrary(texts), name);
      const r = runSearch(ctx, { q: '"protection civ*"', filters: {}, page: 1, size: 40, sort: 'relevance', perDoc: 0 });
      assert.equal(r.hits.filter((h) => !h.near).length, 0);
      const offered = (r.query.suggestions ?? []).map((s) => s.q);
      assert.ok(offered.includes('protection civ*'), JSON.stringify(offered));
      assert.ok(!offered.includes('protection civ'), JSON.stringify(offered));
    });
  }

  for (const name of ENGINE_NAMES) {
    it(`${name}: a quoted "prot*" or "*" matches no passage as a phrase, alike on both engines`, () => {
      const ctx = fixtureContext(fixtureLibrary(texts), name);
      const request = (q: string): SearchRequest => ({ q, filters: {}, page: 1, size: 40, sort: 'relevance', perDoc: 0 });
      for (const q of ['"prot*"', '"*"', '"* * * *"', '"*"*"*"*']) {
        const r = runSearch(ctx, request(q));
        assert.equal(r.hits.filter((h) => !h.near).length, 0, `${q}: ${JSON.stringify(r.hits.map((h) => h.passage.text))}`);
      }
    });
  }
});
