import assert from 'node:assert/strict';
import { ENGINE_NAMES, fixtureContext, fixtureLibrary, type EngineName } from '../helpers/service-fixture.js';
import { runSearch, type SearchContext, type SearchRequest } from '../../server/search/service.js';

// A question's framing words ("start", "now") are still searched where they are words of a name
// typed capitalised (review16 finding 4): through the service, on every engine.

const texts = [
  'The Start Fund releases money to its members within 72 hours of an alert.',
  'The Start Network is a group of aid agencies that share a fund.',
  'The Now or Never campaign asked donors to fund famine relief.',
  ...Array.from({ length: 12 }, (_, i) => `A pooled fund ${i} and its network of partners work on famine and relief now and then.`),
];
const library = fixtureLibrary(texts);

const context = (engineName: EngineName): SearchContext => fixtureContext(library, engineName);

const request = (q: string): SearchRequest => ({ q, filters: {}, page: 1, size: 5, sort: 'relevance', perDoc: 0, snippets: false });

describe('questions about a named body, through the search service', () => {
  for (const name of ENGINE_NAMES) {
    it(`searches the words of a name typed capitalised, and finds the body first (${name})`, () => {
      const ctx = context(name);
      for (const [q, first, kept] of [
        ['how does the Start Fund work?', 'p0', ['start']],
        ['what is the Start Network?', 'p1', ['start']],
        ['what was the Now or Never campaign?', 'p2', ['now']],
      ] as const) {
        const r = runSearch(ctx, request(q));
        for (const w of kept) assert.ok(!(r.query.ignored ?? []).includes(w), `${q}: "${w}" dropped`);
        assert.equal(r.hits[0]?.passage.id, first, q);
      }
      // typed in lower case, "start" frames the question as before
      assert.ok(runSearch(ctx, request('how does the start fund work?')).query.ignored?.includes('start'));
    });
  }
});
