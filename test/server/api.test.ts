import assert from 'node:assert/strict';
import request from 'supertest';
import { corpusApp } from '../helpers/server.js';
import { assertMatchesSpec } from '../helpers/openapi.js';
import { passageJson } from '../../server/records.js';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

describe('JSON API', function () {
  this.timeout(60_000);
  let app: Awaited<ReturnType<typeof corpusApp>>['app'];
  let store: Awaited<ReturnType<typeof corpusApp>>['store'];
  before(async () => {
    ({ app, store } = await corpusApp());
  });

  it("counts on the quotation chip what choosing it gives: pull quotes held back from the hits are returned when quotations are asked for (a chip said 2 where choosing it gave 6)", async () => {
    for (const q of ['', 'protection', 'protectoin', 'civilians']) {
      const all = (await request(app).get('/api/search').query({ q, facetSize: 50 }).expect(200)).body as { facets: { kind: { id: string; count: number }[] } };
      const chip = all.facets.kind.find((v) => v.id === 'quotation')?.count ?? 0;
      const chosen = (await request(app).get('/api/search').query({ q, kind: 'quotation' }).expect(200)).body as { total: number };
      assert.equal(chip, chosen.total, `q=${q}`);
    }
    // excluded, the chip says what removing the exclusion gives back; listed by count
    const without = (await request(app).get('/api/search').query({ q: 'protection', kind: '-quotation' }).expect(200)).body as { total: number; facets: { kind: { id: string; count: number }[] } };
    const all = (await request(app).get('/api/search').query({ q: 'protection' }).expect(200)).body as { total: number; facets: { kind: { id: string; count: number }[] } };
    assert.equal(without.total + (without.facets.kind.find((v) => v.id === 'quotation')?.count ?? 0), all.total);
    const counts = all.facets.kind.map((v) => v.count);
    assert.deepEqual(counts, [...counts].sort((a, b) => b - a));
  });

  it('reports health with the index id and counts', async () => {
    const r = await request(app).get('/api/health').expect(200).expect('content-type', 'application/json; charset=utf-8');
    assertMatchesSpec('/api/health', 200, r.body);
    assert.equal(r.body.index.documents, 3);
    assert.ok(r.body.index.passages > 200);
  });

  it('answers a search in the documented shape, with snippets and facets', async () => {
    const r = await request(app).get('/api/search').query({ q: 'protection advocacy', size: 5 }).expect(200);
    assertMatchesSpec('/api/search', 200, r.body);
    assert.equal(r.body.hits.length, 5);
    assert.ok(r.body.total > 5);
    assert.match(r.body.hits[0].snippet, /<mark>/);
    assert.ok(r.body.facets.doc.length === 3);
  });

  it('ranks the passage that names the phrase first for a query with stop words', async () => {
    const r = await request(app).get('/api/search').query({ q: 'age of caution' }).expect(200);
    assert.match(r.body.hits[0].passage.text, /age of caution/i);
  });

  it('weighs a boosted word above the others (diplomacy^10), whatever the engine', async () => {
    const top = async (q: string) => ((await request(app).get('/api/search').query({ q, perDoc: 0, size: 10 }).expect(200)).body.hits as { passage: { text: string } }[]).map((h) => h.passage.text.toLowerCase());
    const [plain, boosted] = [await top('mali diplomacy'), await top('mali diplomacy^10')];
    const holding = (hits: string[]) => hits.filter((t) => t.includes('diplomacy')).length;
    assert.notDeepEqual(boosted, plain);
    assert.ok(holding(boosted) > holding(plain), `${holding(boosted)} of 10 hold the boosted word, against ${holding(plain)}`);
  });

  it('matches quoted phrases on the stored text', async () => {
    const r = await request(app).get('/api/search').query({ q: '"culture of caution"', perDoc: 0 }).expect(200);
    assert.ok(r.body.total >= 1);
    // passages with the words apart (near) may follow the phrase's few hits
    const exact = r.body.hits.filter((h: { near?: boolean }) => !h.near);
    assert.equal(exact.length, r.body.total);
    for (const h of exact) assert.match(h.passage.text.toLowerCase().replace(/[^a-z]+/g, ' '), /culture of caution/);
    const strict = await request(app).get('/api/search').query({ q: '"culture of caution"', perDoc: 0, near: 0 }).expect(200);
    assert.equal(strict.body.hits.length, r.body.total);
  });

  it('expands acronyms both ways from the taxonomy', async () => {
    const gpc = await request(app).get('/api/search').query({ q: 'GPC', perDoc: 0, size: 100 }).expect(200);
    assert.ok(gpc.body.query.expansions.includes('global protection cluster'));
    assert.ok(gpc.body.hits.some((h: { passage: { text: string } }) => /Global Protection Cluster/.test(h.passage.text) && !/\bGPC\b/.test(h.passage.text)));
  });

  it('marks an expansion\'s words only where the expansion occurs', async () => {
    const r = await request(app).get('/api/search').query({ q: 'SRSG role', perDoc: 0, size: 100 }).expect(200);
    assert.ok(r.body.query.expansions.some((e: string) => /secretary general/.test(e)));
    const snippets = r.body.hits.map((h: { snippet: string }) => h.snippet).join(' ');
    assert.match(snippets, /<mark>SRSGs?<\/mark>/);
    assert.doesNotMatch(snippets, /<mark>general(ly)?<\/mark>/i);
  });

  it('corrects a misspelt word and says so', async () => {
    const r = await request(app).get('/api/search').query({ q: 'humanitarain diplomacy' }).expect(200);
    assert.equal(r.body.query.correctedQuery, 'humanitarian diplomacy');
    assert.ok(r.body.total > 0);
  });

  it('answers any input with 200, results or an empty list, and warnings: never a 500', async () => {
    for (const q of ['UN:peace', 'MONUSCO:', '~', '+', 'civilians^', '"unbalanced', '\u0000\u0007', '🙂'.repeat(50), 'x'.repeat(10_000), 'title:', '*', 'a~~~', '-', '"" ""', '+-+-', 'protect*ion~2^3']) {
      const r = await request(app).get('/api/search').query({ q }).expect(200);
      assertMatchesSpec('/api/search', 200, r.body);
    }
    const r = await request(app).get('/api/search').query({ q: 'UN:peace' });
    assert.ok(r.body.total > 0);
    assert.match(r.body.query.warnings.join(' '), /not a field/);
  });

  it('rejects bad parameters with 400 and a message', async () => {
    for (const [query, re] of [
      [{ size: 500 }, /size/],
      [{ page: 0 }, /page/],
      [{ actor: 'not-an-actor' }, /unknown actor/],
      [{ year: '20x0' }, /year/],
      [{ sort: 'random' }, /sort/],
      [{ doc: 'nope' }, /unknown doc/],
    ] as const) {
      const r = await request(app).get('/api/search').query(query).expect(400);
      assertMatchesSpec('/api/search', 400, r.body);
      assert.match(r.body.error, re);
    }
  });

  it('browses by facets with an empty query, OR within a facet and AND across', async () => {
    const one = await request(app).get('/api/search').query({ doc: 'gilder-2024-peace-operations-human-security', perDoc: 0, size: 100 }).expect(200);
    const two = await request(app).get('/api/search').query({ doc: ['gilder-2024-peace-operations-human-security', 'bowden-metcalfe-hough-2020-age-of-caution'], perDoc: 0, size: 1 }).expect(200);
    const both = await request(app).get('/api/search').query({ doc: 'gilder-2024-peace-operations-human-security', kind: ['footnote', 'reference'], perDoc: 0, size: 100 }).expect(200);
    const bowden = two.body.facets.doc.find((d: { id: string }) => d.id === 'bowden-metcalfe-hough-2020-age-of-caution');
    assert.equal(two.body.total, one.body.total + bowden.count);
    assert.ok(both.body.total > 25 && both.body.total < one.body.total);
    assert.ok(both.body.hits.every((h: { passage: { kind: string } }) => ['footnote', 'reference'].includes(h.passage.kind)));
    // the doc facet still counts the other documents (its own filter is left out of its counts)
    assert.equal(both.body.facets.doc.length, 3);
  });

  it('reads a filter value written as its label or in another case, and answers with the id', async () => {
    const byId = await request(app).get('/api/search').query({ place: 'SYR', actor: 'un-security-council', size: 1 }).expect(200);
    const byName = await request(app).get('/api/search').query({ place: 'syria', actor: 'UN security  council', size: 1 }).expect(200);
    assert.ok(byId.body.total > 0);
    assert.equal(byName.body.total, byId.body.total);
    const selected = (body: { facets: Record<string, { id: string; selected?: boolean }[]> }) => body.facets.place.filter((v) => v.selected).map((v) => v.id);
    assert.deepEqual(selected(byName.body), ['SYR']);
    const excluded = await request(app).get('/api/search').query({ place: '-syr', size: 1 }).expect(200);
    const all = await request(app).get('/api/search').query({ size: 1 }).expect(200);
    assert.ok(excluded.body.total < all.body.total);
    await request(app).get('/api/search').query({ place: 'Atlantis' }).expect(400);
  });

  it('groups at most three passages per document when asked, with a count of the rest', async () => {
    const r = await request(app).get('/api/search').query({ q: 'protection', size: 100, perDoc: 3 }).expect(200);
    const perDoc = new Map<string, number>();
    for (const h of r.body.hits) perDoc.set(h.passage.doc, (perDoc.get(h.passage.doc) ?? 0) + 1);
    assert.ok([...perDoc.values()].every((n) => n <= 3));
    assert.ok(r.body.hits.some((h: { more?: number }) => h.more && h.more > 0));
    assert.equal(r.body.shown, r.body.hits.length);
  });

  it('sorts by date and pages with exact totals', async () => {
    const r = await request(app).get('/api/search').query({ q: 'humanitarian', sort: 'date', perDoc: 0, size: 10 }).expect(200);
    assert.equal(r.body.hits[0].document.issued['date-parts'][0][0], 2024);
    const last = await request(app).get('/api/search').query({ q: 'humanitarian', perDoc: 0, size: 10, page: r.body.pages }).expect(200);
    assert.equal((r.body.pages - 1) * 10 + last.body.hits.length, r.body.total);
  });

  it('serves documents, a document with its passages in reading order, and 404 for an unknown one', async () => {
    const list = await request(app).get('/api/documents').expect(200);
    assertMatchesSpec('/api/documents', 200, list.body);
    assert.equal(list.body.total, list.body.documents.length);
    const second = await request(app).get('/api/documents').query({ offset: 1, limit: 1 }).expect(200);
    assert.deepEqual(second.body.documents.map((d: { id: string }) => d.id), [list.body.documents[1].id]);
    assert.equal(second.body.total, list.body.total);
    await request(app).get('/api/documents').query({ limit: 0 }).expect(400);
    const r = await request(app).get('/api/documents/metcalfe-hough-2021-collaborative-advocacy').expect(200);
    assertMatchesSpec('/api/documents/{id}', 200, r.body);
    assert.equal(r.body.title, 'Collaborative advocacy between humanitarian and human rights actors: opportunities and challenges');
    assert.ok(r.body.passages.length > 100);
    const nf = await request(app).get('/api/documents/nope').expect(404);
    assertMatchesSpec('/api/documents/{id}', 404, nf.body);
  });

  it('serves a passage with its neighbours', async () => {
    const doc = await request(app).get('/api/documents/gilder-2024-peace-operations-human-security');
    const second = doc.body.passages[1];
    const r = await request(app).get(`/api/passages/${second.id}`).expect(200);
    assertMatchesSpec('/api/passages/{id}', 200, r.body);
    assert.equal(r.body.previous, doc.body.passages[0].id);
    assert.equal(r.body.next, doc.body.passages[2].id);
    // ready-to-paste quote + citation in each offered style, each formatted by its own CSL style
    assert.match(r.body.citations.apa, /\(Gilder, 2024[,)][\s\S]*\n\nGilder, A\. \(2024\)\. Peace operations and human security\./);
    assert.match(r.body.citations.chicago, /\(Gilder 2024[,)][\s\S]*\n\nGilder, Alexander\. 2024\. “Peace Operations and Human Security\.”/);
    assert.match(r.body.citations.harvard, /\n\nGilder, A\. \(2024\) ‘Peace operations and human security’, .*Available at: https:\/\/doi\.org\//);
    await request(app).get('/api/passages/0000000000000000').expect(404);
  });

  it('gives a passage across a page break its last page (pageEnd), as its citation does, and documents it', () => {
    const p = store.snapshot.passages.at(10);
    const across = passageJson({ ...p, page: '7', pageEnd: '8' });
    assert.equal(across.page, '7');
    assert.equal(across.pageEnd, '8');
    const physical = passageJson({ ...p, page: '3', pageEnd: '4', pageIsPhysical: true });
    assert.deepEqual([physical.pageEnd, physical.pageIsPhysical], ['4', true]);
    // one page, or no pages: no pageEnd
    assert.equal('pageEnd' in passageJson({ ...p, page: '7', pageEnd: '7' }), false);
    assert.equal('pageEnd' in passageJson({ ...p, page: null, pageEnd: undefined }), false);
    const spec = parse(readFileSync('openapi.yaml', 'utf8')) as { components: { schemas: { Passage: { properties: Record<string, unknown> } } } };
    assert.ok(spec.components.schemas.Passage.properties.pageEnd, 'openapi.yaml documents pageEnd');
    assert.match(readFileSync('spec/api.md', 'utf8'), /pageEnd/);
  });
});
