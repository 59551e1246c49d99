import assert from 'node:assert/strict';
import type { DocumentRecord, Passage } from '../../core/types.js';
import { MemoryPassageStore } from '../../core/passage-store.js';
import { loadTaxonomy } from '../../core/taxonomy.js';
import { ENGINE_MODULES } from '../../core/engines/registry.js';
import { FacetIndex } from '../../server/search/facets.js';
import { Vocabulary } from '../../server/search/vocabulary.js';
import { runSearch, type SearchContext } from '../../server/search/service.js';

// An acronym's expansion is a name: the passages saying it as written ("Responsibility to
// protect") and those saying the acronym rank above one holding its words in another
// inflection ("responsibilities to protect civilians"), on every engine (user review 16, finding 7).

const doc = (id: string): DocumentRecord => ({
  id, csl: { id, type: 'report', title: id, author: [{ family: 'Smith', given: 'Ann' }] }, provenance: {}, file: `${id}.txt`, format: 'txt', hash: '',
  pages: null, pageLabels: null, passageCount: 0, tags: { actor: [], theme: [], place: [], kind: [] }, furniture: { removed: 0, kinds: {} }, outline: [],
});
const texts = [
  // short, and its words twice: the engine alone scores it above the name said once in a long passage
  'States have responsibilities to protect civilians, responsibilities to protect them all.',
  'Interviewees cited several frameworks that overlap and compete for attention in the field, among them the protection of civilians agenda of the Council, the 2005 Responsibility to protect commitment of member states, and the centrality of protection in humanitarian action.',
  'Several states invoked R2P in the debate on the mandate renewal and the situation in the country.',
  ...Array.from({ length: 30 }, (_, i) => `Field report ${i} on camps, shelter and food distribution.`),
];
const passages: Passage[] = texts.map((text, i) => ({
  id: `p${i}`, doc: `d${Math.floor(i / 5)}`, ordinal: i, block: i, text, section: [], page: null, physicalPage: null, start: 0, end: text.length,
  kind: 'finding', blockType: 'paragraph', actors: [], themes: [], places: [], evidence: [],
}));
const documents = new Map([...new Set(passages.map((p) => p.doc))].map((d) => [d, doc(d)]));

function context(engineName: keyof typeof ENGINE_MODULES): SearchContext {
  const store = new MemoryPassageStore(passages);
  const engine = ENGINE_MODULES[engineName].inMemory(passages.map((p, ordinal) => ({ ordinal, text: p.text, section: '', title: p.doc, author: 'Ann Smith' })));
  const synonyms = new Map([['r2p', ['responsibility to protect']], ['responsibility to protect', ['r2p']]]);
  return { passages: store, documents, engine, facets: new FacetIndex(store, documents, loadTaxonomy()), vocabulary: new Vocabulary([]), synonyms, citing: new Map() };
}

const order = (ctx: SearchContext, q: string) => runSearch(ctx, { q, filters: {}, page: 1, size: 10, sort: 'relevance', perDoc: 0, snippets: false }).hits.map((h) => h.passage.id);

describe('an acronym’s expansion through the search service', () => {
  for (const name of Object.keys(ENGINE_MODULES) as (keyof typeof ENGINE_MODULES)[]) {
    it(`ranks the acronym and its name as written above the name's words inflected (${name})`, () => {
      const ctx = context(name);
      const got = order(ctx, 'R2P');
      assert.deepEqual(new Set(got.slice(0, 2)), new Set(['p1', 'p2']), `${name}: ${got.join(' ')}`);
      assert.equal(got[2], 'p0', name);
    });
  }
});
