import assert from 'node:assert/strict';
import request from 'supertest';
import { corpusApp } from '../helpers/server.js';
import { assertMatchesSpec } from '../helpers/openapi.js';

// A recommendation's lead-in and a quotation's source reach readers: in the JSON API and on
// the search and passage pages.
describe('lead-ins and quotation sources in the API and pages', function () {
  this.timeout(60_000);
  let app: Awaited<ReturnType<typeof corpusApp>>['app'];
  before(async () => {
    ({ app } = await corpusApp());
  });

  it('returns a list item with its lead-in and the actor it inherits', async () => {
    const r = await request(app).get('/api/search').query({ q: '"Greater provision of diplomatic support"', perDoc: 0 }).expect(200);
    assertMatchesSpec('/api/search', 200, r.body);
    const p = r.body.hits[0].passage;
    assert.equal(p.kind, 'recommendation');
    assert.match(p.leadIn.text, /donor states should also consider .* This should involve:$/);
    assert.ok(p.actors.includes('donors'));
    const page = await request(app).get(`/passages/${p.id}`).expect(200);
    assert.match(page.text, /<p class="lead-in">Under: <a href="\/passages\/[0-9a-f]{16}">/);
  });

  it('returns a block quotation with the source its lead-in names', async () => {
    const r = await request(app).get('/api/search').query({ q: '"vital core of all human lives"', kind: 'quotation' }).expect(200);
    assert.equal(r.body.hits[0].passage.source, 'Commission on Human Security');
    const page = await request(app).get('/').query({ q: '"vital core of all human lives"', kind: 'quotation' }).expect(200);
    assert.match(page.text, /<p class="source">Quoted from Commission on Human Security<\/p>/);
  });
});
