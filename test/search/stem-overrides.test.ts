import assert from 'node:assert/strict';
import type { DocumentRecord, Passage } from '../../core/types.js';
import { MemoryPassageStore } from '../../core/passage-store.js';
import { loadTaxonomy } from '../../core/taxonomy.js';
import { ENGINE_MODULES } from '../../core/engines/registry.js';
import { FacetIndex } from '../../server/search/facets.js';
import { Vocabulary } from '../../server/search/vocabulary.js';
import { runSearch, type SearchContext } from '../../server/search/service.js';
import { RANKING } from '../../server/search/ranking.js';

// The Porter stemmer makes "aide" "aid": a search for humanitarian aid found an aide-memoire's
// name on every passage that cites it. Both engines index and query through core/analysis.ts,
// whose stemmer keeps the overridden stems apart (core/nlp/stem-overrides.ts).
describe('stem overrides through the search service, on every engine', () => {
  const doc = (id: string): DocumentRecord => ({
    id, csl: { id, type: 'report', title: id }, provenance: {}, file: `${id}.txt`, format: 'txt', hash: '',
    pages: null, pageLabels: null, passageCount: 0, tags: { actor: [], theme: [], place: [], kind: [] }, furniture: { removed: 0, kinds: {} }, outline: [],
  });
  const texts = [
    'The Protection of Civilians aide-memoire lists the Council’s agreed language.',
    'Humanitarian aid reached the camps after the aid workers returned.',
    'The minister and her aides met the envoy.',
    'Several districts saw severe flooding.',
    ...Array.from({ length: 20 }, (_, i) => `Other work ${i} on shelter and camps.`),
  ];
  const passages: Passage[] = texts.map((text, i) => ({
    id: `p${i}`, doc: `d${i}`, ordinal: i, block: i, text, section: [], page: null, physicalPage: null, start: 0, end: text.length,
    kind: 'finding', blockType: 'paragraph', actors: [], themes: [], places: [], evidence: [],
  }));
  const documents = new Map(passages.map((p) => [p.doc, doc(p.doc)]));

  for (const name of Object.keys(ENGINE_MODULES) as (keyof typeof ENGINE_MODULES)[]) {
    it(`${name}: "aid" does not find an aide-memoire or an aide, which "aide-memoire" and "aides" still find, marked`, () => {
      const store = new MemoryPassageStore(passages);
      const engine = ENGINE_MODULES[name].inMemory(passages.map((p, ordinal) => ({ ordinal, text: p.text, section: '', title: '', author: '' })));
      const ctx: SearchContext = { passages: store, documents, engine, facets: new FacetIndex(store, documents, loadTaxonomy()), vocabulary: new Vocabulary([]), synonyms: new Map(), citing: new Map() };
      const run = (q: string) => runSearch(ctx, { q, filters: {}, page: 1, size: 10, sort: 'relevance', perDoc: 0 }, RANKING);
      const ids = (q: string) => run(q).hits.map((h) => h.passage.id);
      assert.deepEqual(ids('aid'), ['p1'], `${name}: "aid" is the help given, not an aide`);
      assert.deepEqual(ids('aided'), ['p1'], `${name}: inflections of aid still meet`);
      for (const q of ['aide-memoire', 'aide mémoire', '"aide memoire"']) {
        assert.equal(ids(q)[0], 'p0', `${name}: ${q}`);
        assert.ok(!ids(q).includes('p1'), `${name}: ${q} is no aid`);
      }
      assert.deepEqual(new Set(ids('aide')), new Set(['p0', 'p2']));
      assert.match(run('aide-memoire').hits[0].snippet, /<mark>aide<\/mark>-<mark>memoire<\/mark>/);
      assert.match(run('aid').hits[0].snippet, /Humanitarian <mark>aid<\/mark> reached/);
      assert.doesNotMatch(run('aid').hits[0].snippet, /<mark>aides?<\/mark>/);
      // another collision of the list: "several" is not "severe"
      assert.deepEqual(ids('severe'), ['p3']);
      assert.match(run('severe').hits[0].snippet, /^Several districts saw <mark>severe<\/mark>/);
    });
  }

  for (const name of Object.keys(ENGINE_MODULES) as (keyof typeof ENGINE_MODULES)[]) {
    it(`${name}: a Devanagari word one vowel sign off is corrected, and the corrected query says so whole`, () => {
      const hindi = ['शरणार्थी शिविरों में मानवीय सहायता पहुँचाई गई।', ...Array.from({ length: 5 }, (_, i) => `Other work ${i} on shelter.`)];
      const ps: Passage[] = hindi.map((text, i) => ({ ...passages[0], id: `h${i}`, doc: `h${i}`, ordinal: i, block: i, text, end: text.length }));
      const store = new MemoryPassageStore(ps);
      const engine = ENGINE_MODULES[name].inMemory(ps.map((p, ordinal) => ({ ordinal, text: p.text, section: '', title: '', author: '' })));
      const docs = new Map(ps.map((p) => [p.doc, doc(p.doc)]));
      const ctx: SearchContext = { passages: store, documents: docs, engine, facets: new FacetIndex(store, docs, loadTaxonomy()), vocabulary: new Vocabulary([['शरणार्थी', 3], ['शिविरों', 2]]), synonyms: new Map(), citing: new Map() };
      const r = runSearch(ctx, { q: 'शरणार्थि', filters: {}, page: 1, size: 10, sort: 'relevance', perDoc: 0 }, RANKING);
      assert.deepEqual(r.hits.map((h) => h.passage.id), ['h0']);
      assert.equal(r.query.correctedQuery, 'शरणार्थी', 'the whole word replaced, vowel sign and all');
    });
  }
});
