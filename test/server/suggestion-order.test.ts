import assert from 'node:assert/strict';
import request from 'supertest';
import { corpusApp } from '../helpers/server.js';

// What a zero-hit word is offered, and a Spanish word of a taxonomy name in an English query (lang29).
describe('search: suggestions nearest first, and a foreign name\'s word in English', function () {
  this.timeout(60_000);
  let app: Awaited<ReturnType<typeof corpusApp>>['app'];
  before(async () => {
    ({ app } = await corpusApp());
  });
  type Found = { total: number; query: { correctedQuery?: string; suggestions?: { q: string; total: number }[] } };
  const search = async (q: string) => (await request(app).get('/api/search').query({ q }).expect(200)).body as Found;

  it('offers the word one edit away before words further that find more', async () => {
    const r = await search('posible');
    assert.equal(r.total, 0);
    assert.equal(r.query.suggestions?.[0]?.q, 'possible', JSON.stringify(r.query.suggestions));
  });

  it('offers a hyphenated compound only when a hyphen was typed', async () => {
    for (const q of ['humanitaire', 'proteccion']) {
      const r = await search(q);
      assert.ok(r.query.suggestions?.length, q);
      for (const s of r.query.suggestions ?? []) assert.ok(!s.q.includes('-'), `${q} → ${s.q}`);
    }
  });

  it('corrects a Spanish word of a taxonomy name where the query says English, not in a Spanish query', async () => {
    const r = await search('proteccion of civilians');
    assert.equal(r.query.correctedQuery, 'protection of civilians');
    assert.equal((await search('proteccion de civiles')).query.correctedQuery, undefined);
    assert.equal((await search('Clúster de Protección')).query.correctedQuery, undefined);
  });
});
