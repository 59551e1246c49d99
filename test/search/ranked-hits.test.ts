import assert from 'node:assert/strict';
import type { DocumentRecord, Passage } from '../../core/types.js';
import { MemoryPassageStore } from '../../core/passage-store.js';
import { loadTaxonomy } from '../../core/taxonomy.js';
import { ENGINE_MODULES } from '../../core/engines/registry.js';
import type { SearchEngine } from '../../core/engines/engine.js';
import { FacetIndex } from '../../server/search/facets.js';
import { Vocabulary } from '../../server/search/vocabulary.js';
import { runSearch, synonymMap, type SearchContext, type SearchRequest } from '../../server/search/service.js';
import { RANKING } from '../../server/search/ranking.js';
import { rng } from '../helpers/fuzz.js';
import { Fts5Engine } from '../../core/engines/fts5.js';
import Database from 'better-sqlite3';
import type { StemIds } from '../../core/passage-store.js';
import { phraseRow, phraseToken } from '../../core/build/library-db.js';
import { decodeStemRun, STEM_RUNS_SCHEMA, StemRunsWriter } from '../../core/build/stem-runs.js';

// The search through an engine's RankedSearch (the best matches ranked in the engine, the rest
// as membership) answers as the search that scores every match in JavaScript: the same totals,
// facet counts, order, scores, grouping and pages, with filters, exclusions and rewordings.

const WORDS = ['protection', 'civilians', 'security', 'council', 'mandate', 'advocacy', 'funding', 'donors', 'mission', 'peace', 'camps', 'leaders', 'rights', 'humanitarian', 'access', 'negotiation', 'unsc', 'the', 'of', 'and'];
const KINDS = ['finding', 'recommendation', 'key-message', 'reference'] as const;
const random = rng(11);
const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)];

const doc = (id: string, year: number): DocumentRecord => ({
  id, csl: { id, type: 'report', title: id, author: [{ family: `Author${year % 4}`, given: 'A' }], issued: { 'date-parts': [[year]] } }, provenance: {}, file: `${id}.txt`, format: 'txt', hash: '',
  pages: null, pageLabels: null, passageCount: 0, tags: { actor: [], theme: [], place: [], kind: [] }, furniture: { removed: 0, kinds: {} }, outline: [],
});
const passages: Passage[] = [];
const documents = new Map<string, DocumentRecord>();
for (let d = 0; d < 40; d++) {
  const id = `d${d}`;
  documents.set(id, doc(id, 2000 + (d % 9)));
  const n = 2 + Math.floor(random() * 14);
  for (let k = 0; k < n; k++) {
    const text = Array.from({ length: 6 + Math.floor(random() * 20) }, () => pick(WORDS)).join(' ') + (random() < 0.2 ? ' the security council met.' : '.');
    const ordinal = passages.length;
    passages.push({
      id: `p${ordinal}`, doc: id, ordinal, block: ordinal, text, section: [], page: null, physicalPage: null, start: 0, end: text.length,
      kind: pick(KINDS), blockType: 'paragraph', actors: [], themes: [], places: [], evidence: [],
    });
  }
}

/** A store that keeps its passages' words as stem ids, as a library.db does (core/build/stem-runs.ts). */
class StemIdStore extends MemoryPassageStore {
  readonly stemIds: StemIds;
  constructor(ps: Passage[]) {
    super(ps);
    const writer = new StemRunsWriter();
    const runs = ps.map((p) => decodeStemRun(writer.encode(phraseRow(p.text)[0])));
    const db = new Database(':memory:');
    db.exec(STEM_RUNS_SCHEMA);
    writer.finish(db);
    const id = db.prepare('SELECT id FROM stem_ids WHERE stem = ?').pluck();
    this.stemIds = { of: (s) => id.get(phraseToken(s)) as number | undefined, ofPassages: (ords) => new Map(ords.map((o) => [o, runs[o]])) };
  }
}

function context(engine: SearchEngine, stemIds = false): SearchContext {
  const store = stemIds ? new StemIdStore(passages) : new MemoryPassageStore(passages);
  return {
    passages: store, documents, engine, facets: new FacetIndex(store, documents, loadTaxonomy()), vocabulary: new Vocabulary([]),
    synonyms: synonymMap([['security council', 'unsc']]), citing: new Map([['w1', passages.filter((_, i) => i % 3 === 0).map((p) => p.ordinal)]]),
  };
}

