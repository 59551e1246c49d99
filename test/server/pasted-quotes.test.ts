import assert from 'node:assert/strict';
import request from 'supertest';
import { corpusApp } from '../helpers/server.js';

// A quoted phrase pasted with its quotation marks doubled or nested is the phrase, never a 500 (lang29).
describe('search: doubled and nested quotation marks', function () {
  this.timeout(60_000);
  let app: Awaited<ReturnType<typeof corpusApp>>['app'];
  before(async () => {
    ({ app } = await corpusApp());
  });
  type Found = { total: number; query: { warnings: string[] } };
  const search = async (q: string) => (await request(app).get('/api/search').query({ q }).expect(200)).body as Found;

  it('finds what the plain phrase finds', async () => {
    const plain = await search('"protection advocacy"');
    assert.ok(plain.total > 0);
    for (const q of ['""protection advocacy""', '“‘protection advocacy’”', '"“protection advocacy”"', '"protection "advocacy""']) {
      const r = await search(q);
      assert.equal(r.total, plain.total, q);
      assert.deepEqual(r.query.warnings, [], q);
    }
  });

  it('answers odd marks with a warning, not an error', async () => {
    for (const q of ['"protection "advocacy', 'protection" advocacy""', '"""', '”protection“']) {
      const r = await search(q);
      assert.ok(Array.isArray(r.query.warnings), q);
    }
    assert.match((await search('"protection advocacy')).query.warnings.join(' '), /not closed/);
  });
});
