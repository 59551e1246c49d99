import assert from 'node:assert/strict';
import request from 'supertest';
import { corpusApp } from '../helpers/server.js';
import { DEEPEST_RESULT, deepestPage, pastLastPage, tooDeep } from '../../server/search/grouping.js';
import type { IndexStore } from '../../server/index-store.js';

// Well-formed requests whose cost grew with the library (attack17, docs/measurements.md): on a
// 100k build, a page past the last ranked every hit (0.3–0.5 s of CPU) and a date sort looked a
// document's year up three million times (0.5–0.8 s). The answers stay what they were.

interface Hit {
  score: number;
  passage: { id: string };
  document: { issued?: { 'date-parts'?: number[][] } };
}
const year = (h: Hit) => h.document.issued?.['date-parts']?.[0]?.[0] ?? 0;

describe('expensive requests: bounded work, the same answers', function () {
  this.timeout(60_000);
  let app: Awaited<ReturnType<typeof corpusApp>>['app'];
  let store: IndexStore;
  before(async () => {
    ({ app, store } = await corpusApp());
  });

  it('refuses a page starting past the 10,000th result with a 400 saying so (page 600 of 20 at 100k: 280 ms of CPU, attack19)', () => {
    assert.equal(tooDeep({ page: 500, size: 20 }), undefined);
    assert.equal(tooDeep({ page: 100, size: 100 }), undefined);
    const deep = tooDeep({ page: 501, size: 20 });
    assert.equal(deep?.status, 400);
    assert.match(deep.message, /first 10,000 results; page 501 of 20 starts after result 10,000\. Narrow the search/);
    assert.equal(tooDeep({ page: 1 + DEEPEST_RESULT, size: 1 })?.status, 400);
  });

  it("links no page the 10,000-result limit refuses: the pager's last page is deepestPage (library19's Last link met attack19's limit)", () => {
    for (const size of [1, 7, 20, 30, 100]) {
      assert.equal(tooDeep({ page: deepestPage(size), size }), undefined, `size ${size}`);
      assert.equal(tooDeep({ page: deepestPage(size) + 1, size })?.status, 400, `size ${size}`);
    }
  });

  it('knows a page past the last from the counts', () => {
    const perDoc = new Map([
      ['a', 5],
      ['b', 1],
    ]);
    // grouped 3 a document: 4 shown, so page 2 of 2 starts at 2 and page 3 at 4, past them
    assert.equal(pastLastPage(perDoc, { page: 2, size: 2, perDoc: 3 }), false);
    assert.equal(pastLastPage(perDoc, { page: 3, size: 2, perDoc: 3 }), true);
    // one document chosen, or no grouping: all 6
    assert.equal(pastLastPage(perDoc, { page: 3, size: 2, perDoc: 3, docFilter: ['a'] }), false);
    assert.equal(pastLastPage(perDoc, { page: 3, size: 2, perDoc: 0 }), false);
    assert.equal(pastLastPage(perDoc, { page: 4, size: 2, perDoc: 0 }), true);
  });

  it('answers a page past the last with the counts of page 1 and no hit, without ranking the hits', async () => {
    for (const sort of ['relevance', 'date']) {
      const first = (await request(app).get('/api/search').query({ q: 'protection', sort }).expect(200)).body;
      assert.ok(first.hits.length > 0);
      const lease = store.lease();
      const ranked = lease.snap.engine.ranked;
      let asked = 0;
      const best = ranked?.best;
      if (ranked && best) ranked.best = (...args) => (asked++, best.apply(ranked, args));
      try {
        for (const page of [first.pages + 1, 100000]) {
          const past = (await request(app).get('/api/search').query({ q: 'protection', sort, page }).expect(200)).body;
          assert.deepEqual(past.hits, []);
          for (const k of ['total', 'documents', 'grouped', 'shown', 'facets', 'query']) assert.deepEqual(past[k], first[k], `${sort} page ${page}: ${k}`);
        }
        // the ranked path (FTS5) asks the engine for no best hit at all
        if (sort === 'relevance') assert.equal(asked, 0);
      } finally {
        if (ranked && best) ranked.best = best;
        lease.release();
      }
      // the last page is still there
      const last = (await request(app).get('/api/search').query({ q: 'protection', sort, page: first.pages }).expect(200)).body;
      assert.ok(last.hits.length > 0);
    }
  });

  it('sorts by date newest first, then by score, every hit once, as the relevance order holds them', async () => {
    const walk = async (sort: string) => {
      const hits: Hit[] = [];
      for (let page = 1; ; page++) {
        const body = (await request(app).get('/api/search').query({ q: 'humanitarian', sort, perDoc: 0, size: 100, page }).expect(200)).body;
        hits.push(...(body.hits as Hit[]));
        if (page >= body.pages) return { hits, total: body.total as number };
      }
    };
    const byDate = await walk('date');
    const byRelevance = await walk('relevance');
    assert.equal(byDate.hits.length, byDate.total);
    assert.ok(byDate.total > 20);
    assert.deepEqual(new Set(byDate.hits.map((h) => h.passage.id)), new Set(byRelevance.hits.map((h) => h.passage.id)));
    for (let i = 1; i < byDate.hits.length; i++) {
      const [a, b] = [byDate.hits[i - 1], byDate.hits[i]];
      assert.ok(year(a) >= year(b), `hit ${i}: ${year(a)} before ${year(b)}`);
      if (year(a) === year(b)) assert.ok(a.score >= b.score, `hit ${i} of ${year(a)}: ${a.score} before ${b.score}`);
    }
  });
});
