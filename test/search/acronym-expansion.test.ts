import assert from 'node:assert/strict';
import { ENGINE_NAMES, fixtureContext, fixtureLibrary, type EngineName } from '../helpers/service-fixture.js';
import { runSearch, type SearchContext } from '../../server/search/service.js';

// An acronym's expansion is a name: the passages saying it as written ("Responsibility to
// protect") and those saying the acronym rank above one holding its words in another
// inflection ("responsibilities to protect civilians"), on every engine (user review 16, finding 7).

const texts = [
  // short, and its words twice: the engine alone scores it above the name said once in a long passage
  'States have responsibilities to protect civilians, responsibilities to protect them all.',
  'Interviewees cited several frameworks that overlap and compete for attention in the field, among them the protection of civilians agenda of the Council, the 2005 Responsibility to protect commitment of member states, and the centrality of protection in humanitarian action.',
  'Several states invoked R2P in the debate on the mandate renewal and the situation in the country.',
  ...Array.from({ length: 30 }, (_, i) => `Field report ${i} on camps, shelter and food distribution.`),
];
const library = fixtureLibrary(texts);

const synonyms = new Map([['r2p', ['responsibility to protect']], ['responsibility to protect', ['r2p']]]);
const context = (engineName: EngineName): SearchContext => fixtureContext(library, engineName, { synonyms });

const order = (ctx: SearchContext, q: string) => runSearch(ctx, { q, filters: {}, page: 1, size: 10, sort: 'relevance', perDoc: 0, snippets: false }).hits.map((h) => h.passage.id);

describe('an acronym’s expansion through the search service', () => {
  for (const name of ENGINE_NAMES) {
    it(`ranks the acronym and its name as written above the name's words inflected (${name})`, () => {
      const ctx = context(name);
      const got = order(ctx, 'R2P');
      assert.deepEqual(new Set(got.slice(0, 2)), new Set(['p1', 'p2']), `${name}: ${got.join(' ')}`);
      assert.equal(got[2], 'p0', name);
    });
  }
});
