import assert from 'node:assert/strict';
import { ENGINE_NAMES, fixtureContext, fixtureLibrary, type EngineName } from '../helpers/service-fixture.js';
import { MemoryPassageStore } from '../../core/passage-store.js';
import { runSearch, type SearchContext, type SearchRequest } from '../../server/search/service.js';
import { RANKING } from '../../server/search/ranking.js';

// Phrases through the service on every engine: the same answers, and an engine that answers
// phrases (PhraseIndex) has the service read no stored text to find them.

const texts = [
  'The protection of civilians is the core of the mandate.',
  'Civilians need protection, and the mandate says so.',
  'Protecting civilians was the mission in Mali.',
  'The Security Council discussed the protection of civilians again.',
  'Council members and security staff met on protection and civilians.',
  ...Array.from({ length: 40 }, (_, i) => `Protection work ${i} for civilians in camps.`),
];
const library = fixtureLibrary(texts);

/** A context over the passages whose store counts the rows read. */
function context(engineName: EngineName): { ctx: SearchContext; reads: Set<number> } {
  const reads = new Set<number>();
  const store = new MemoryPassageStore(library.passages);
  const at = store.at.bind(store);
  store.at = (ord: number) => {
    reads.add(ord);
    return at(ord);
  };
  // the text and kind alone, as ranking and phrase checks read them
  const brief = store.brief.bind(store);
  store.brief = (ord: number) => {
    reads.add(ord);
    return brief(ord);
  };
  return { ctx: fixtureContext(library, engineName, { store }), reads };
}

const request = (q: string): SearchRequest => ({ q, filters: {}, page: 1, size: 50, sort: 'relevance', perDoc: 0, snippets: false });
const ids = (ctx: SearchContext, q: string) => runSearch(ctx, request(q)).hits.map((h) => h.passage.id).sort();

describe('phrases through the search service', () => {
  it('finds a phrase as typed or inflected, and excludes one, the same on every engine', () => {
    for (const name of ENGINE_NAMES) {
      const { ctx } = context(name);
      assert.deepEqual(ids(ctx, '"protection of civilians"'), ['p0', 'p3'], name);
      assert.deepEqual(ids(ctx, '"protecting civilians"'), ['p2'], name);
      assert.deepEqual(ids(ctx, 'council -"security council"'), ['p4'], name);
    }
  });

  it('reads no stored text for phrases when the engine answers them', () => {
    const { ctx, reads } = context('fts5');
    assert.ok(ctx.engine.phrases);
    // no re-ranking, which reads the best candidates whatever the phrases
    const options = { ...RANKING, rerank: 0 };
    const shown = (r: ReturnType<typeof runSearch>) => r.hits.map((h) => h.ordinal);
    // p0 and p3 hold it; p2 and p4 have its words, and the 40 others too: none is read but those shown
    let r = runSearch(ctx, request('"protection of civilians"'), options);
    assert.deepEqual([...reads].sort(), shown(r).sort());
    for (const q of ['protection -"security council"', 'protection "of civilians"']) {
      for (const sort of ['relevance', 'date'] as const) {
        reads.clear();
        r = runSearch(ctx, { ...request(q), size: 1, sort }, options);
        assert.deepEqual([...reads], shown(r), `${q} by ${sort}`);
      }
    }
    const lunr = context('lunr');
    runSearch(lunr.ctx, request('"protection of civilians"'), options);
    assert.equal(lunr.reads.size, 45, 'lunr leaves every candidate to the stored-text check');
  });

  it('ranks a search with an excluded phrase through the engine, with the answers of scoring every match (attack20)', () => {
    const { ctx } = context('fts5');
    const ranked = ctx.engine.ranked!;
    let asked = 0;
    // the same engine, ranking through the service's JavaScript path, as excluded phrases were
    const scoredHere: SearchContext = { ...ctx, engine: Object.assign(Object.create(ctx.engine) as typeof ctx.engine, { ranked: undefined }) };
    const counting: SearchContext = { ...ctx, engine: Object.assign(Object.create(ctx.engine) as typeof ctx.engine, { ranked: { ...ranked, best: (...a: Parameters<typeof ranked.best>) => (asked++, ranked.best(...a)) } }) };
    const answer = (c: SearchContext, q: string, page: number, size: number) => runSearch(c, { ...request(q), page, size }).hits.map((h) => [h.passage.id, h.score]);
    for (const q of ['protection -"security council"', 'civilians -"protection of civilians"', 'protection civilians -"of civilians" -"security council"', 'mandate -"protection of"']) {
      for (const [page, size] of [[1, 50], [1, 3], [2, 4]]) {
        asked = 0;
        const got = answer(counting, q, page, size);
        if (page === 1) assert.ok(asked > 0, `${q}: ranked by the engine`);
        assert.deepEqual(got, answer(scoredHere, q, page, size), `${q} page ${page} of ${size}`);
      }
    }
    assert.deepEqual(ids(counting, 'council -"security council"'), ['p4']);
  });

  it('browsing (facets only, no words) reads only the passages shown', () => {
    for (const name of ENGINE_NAMES) {
      const { ctx, reads } = context(name);
      const r = runSearch(ctx, { ...request(''), size: 2 });
      assert.equal(r.total, library.passages.length);
      assert.deepEqual([...reads], [0, 1], name);
    }
  });

  it('marks no word for a * before a word, which is not searched, nor every word (*tion)', () => {
    for (const name of ENGINE_NAMES) {
      const { ctx } = context(name);
      const r = runSearch(ctx, { ...request('civilians *tion'), snippets: true });
      assert.ok(r.hits.length, name);
      for (const h of r.hits) for (const [, w] of h.snippet!.matchAll(/<mark>([^<]+)<\/mark>/g)) assert.match(w, /^civilians$|tion$/i, `${name}: ${h.snippet}`);
    }
  });
});
