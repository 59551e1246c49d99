import assert from 'node:assert/strict';
import type { DocumentRecord, Passage } from '../../core/types.js';
import { MemoryPassageStore } from '../../core/passage-store.js';
import { loadTaxonomy } from '../../core/taxonomy.js';
import { ENGINE_MODULES } from '../../core/engines/registry.js';
import { FacetIndex } from '../../server/search/facets.js';
import { Vocabulary } from '../../server/search/vocabulary.js';
import { runSearch, type SearchContext, type SearchRequest } from '../../server/search/service.js';

// A question's framing words ("start", "now") are still searched where they are words of a name
// typed capitalised (review16 finding 4): through the service, on every engine.

const doc = (id: string): DocumentRecord => ({
  id, csl: { id, type: 'report', title: id, author: [{ family: 'Smith', given: 'Ann' }] }, provenance: {}, file: `${id}.txt`, format: 'txt', hash: '',
  pages: null, pageLabels: null, passageCount: 0, tags: { actor: [], theme: [], place: [], kind: [] }, furniture: { removed: 0, kinds: {} }, outline: [],
});
const texts = [
  'The Start Fund releases money to its members within 72 hours of an alert.',
  'The Start Network is a group of aid agencies that share a fund.',
  'The Now or Never campaign asked donors to fund famine relief.',
  ...Array.from({ length: 12 }, (_, i) => `A pooled fund ${i} and its network of partners work on famine and relief now and then.`),
];
const passages: Passage[] = texts.map((text, i) => ({
  id: `p${i}`, doc: `d${Math.floor(i / 5)}`, ordinal: i, block: i, text, section: [], page: null, physicalPage: null, start: 0, end: text.length,
  kind: 'finding', blockType: 'paragraph', actors: [], themes: [], places: [], evidence: [],
}));
const documents = new Map([...new Set(passages.map((p) => p.doc))].map((d) => [d, doc(d)]));

function context(engineName: keyof typeof ENGINE_MODULES): SearchContext {
  const store = new MemoryPassageStore(passages);
  const engine = ENGINE_MODULES[engineName].inMemory(passages.map((p, ordinal) => ({ ordinal, text: p.text, section: '', title: p.doc, author: 'Ann Smith' })));
  return { passages: store, documents, engine, facets: new FacetIndex(store, documents, loadTaxonomy()), vocabulary: new Vocabulary([]), synonyms: new Map(), citing: new Map() };
}

const request = (q: string): SearchRequest => ({ q, filters: {}, page: 1, size: 5, sort: 'relevance', perDoc: 0, snippets: false });

describe('questions about a named body, through the search service', () => {
  for (const name of Object.keys(ENGINE_MODULES) as (keyof typeof ENGINE_MODULES)[]) {
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
