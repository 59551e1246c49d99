import assert from 'node:assert/strict';
import request from 'supertest';
import { corpusApp } from '../helpers/server.js';

// A place typed as another language names it, in several words or for a name of several
// ("Soudan du Sud", "République centrafricaine", "Centrafrique"), on a library that never writes
// that name, is the place: searched as its phrase, shown as a correction (lang29; fold28 did one word).
describe('search: a place named in several words of another language', function () {
  this.timeout(60_000);
  let app: Awaited<ReturnType<typeof corpusApp>>['app'];
  before(async () => {
    ({ app } = await corpusApp());
  });
  type Found = { total: number; query: { correctedQuery?: string; corrections?: Record<string, string>; warnings?: string[] } };
  const search = async (q: string) => (await request(app).get('/api/search').query({ q }).expect(200)).body as Found;

  it('searches the alias, with or without accents, plain or quoted whole, as the place', async () => {
    const cases: [string, string][] = [
      ['Soudan du Sud', 'South Sudan'],
      ['Sudán del Sur', 'South Sudan'],
      ['Sudan del Sur', 'South Sudan'],
      ['"Sudán del Sur"', 'South Sudan'],
      ['République centrafricaine', 'Central African Republic'],
      ['Republique centrafricaine', 'Central African Republic'],
      ['Centrafrique', 'Central African Republic'],
      ['República Democrática del Congo', 'Democratic Republic of the Congo'],
    ];
    let tried = 0;
    for (const [typed, place] of cases) {
      const english = await search(`"${place}"`);
      if (english.total === 0) continue;
      tried++;
      const r = await search(typed);
      assert.equal(r.total, english.total, typed);
      assert.equal(r.query.correctedQuery, `"${place}"`, typed);
      assert.ok(r.query.corrections && Object.values(r.query.corrections).includes(place.toLowerCase()), typed);
      // with other words: the rest of the query stays as typed, and the name as optional as it
      // was typed (a phrase is required: review31), the place's words
      const more = await search(`${typed} displacement`);
      assert.equal(more.query.correctedQuery, typed.startsWith('"') ? `"${place}" displacement` : `${place} displacement`, typed);
      assert.equal(more.total, (await search(more.query.correctedQuery!)).total, typed);
    }
    assert.ok(tried >= 3, `only ${tried} places found in the bundled library`);
  });

  it('keeps a name typed beside optional words optional (review31: "Centrafrique Yemen" had found only the Central African Republic’s passages)', async () => {
    const yemen = (await search('Yemen')).total;
    const r = await search('Centrafrique Yemen');
    assert.equal(r.query.correctedQuery, 'Central African Republic Yemen');
    assert.ok(r.total >= yemen, `${r.total} < ${yemen}`);
    const or = await search('Centrafrique OR Tchad');
    assert.deepEqual(or.query.warnings ?? [], []);
  });

  it('excludes the place where its name is excluded quoted whole, either sign (review31)', async () => {
    for (const sign of ['-', 'NOT ']) {
      const r = await search(`${sign}"Sudán del Sur" protection`);
      const english = await search(`${sign}"South Sudan" protection`);
      assert.equal(r.query.correctedQuery, `${sign}"South Sudan" protection`);
      assert.equal(r.total, english.total, sign);
    }
  });

  it('leaves the alias as typed where it is meant so', async () => {
    for (const q of ['NOT Centrafrique protection', 'title:Centrafrique', 'Centrafrique*', '"the Sudán del Sur report"', 'South Sudan', 'Sudan']) {
      assert.equal((await search(q)).query.correctedQuery, undefined, q);
    }
  });
});
