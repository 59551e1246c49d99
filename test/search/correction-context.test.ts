import assert from 'node:assert/strict';
import type { DocumentRecord, Passage } from '../../core/types.js';
import { MemoryPassageStore } from '../../core/passage-store.js';
import { loadTaxonomy } from '../../core/taxonomy.js';
import { ENGINE_MODULES } from '../../core/engines/registry.js';
import { FacetIndex } from '../../server/search/facets.js';
import { Vocabulary } from '../../server/search/vocabulary.js';
import { runSearch, type SearchContext, type SearchRequest } from '../../server/search/service.js';
import { corpusWords } from '../../indexer/build-vocab.js';
import { correctionInContext, type CorrectionRivals } from '../../server/search/correction-context.js';

// A typo's correction chosen with the query's other words in view (issue 14, search21): "Boutros
// Gali" was corrected to "Mali", the more frequent of two words one edit away, and the search
// answered about peace operations in Mali.

describe('a correction chosen with the rest of the query (correction-context.ts)', () => {
  const rivals = (nearest: string[], pairs: string[], counts: Record<string, number> = {}): CorrectionRivals => ({
    nearest: () => nearest,
    together: (a, b) => pairs.includes(`${a} ${b}`),
    count: (w) => counts[w] ?? 1,
  });
  it('takes the equally close word found with more of the other words', () => {
    assert.equal(correctionInContext('gali', 'mali', ['boutros', 'agenda', 'peace'], rivals(['mali', 'ghali'], ['mali peace', 'ghali boutros', 'ghali agenda', 'ghali peace'])), 'ghali');
  });
  it('keeps the vocabulary’s choice on a tie, alone in the query, or against a farther word', () => {
    assert.equal(correctionInContext('gali', 'mali', ['peace'], rivals(['mali', 'ghali'], ['mali peace', 'ghali peace'])), 'mali');
    assert.equal(correctionInContext('gali', 'mali', [], rivals(['mali', 'ghali'], ['ghali boutros'])), 'mali');
    // "gallery" is farther from "gali" than "mali": it never competes
    assert.equal(correctionInContext('gali', 'mali', ['boutros'], rivals(['mali', 'gallery'], ['gallery boutros'])), 'mali');
  });
  it('takes a closer rival than the vocabulary’s choice (a part of a hyphenated word), with or without other words, unless the choice is used far more', () => {
    // "terrorrism": "terrorist" is two edits away, the "terrorism" of "counter-terrorism" one
    assert.equal(correctionInContext('terrorrism', 'terrorist', [], rivals(['terrorist', 'terrorism'], [])), 'terrorism');
    assert.equal(correctionInContext('terrorrism', 'terrorist', ['legislation'], rivals(['terrorist', 'terrorism'], ['terrorist legislation'])), 'terrorism');
    // "goverment": a document's own slip "govermnent" is one edit away, but "government" is used 20 times as often (vocabulary.ts FAR_MORE)
    assert.equal(correctionInContext('goverment', 'government', [], rivals(['govermnent', 'government'], [], { government: 40, govermnent: 2 })), 'government');
  });
});

const doc = (id: string): DocumentRecord => ({
  id, csl: { id, type: 'report', title: id, author: [{ family: 'Doe', given: 'Jane' }] }, provenance: {}, file: `${id}.txt`, format: 'txt', hash: '',
  pages: null, pageLabels: null, passageCount: 0, tags: { actor: [], theme: [], place: [], kind: [] }, furniture: { removed: 0, kinds: {} }, outline: [],
});
const texts = [
  'The first agenda was outlined in Boutros-Ghali’s Agenda for Peace in 1992.',
  ...Array.from({ length: 8 }, (_, i) => `MINUSMA in Mali faced attacks on peacekeepers in district ${i}.`),
  // "wolud": "would" (a stop word the index leaves out) and the name "Wolu" are one edit away (review21c)
  ...Array.from({ length: 3 }, (_, i) => `The mission would need support ${i}.`),
  'Wolu district hosted the mission.',
];
const passages: Passage[] = texts.map((text, i) => ({
  id: `p${i}`, doc: 'd', ordinal: i, block: i, text, section: [], page: null, physicalPage: null, start: 0, end: text.length,
  kind: 'finding', blockType: 'paragraph', actors: [], themes: [], places: [], evidence: [],
}));
const documents = new Map([['d', doc('d')]]);

function context(engineName: keyof typeof ENGINE_MODULES): SearchContext {
  const store = new MemoryPassageStore(passages);
  const engine = ENGINE_MODULES[engineName].inMemory(passages.map((p, ordinal) => ({ ordinal, text: p.text, section: '', title: p.doc, author: 'Jane Doe' })));
  const counts = new Map<string, number>();
  for (const t of texts) for (const w of corpusWords(t)) counts.set(w, (counts.get(w) ?? 0) + 1);
  return { passages: store, documents, engine, facets: new FacetIndex(store, documents, loadTaxonomy()), vocabulary: new Vocabulary([...counts]), synonyms: new Map(), citing: new Map() };
}
const request = (q: string): SearchRequest => ({ q, filters: {}, page: 1, size: 50, sort: 'relevance', perDoc: 0 });

describe('corrections beside a hyphenated name, through the search service', () => {
  for (const name of Object.keys(ENGINE_MODULES) as (keyof typeof ENGINE_MODULES)[]) {
    it(`${name}: "Boutros Gali" is corrected to the part of "Boutros-Ghali", not to the more frequent "Mali"`, () => {
      const ctx = context(name);
      const r = runSearch(ctx, request('Boutros Gali Agenda for Peace'));
      assert.equal(r.query.correctedQuery, 'Boutros Ghali Agenda for Peace');
      assert.equal(r.hits[0].passage.id, 'p0');
      // typed right, the part of a hyphenated name is no typo; alone, "Gali" is still "Mali"
      assert.equal(runSearch(ctx, request('Boutros Ghali')).query.correctedQuery, undefined);
      assert.equal(runSearch(ctx, request('Gali')).query.correctedQuery, 'Mali');
    });
  }
});

describe('a correction the index does not hold, and what weighing costs (review21c)', () => {
  for (const name of Object.keys(ENGINE_MODULES) as (keyof typeof ENGINE_MODULES)[]) {
    it(`${name}: a stop word chosen by the vocabulary is not outweighed by a rival ("wolud" is "would", not the name "Wolu")`, () => {
      // "would" shares no passage with "mission" as the index sees it (stop words are not
      // indexed), so any rival that does would have won: "wolud" → *wolu*, "sould" → *souls*
      assert.equal(runSearch(context(name), request('wolud mission')).query.correctedQuery, 'would mission');
    });
  }
  it('fts5: whether two words share a passage is asked without scoring their matches', () => {
    const ctx = context('fts5');
    const pairs: string[] = [];
    const search = ctx.engine.search.bind(ctx.engine);
    ctx.engine.search = (clauses) => {
      if (clauses.length === 2 && clauses.every((c) => c.presence === 'required')) pairs.push(clauses.map((c) => c.term).join(' '));
      return search(clauses);
    };
    assert.equal(runSearch(ctx, request('Boutros Gali Agenda for Peace')).query.correctedQuery, 'Boutros Ghali Agenda for Peace');
    assert.deepEqual(pairs, []);
  });
});
