import assert from 'node:assert/strict';
import request from 'supertest';
import { corpusApp } from '../helpers/server.js';

// What a user pastes: a word in mathematical letters (a PDF's, a social-media post's) or with an
// invisible character inside (a soft hyphen, a zero-width space, a direction mark) is the word,
// found as typed plainly and never shown as "corrected" to a word that looks the same (fold28).
describe('search: pasted words with mathematical letters or invisible characters', function () {
  this.timeout(60_000);
  let app: Awaited<ReturnType<typeof corpusApp>>['app'];
  before(async () => {
    ({ app } = await corpusApp());
  });
  const search = async (q: string) => (await request(app).get('/api/search').query({ q }).expect(200)).body as { total: number; query: { correctedQuery?: string } };

  it('answers as the plain word does, with no correction', async () => {
    const plain = await search('protection advocacy');
    assert.ok(plain.total > 0);
    for (const q of ['𝐩𝐫𝐨𝐭𝐞𝐜𝐭𝐢𝐨𝐧 advocacy', '𝘱𝘳𝘰𝘵𝘦𝘤𝘵𝘪𝘰𝘯 𝖆𝖉𝖛𝖔𝖈𝖆𝖈𝖞', 'protec\u00adtion advocacy', 'protec\u200btion advocacy', 'pro\u200ftection advo\u200ecacy', 'protection\u2060 \ufeffadvocacy']) {
      const r = await search(q);
      assert.equal(r.total, plain.total, JSON.stringify(q));
      assert.equal(r.query.correctedQuery, undefined, JSON.stringify(q));
    }
  });

  it('searches a place typed in French or Spanish that the library never writes as the place, shown as a correction', async () => {
    for (const [typed, place] of [['Irak', 'Iraq'], ['Libia', 'Libya'], ['Somalie', 'Somalia'], ['Afganistán', 'Afghanistan'], ['Syrie', 'Syria'], ['Birmanie', 'Myanmar'], ['Tchad', 'Chad']]) {
      const english = await search(place);
      if (english.total === 0) continue;
      const r = await search(typed);
      assert.equal(r.total, english.total, typed);
      assert.equal(r.query.correctedQuery, place, typed);
      // meant as typed: quoted, it is searched as typed
      assert.equal((await search(`"${typed}"`)).total, 0, typed);
    }
    // a place alias the library writes is searched as typed ("Afghan"), as is a word no place has
    assert.equal((await search('Afghan')).query.correctedQuery, undefined);
    // an English demonym the library happens never to write is English, not a slip: "Latin American
    // migrants" is not "Latin United States migrants" (review31)
    for (const q of ['American', 'Latin American migrants', 'Congolese refugees', 'Emirati funding', 'Timorese', 'Syrians abroad']) {
      const r = await search(q);
      assert.equal(r.query.correctedQuery, undefined, `${q} → ${r.query.correctedQuery}`);
    }
    // the bundled library's French note writes "Soudan" (du Sud): searched as typed
    assert.equal((await search('Soudan')).query.correctedQuery, undefined);
  });
});
