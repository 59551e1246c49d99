import assert from 'node:assert/strict';
import type { DocumentRecord, Passage } from '../../core/types.js';
import { MemoryPassageStore } from '../../core/passage-store.js';
import { loadTaxonomy } from '../../core/taxonomy.js';
import { ENGINE_MODULES } from '../../core/engines/registry.js';
import { FacetIndex } from '../../server/search/facets.js';
import { Vocabulary } from '../../server/search/vocabulary.js';
import { runSearch, type SearchContext, type SearchRequest } from '../../server/search/service.js';
import { corpusWords } from '../../indexer/build-vocab.js';

// French and other non-English text through the search service on every engine, as a user
// found it (userreview11): "L’accès" was one token, so "accès" found nothing in a French report
// and was "corrected" to "access", quoted or not; full-width letters found nothing.

const doc = (id: string): DocumentRecord => ({
  id, csl: { id, type: 'report', title: id, author: [{ family: 'Lefèvre', given: 'Élodie' }] }, provenance: {}, file: `${id}.txt`, format: 'txt', hash: '',
  pages: null, pageLabels: null, passageCount: 0, tags: { actor: [], theme: [], place: [], kind: [] }, furniture: { removed: 0, kinds: {} }, outline: [],
});
const texts = [
  'L’accès humanitaire au Mali et au Burkina Faso s’est détérioré en 2021.',
  'Le recrutement d’enfants par les groupes armés a augmenté ; OCHA recommande une négociation coordonnée de l’accès.',
  "Côte d'Ivoire hosted refugees from Liberia.",
  'Refugees in Côte d’Ivoire asked for humanitarian access.',
  ...Array.from({ length: 12 }, (_, i) => `Humanitarian access was negotiated in district ${i} and access improved.`),
];
const passages: Passage[] = texts.map((text, i) => ({
  id: `p${i}`, doc: i < 2 ? 'fr' : 'en', ordinal: i, block: i, text, section: [], page: null, physicalPage: null, start: 0, end: text.length,
  kind: 'finding', blockType: 'paragraph', actors: [], themes: [], places: [], evidence: [],
}));
const documents = new Map([...new Set(passages.map((p) => p.doc))].map((d) => [d, doc(d)]));

function context(engineName: keyof typeof ENGINE_MODULES): SearchContext {
  const store = new MemoryPassageStore(passages);
  const engine = ENGINE_MODULES[engineName].inMemory(passages.map((p, ordinal) => ({ ordinal, text: p.text, section: '', title: p.doc, author: 'Élodie Lefèvre' })));
  const counts = new Map<string, number>();
  for (const t of texts) for (const w of corpusWords(t)) counts.set(w, (counts.get(w) ?? 0) + 1);
  return { passages: store, documents, engine, facets: new FacetIndex(store, documents, loadTaxonomy()), vocabulary: new Vocabulary([...counts]), synonyms: new Map(), citing: new Map() };
}

const request = (q: string): SearchRequest => ({ q, filters: {}, page: 1, size: 50, sort: 'relevance', perDoc: 0, snippets: true });
const engines = Object.keys(ENGINE_MODULES) as (keyof typeof ENGINE_MODULES)[];

