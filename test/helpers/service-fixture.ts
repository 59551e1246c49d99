import type { DocumentRecord, Passage } from '../../core/types.js';
import { MemoryPassageStore } from '../../core/passage-store.js';
import { loadTaxonomy } from '../../core/taxonomy.js';
import { ENGINE_MODULES } from '../../core/engines/registry.js';
import { FacetIndex } from '../../server/search/facets.js';
import { Vocabulary } from '../../server/search/vocabulary.js';
import type { SearchContext } from '../../server/search/service.js';

// Tests that drive the search service over a handful of sentences, on every engine, need the
// same small library around them: five passages a document, one author, nothing tagged.

export type EngineName = keyof typeof ENGINE_MODULES;
export const ENGINE_NAMES = Object.keys(ENGINE_MODULES) as EngineName[];

const fixtureDocument = (id: string): DocumentRecord => ({
  id, csl: { id, type: 'report', title: id, author: [{ family: 'Smith', given: 'Ann' }] }, provenance: {}, file: `${id}.txt`, format: 'txt', hash: '',
  pages: null, pageLabels: null, passageCount: 0, tags: { actor: [], theme: [], place: [], kind: [] }, furniture: { removed: 0, kinds: {} }, outline: [],
});

/** The texts as untagged passages p0, p1 … of documents d0, d1 … (five a document), and those documents. */
export function fixtureLibrary(texts: readonly string[]): { passages: Passage[]; documents: Map<string, DocumentRecord> } {
  const passages: Passage[] = texts.map((text, i) => ({
    id: `p${i}`, doc: `d${Math.floor(i / 5)}`, ordinal: i, block: i, text, section: [], page: null, physicalPage: null, start: 0, end: text.length,
    kind: 'finding', blockType: 'paragraph', actors: [], themes: [], places: [], evidence: [],
  }));
  const documents = new Map([...new Set(passages.map((p) => p.doc))].map((d) => [d, fixtureDocument(d)]));
  return { passages, documents };
}

/** A search context over the library with the engine's in-memory index; `store` lets a test watch what is read. */
export function fixtureContext(
  library: { passages: Passage[]; documents: Map<string, DocumentRecord> },
  engineName: EngineName,
  options: { synonyms?: Map<string, string[]>; store?: MemoryPassageStore } = {},
): SearchContext {
  const { passages, documents } = library;
  const store = options.store ?? new MemoryPassageStore(passages);
  const engine = ENGINE_MODULES[engineName].inMemory(passages.map((p, ordinal) => ({ ordinal, text: p.text, section: '', title: p.doc, author: 'Ann Smith' })));
  return { passages: store, documents, engine, facets: new FacetIndex(store, documents, loadTaxonomy()), vocabulary: new Vocabulary([]), synonyms: options.synonyms ?? new Map(), citing: new Map() };
}
