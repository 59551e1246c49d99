import assert from 'node:assert/strict';
import request from 'supertest';
import { corpusApp } from '../helpers/server.js';

// What a first-time user reads on the pages (userreview15): what the site is for, counts that
// agree between the home page and About, the result keys said, the reading list's items first.
describe('pages as a first-time user reads them', function () {
  this.timeout(60_000);
  let app: Awaited<ReturnType<typeof corpusApp>>['app'];
  before(async () => {
    ({ app } = await corpusApp());
  });

  it('says on the home page what the site is for, and not again over a search', async () => {
    const home = await request(app).get('/').expect(200);
    assert.match(home.text, /<p class="lede intro">Find what humanitarian policy reports/);
    const searched = await request(app).get('/').query({ q: 'donors' }).expect(200);
    assert.doesNotMatch(searched.text, /class="lede intro"/);
  });

  it('gives About a passage count the home page explains: pull quotes that repeat a paragraph are listed once', async () => {
    const all = (await request(app).get('/api/search').query({ perDoc: 0 }).expect(200)).body as { total: number };
    const about = (await request(app).get('/about').expect(200)).text;
    const total = Number(about.match(/([\d,]+) passages?/)![1].replace(/,/g, ''));
    const listed = about.match(/search lists ([\d,]+)/);
    // either both count the same, or About says how many search lists and why
    assert.equal(listed ? Number(listed[1].replace(/,/g, '')) : total, all.total, about.match(/<p>[^<]*passages[^<]*<\/p>/)?.[0]);
  });

  it('names the result keys beside the results and on each result', async () => {
    const page = (await request(app).get('/').query({ q: 'donors' }).expect(200)).text;
    assert.match(page, /<p class="keys-hint" id="keys-hint" hidden>Keys:[^<]*<kbd>Tab<\/kbd>.*<kbd>x<\/kbd> adds it to the reading list/);
    const none = (await request(app).get('/').query({ q: 'zzzzqqqq' }).expect(200)).text;
    assert.doesNotMatch(none, /id="keys-hint"/);
  });

  it('folds the reading list\'s export formats so the items come first', async () => {
    const ids = ((await request(app).get('/api/search').query({ q: 'donors' }).expect(200)).body as { hits: { passage: { id: string } }[] }).hits.slice(0, 3).map((h) => h.passage.id);
    const page = (await request(app).get('/list').query({ ids: ids.join(',') }).expect(200)).text;
    assert.match(page, /<details class="list-export"><summary>Export the list \(\d+ formats\)<\/summary>/);
    assert.ok(page.indexOf('class="list-export"') < page.indexOf('<ol class="reading-list">'));
  });
});