describe('French text and other scripts through the search service (userreview11)', () => {
  it('finds a word behind an elided article ("accès" in "L’accès", "enfants" in "d’enfants"), marks the word, and corrects nothing', () => {
    for (const name of engines) {
      const ctx = context(name);
      for (const q of ['accès', 'acces', '"accès"', "l'accès", 'l’accès', 'Accès']) {
        const r = runSearch(ctx, request(q));
        assert.deepEqual(r.hits.map((h) => h.passage.id).sort(), ['p0', 'p1'], `${name} ${q}`);
        assert.equal(r.query.correctedQuery, undefined, `${name} ${q}`);
      }
      const r = runSearch(ctx, request('enfants'));
      assert.deepEqual(r.hits.map((h) => h.passage.id), ['p1'], name);
      assert.match(r.hits[0].snippet, /d’<mark>enfants<\/mark>/);
    }
  });

  it('finds "Côte d\'Ivoire" as a phrase and as typed, with either apostrophe, and "Ivoire" alone', () => {
    for (const name of engines) {
      const ctx = context(name);
      for (const q of ['"Côte d\'Ivoire"', '"Côte d’Ivoire"', '"Cote d\'Ivoire"', "Côte d'Ivoire", 'Ivoire']) {
        assert.deepEqual(runSearch(ctx, request(q)).hits.map((h) => h.passage.id).sort(), ['p2', 'p3'], `${name} ${q}`);
      }
    }
  });

  it('never corrects a quoted word, and reads full-width letters as letters', () => {
    for (const name of engines) {
      const ctx = context(name);
      // "accesss" is no corpus word and "access" is: corrected unquoted, left as typed quoted
      assert.equal(runSearch(ctx, request('accesss')).query.correctedQuery, 'access', name);
      const quoted = runSearch(ctx, request('"accesss"'));
      assert.equal(quoted.query.correctedQuery, undefined, name);
      assert.equal(quoted.total, 0, name);
      assert.equal(runSearch(ctx, request('Ａｃｃｅｓｓ')).total, 13, name);
    }
  });
});

describe('French and Spanish questions through the search service (userreview20b)', () => {
  const frTexts = [
    'Les obligations des parties au conflit comprennent la protection du personnel humanitaire.',
    'Les bailleurs de fonds hésitent à soutenir les négociations humanitaires au Mali.',
    'Las obligaciones de los Estados incluyen buscar a las personas desaparecidas.',
    'Attacks on hospitals were reported; the African Union (AU) condemned them.',
    ...Array.from({ length: 6 }, (_, i) => `The fuelled conflict and relief efforts continued in district ${i}.`),
  ];
  const ps: Passage[] = frTexts.map((text, i) => ({
    id: `q${i}`, doc: 'mix', ordinal: i, block: i, text, section: [], page: null, physicalPage: null, start: 0, end: text.length,
    kind: 'finding', blockType: 'paragraph', actors: [], themes: [], places: [], evidence: [],
  }));
  const frCtx = (name: keyof typeof ENGINE_MODULES): SearchContext => {
    const store = new MemoryPassageStore(ps);
    const engine = ENGINE_MODULES[name].inMemory(ps.map((p, ordinal) => ({ ordinal, text: p.text, section: '', title: 'mix', author: '' })));
    const counts = new Map<string, number>();
    for (const t of frTexts) for (const w of corpusWords(t)) counts.set(w, (counts.get(w) ?? 0) + 1);
    const docs = new Map([['mix', doc('mix')]]);
    return { passages: store, documents: docs, engine, facets: new FacetIndex(store, docs, loadTaxonomy()), vocabulary: new Vocabulary([...counts]), synonyms: new Map([['au', ['african union']]]), citing: new Map() };
  };

  it('searches a French question for its content words: no "fuelled", no African Union, no marked "les"', () => {
    for (const name of engines) {
      const r = runSearch(frCtx(name), request('quelles sont les obligations des parties au conflit'));
      assert.equal(r.query.correctedQuery, undefined, name);
      assert.equal(r.query.expansions, undefined, name);
      assert.deepEqual(r.query.ignored, ['quelles', 'sont', 'les', 'des', 'au'], name);
      assert.equal(r.hits[0].passage.id, 'q0', name);
      assert.doesNotMatch(r.hits[0].snippet, /<mark>(?:Les|des|au)<\/mark>/, name);
    }
  });

  it('searches a Spanish question for its content words', () => {
    for (const name of engines) {
      const r = runSearch(frCtx(name), request('¿Cuáles son las obligaciones de los Estados?'));
      assert.equal(r.hits[0].passage.id, 'q2', name);
      assert.equal(r.query.correctedQuery, undefined, name);
    }
  });

  it('does not correct "effets" into "efforts" in a French query', () => {
    for (const name of engines) {
      assert.equal(runSearch(frCtx(name), request('les effets des sanctions')).query.correctedQuery, undefined, name);
    }
  });
});