describe('hits ranked inside the engine', () => {
  const engine = ENGINE_MODULES.fts5.inMemory(passages.map((p, ordinal) => ({ ordinal, text: p.text, section: '', title: p.doc, author: 'A Author' })));
  const ranked = context(engine);
  // the same engine without RankedSearch: every match scored by the service
  const everything = context({ name: engine.name, phrases: engine.phrases, search: (c) => engine.search(c), knows: (w) => engine.knows(w) });
  const base: SearchRequest = { q: '', filters: {}, page: 1, size: 5, sort: 'relevance', perDoc: 2, autoGroup: true };
  const requests: SearchRequest[] = [];
  for (const q of ['protection', 'security council', 'unsc', '"security council"', '"protection of civilians" mandate', 'council "the security"', 'mandate funding', 'negotiat*', 'protec*', 'mand*', 'c*', 'protection -camps', '+rights access', 'leaders OR donors', 'zanzibar', 'peace zanzibar mission', 'council security council', 'the security council of peace', '', '-protection']) {
    requests.push({ ...base, q });
    requests.push({ ...base, q, page: 3 });
    requests.push({ ...base, q, perDoc: 0, page: 2, size: 7 });
    requests.push({ ...base, q, autoGroup: false, perDoc: 1 });
    requests.push({ ...base, q, filters: { kind: { include: ['recommendation'], exclude: [] } } });
    requests.push({ ...base, q, filters: { kind: { include: [], exclude: ['finding'] } }, page: 2 });
    requests.push({ ...base, q, filters: { doc: { include: ['d7'], exclude: [] } } });
    requests.push({ ...base, q, filters: { year: { include: ['2003-2005'], exclude: [] } }, size: 3, page: 4 });
    requests.push({ ...base, q, cites: 'w1' });
    if (!q) requests.push({ ...base, q, sort: 'date', page: 2 });
  }

  // champion lists (core/build/term-best.ts) for every term in two passages and every prefix
  // of several such terms, short enough that the engine must often go past them, and every
  // such term's matches as a bitset
  const withChampions = Fts5Engine.build(passages.map((p, ordinal) => ({ ordinal, text: p.text, section: '', title: p.doc, author: 'A Author' })), { min: 2, length: 4, membersShare: 0, prefixMin: 1 });
  const champions = context(withChampions);
  // and ranking rules that compare the stem ids a build keeps, not the stems of the text
  const stemIds = context(withChampions, true);

  // and without the engine's phrases: phrases and the words run as typed (ranking) read from the stored text
  const textOnly = context({ name: engine.name, search: (c) => engine.search(c), knows: (w) => engine.knows(w) });

  it('answers as the search that scores every match, with or without champion lists and stem ids', () => {
    for (const r of requests) {
      const a = runSearch(everything, { ...r });
      for (const b of [ranked, champions, stemIds, textOnly].map((ctx) => runSearch(ctx, { ...r }))) {
        const label = JSON.stringify(r);
        assert.deepEqual({ ...b, hits: b.hits.map((h) => [h.ordinal, h.score, h.more]) }, { ...a, hits: a.hits.map((h) => [h.ordinal, h.score, h.more]) }, label);
      }
    }
  });

  it('champion lists give the best matches and the members FTS5 gives', () => {
    const plain = engine.ranked!;
    const kept = withChampions.ranked!;
    let used = 0;
    // a word, and a prefix only one indexed term starts with, or several (with a list of its own)
    for (const [word, wildcard] of [...WORDS.map((w) => [w, false] as const), ...['protec*', 'mand*', 'c*', 'co*', 'p*', 'm*', 'a*', 'd*', 'zz*'].map((w) => [w, true] as const)] as const) {
      const clauses = [{ term: word, presence: 'optional' as const, wildcard }];
      const bits = kept.memberBits!(clauses);
      if (bits) {
        used++;
        const members = Array.from(plain.matching(clauses)).sort((x, y) => x - y);
        assert.deepEqual([...Array(passages.length).keys()].filter((o) => (bits[o >>> 5] & (1 << (o & 31))) !== 0), members, word);
      }
      for (const limit of [1, 3, 4, 5, 50]) {
        for (const scope of [{}, { accept: (o: number) => o % 3 !== 0 }, { within: { first: 20, end: 60 }, accept: (o: number) => o >= 20 && o < 60 }]) {
          assert.deepEqual(kept.best(clauses, limit, scope), plain.best(clauses, limit, scope), `${word} ${limit} ${JSON.stringify(scope)}`);
        }
      }
    }
    assert.ok(used > 10);
    // "c*" starts council, civilian, camp: its list is the prefix's own
    assert.ok(kept.memberBits!([{ term: 'c*', presence: 'optional', wildcard: true }]));
    // several words: the best among the champion lists, when they are enough
    for (const words of [['protection', 'civilians'], ['council', 'zanzibar'], ['the', 'peace', 'mission'], ['rights', 'rights'], ['unsc', 'access', 'camps']]) {
      const clauses = words.map((term) => ({ term, presence: 'optional' as const }));
      for (const limit of [1, 3, 4, 8, 50]) {
        for (const scope of [{}, { accept: (o: number) => o % 3 !== 0 }]) {
          assert.deepEqual(kept.best(clauses, limit, scope), plain.best(clauses, limit, scope), `${words.join(' ')} ${limit} ${JSON.stringify(scope)}`);
        }
      }
    }
  });

  it('orders the matches beyond the re-ranked ones as the engine ranks them, with or without champion lists and stem ids', () => {
    for (const rerank of [0, 3, 20]) {
      for (const r of requests) for (const b of [ranked, champions, stemIds].map((ctx) => runSearch(ctx, { ...r }, { ...RANKING, rerank }))) {
        const a = runSearch(everything, { ...r }, { ...RANKING, rerank });
        assert.deepEqual(b.hits.map((h) => [h.ordinal, h.score, h.more]), a.hits.map((h) => [h.ordinal, h.score, h.more]), `rerank ${rerank} ${JSON.stringify(r)}`);
        assert.equal(b.total, a.total);
        assert.equal(b.shown, a.shown);
      }
    }
  });
});
