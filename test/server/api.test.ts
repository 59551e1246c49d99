import assert from 'node:assert/strict';
import request from 'supertest';
import { corpusApp } from '../helpers/server.js';

describe('JSON API (thin server over the published index)', function () {
  this.timeout(60_000);
  let app: Awaited<ReturnType<typeof corpusApp>>['app'];
  before(async () => {
    ({ app } = await corpusApp());
  });

  it('reports health with the index id and counts', async () => {
    const r = await request(app).get('/api/health').expect(200).expect('content-type', /application\/json; charset=utf-8/);
    assert.equal(r.body.status, 'ok');
    assert.equal(r.body.index.documents, 3);
    assert.ok(r.body.index.passages > 200);
  });

  it('answers a search with passages and their documents', async () => {
    const r = await request(app).get('/api/search').query({ q: 'protection advocacy', size: 5 }).expect(200);
    assert.equal(r.body.hits.length, 5);
    assert.ok(r.body.total > 5);
    assert.ok(r.body.hits[0].passage.text);
    assert.ok(r.body.hits[0].document.title);
  });

  it('answers a malformed query with 200 and a warning, never a 500', async () => {
    for (const q of ['UN:peace', 'MONUSCO:', '~', '+', 'civilians^', '"unbalanced', '\u0000\u0007', '🙂'.repeat(50), 'x'.repeat(10_000)]) {
      const r = await request(app).get('/api/search').query({ q }).expect(200);
      assert.ok(Array.isArray(r.body.hits), q.slice(0, 20));
    }
  });

  it('rejects bad parameters with 400 and a message', async () => {
    const r = await request(app).get('/api/search').query({ q: 'x', size: 500 }).expect(400);
    assert.match(r.body.error, /size/);
    await request(app).get('/api/search').query({ page: 0 }).expect(400);
  });

  it('serves a document with its passages in reading order, and 404 for an unknown one', async () => {
    const r = await request(app).get('/api/documents/metcalfe-hough-2021-collaborative-advocacy').expect(200);
    assert.equal(r.body.title, 'Collaborative advocacy between humanitarian and human rights actors: opportunities and challenges');
    assert.ok(r.body.passages.length > 100);
    await request(app).get('/api/documents/nope').expect(404);
  });

  it('serves a passage with its neighbours', async () => {
    const doc = await request(app).get('/api/documents/gilder-2024-peace-operations-human-security');
    const second = doc.body.passages[1];
    const r = await request(app).get(`/api/passages/${second.id}`).expect(200);
    assert.equal(r.body.previous, doc.body.passages[0].id);
    assert.equal(r.body.next, doc.body.passages[2].id);
  });

  it('renders the pages without JavaScript', async () => {
    const home = await request(app).get('/').query({ q: 'caution' }).expect(200).expect('content-type', /html/);
    assert.match(home.text, /<form[^>]+role="search"/);
    const d = await request(app).get('/documents/bowden-metcalfe-hough-2020-age-of-caution').expect(200);
    assert.match(d.text, /id="p-[0-9a-f]{16}"/);
  });
});
