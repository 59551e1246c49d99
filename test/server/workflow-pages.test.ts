import assert from 'node:assert/strict';
import request from 'supertest';
import { corpusApp } from '../helpers/server.js';
import { compareView, MAX_COLUMNS } from '../../server/compare.js';

// The reading list, compare and citation explorer pages as served (no JavaScript): what they
// show, and that odd addresses get a page with a warning, never a 500.

describe('reading list, compare and explorer pages', function () {
  this.timeout(60_000);
  let app: Awaited<ReturnType<typeof corpusApp>>['app'];
  let store: Awaited<ReturnType<typeof corpusApp>>['store'];
  let passages: string[];
  before(async () => {
    ({ app, store } = await corpusApp());
    const r = await request(app).get('/api/search').query({ q: 'donors', perDoc: 0 }).expect(200);
    passages = r.body.hits.map((h: { passage: { id: string } }) => h.passage.id);
  });

  it('shows the list in the order of the URL, with notes, actions as links and every export', async () => {
    const [a, b, c] = passages;
    const page = await request(app).get('/list').query({ ids: `${a},${b}`, list: c, [`note-${b}`]: 'for chapter 2' }).expect(200);
    // `list` (carried) comes first, then the ids just added
    const order = [...page.text.matchAll(/<li class="list-item" id="item-([0-9a-f]{16})"/g)].map((m) => m[1]);
    assert.deepEqual(order, [c, a, b]);
    assert.match(page.text, /for chapter 2<\/textarea>/);
    // the exports carry the list's notes (userreview29 finding 1)
    assert.match(page.text, new RegExp(`href="/api/export\\?format=csv&amp;ids=${c},${a},${b}&amp;note-${b}=for\\+chapter\\+2"`));
    for (const f of ['bibtex', 'ris', 'csl-json', 'csv', 'apa', 'chicago', 'harvard']) assert.match(page.text, new RegExp(`format=${f}&amp;ids=`));
    assert.match(page.text, /Reading list <span class="list-count" id="list-count">\(3\)<\/span>/);
    // moving the second up gives the list with it first, the note kept
    const up = page.text.match(new RegExp(`id="item-${a}"[\\s\\S]*?data-act="up" href="([^"]+)"`))![1].replace(/&amp;/g, '&');
    assert.equal(new URL(up, 'http://x').searchParams.get('ids'), `${a},${c},${b}`);
    assert.equal(new URL(up, 'http://x').searchParams.get(`note-${b}`), 'for chapter 2');
  });

  it('leaves out ids the index does not hold, and says so', async () => {
    const page = await request(app).get('/list').query({ ids: `${passages[0]},0000000000000000,<script>` }).expect(200);
    assert.match(page.text, /1 passage is no longer in the index \(its file was removed or changed/);
    assert.doesNotMatch(page.text, /<script>/);
    // two of them: "their files were", not "its file was" (user37)
    const two = await request(app).get('/list').query({ ids: `${passages[0]},0000000000000000,1111111111111111` }).expect(200);
    assert.match(two.text, /2 passages are no longer in the index \(their files were removed or changed since the list was made\) and were left out/);
    await request(app).get('/list').query({ ids: ['a', 'b'], undo: 'https://evil.example/' }).expect(200);
  });

  it('compares two documents in columns, and explains what to choose when there is one', async () => {
    const page = await request(app).get('/compare').query({ q: 'quiet diplomacy', doc: ['bowden-metcalfe-hough-2020-age-of-caution', 'metcalfe-hough-2021-collaborative-advocacy', 'nope'] }).expect(200);
    assert.equal((page.text.match(/<section class="column"/g) ?? []).length, 2);
    assert.match(page.text, /Not in the corpus, left out: nope/);
    assert.match(page.text, /\(Bowden &amp; Metcalfe-Hough, 2020, (p|pp|para)\. [^)]+\)/);
    const years = await request(app).get('/compare').query({ q: 'protection', year: ['2020', '2024'] }).expect(200);
    assert.equal((years.text.match(/<section class="column"/g) ?? []).length, 2);
    const one = await request(app).get('/compare').query({ q: 'protection', doc: 'gilder-2024-peace-operations-human-security' }).expect(200);
    assert.match(one.text, /Choose two or more documents or years/);
  });

  it('offers a large library’s documents with the most passages on the question, not all of them', () => {
    const snap = store.snapshot;
    // as a library past the limit is offered, with a limit of one document
    const before = compareView(snap, {}, 1);
    assert.equal(before.offeredBy, 'recent');
    assert.deepEqual(before.docs.map((d) => d.id), ['gilder-2024-peace-operations-human-security']);
    const asked = compareView(snap, { q: 'quiet diplomacy', doc: 'gilder-2024-peace-operations-human-security' }, 1);
    assert.equal(asked.offeredBy, 'hits');
    // the document with the most passages on it, and the chosen one, which stays offered
    assert.equal(asked.docs.length, 2);
    assert.equal(asked.docs[1].id, 'gilder-2024-peace-operations-human-security');
    assert.ok(asked.hitCounts.get(asked.docs[0].id)! >= (asked.hitCounts.get(asked.docs[1].id) ?? 0));
    assert.equal(compareView(snap, {}).offeredBy, 'all');
  });

  it('shows at most MAX_COLUMNS columns, documents first, and says how many were left out (attack21: 40 columns of pro* were 7.4 s of CPU at 100k)', async () => {
    const snap = store.snapshot;
    const docs = [...snap.documents.keys()];
    const years = compareView(snap, {}).years;
    assert.ok(docs.length + years.length > 2);
    const v = compareView(snap, { q: 'protection', doc: docs, year: years }, undefined, 2);
    assert.deepEqual(v.columns.map((c) => c.id), docs.slice(0, 2));
    assert.equal(v.leftOut, docs.length + years.length - 2);
    // the columns shown are the searches they were
    const whole = compareView(snap, { q: 'protection', doc: docs.slice(0, 2) });
    assert.deepEqual(v.columns.map((c) => [c.total, c.hits.map((h) => h.p.id)]), whole.columns.map((c) => [c.total, c.hits.map((h) => h.p.id)]));
    assert.equal(whole.leftOut, 0);
    assert.ok(MAX_COLUMNS >= 2 && MAX_COLUMNS <= 8);
    const page = await request(app).get('/compare').query({ q: 'protection', doc: Array.from({ length: MAX_COLUMNS }, () => docs).flat().map((d, i) => `${d}${i >= docs.length ? `-${i}` : ''}`), year: years }).expect(200);
    const shown = Math.min(MAX_COLUMNS, docs.length + years.length);
    assert.match(page.text, new RegExp(`${shown} columns`));
    if (docs.length + years.length > MAX_COLUMNS) assert.match(page.text, /At most \d+ columns side by side/);
  });

  it('makes one column of a document or year chosen twice (a reviewer got two identical columns)', () => {
    const v = compareView(store.snapshot, { q: 'protection', doc: ['gilder-2024-peace-operations-human-security', 'gilder-2024-peace-operations-human-security'], year: ['2020', '2020'] });
    assert.deepEqual(v.chosenDocs, ['gilder-2024-peace-operations-human-security']);
    assert.deepEqual(v.chosenYears, ['2020']);
  });

  it('cites each compared hit from safe metadata: an author’s unclosed direction control is closed, a line break a space (review16-c finding 7)', () => {
    const id = 'gilder-2024-peace-operations-human-security';
    const d = store.snapshot.documents.get(id)!;
    const csl = d.csl;
    d.csl = { ...csl, author: [{ family: 'Gilder\u202E', given: 'Alexander\nX' }] };
    try {
      const v = compareView(store.snapshot, { q: 'protection', doc: id, year: '2020' });
      const cites = v.columns[0]!.hits.map((h) => h.cite);
      assert.ok(cites.length > 0);
      for (const cite of cites) {
        assert.match(cite, /\u202E\u202C/);
        assert.doesNotMatch(cite, /\n/);
      }
    } finally {
      d.csl = csl;
    }
  });

  it('filters the explorer by citing document and by cited work, with titles, and notes unread reference lists', async () => {
    const all = await request(app).get('/citations').expect(200);
    assert.match(all.text, /No reference list could be read from <a href="\/documents\/bowden-metcalfe-hough-2020-age-of-caution">Humanitarian diplomacy/);
    const from = await request(app).get('/citations').query({ from: 'gilder-2024-peace-operations-human-security' }).expect(200);
    const cited = [...from.text.matchAll(/<p class="meta">Cited by ([\s\S]*?)<\/p>/g)].map((m) => m[1]);
    assert.ok(cited.length > 5 && cited.every((t) => /Peace operations and human security/.test(t)));
    const work = from.text.match(/href="\/citations\?work=([^"&]+)/)![1];
    const one = await request(app).get(`/citations?work=${work}`).expect(200);
    assert.equal((one.text.match(/<li class="work">/g) ?? []).length, 1);
    const unread = await request(app).get('/citations').query({ from: 'bowden-metcalfe-hough-2020-age-of-caution' }).expect(200);
    assert.match(unread.text, /No reference list or citation notes could be read from/);
    const unknown = await request(app).get('/citations').query({ from: 'nope', work: 'nope' }).expect(200);
    assert.match(unknown.text, /no document “nope”/);
    const doc = await request(app).get('/documents/metcalfe-hough-2021-collaborative-advocacy').expect(200);
    assert.match(doc.text, /Cites in the corpus: <a href="\/documents\/bowden-metcalfe-hough-2020-age-of-caution">Humanitarian diplomacy/);
  });

  it('does not list a pull quote as a second hit beside the paragraph it repeats', async () => {
    const r = await request(app).get('/api/search').query({ q: '"no perfection in protection"', perDoc: 0 }).expect(200);
    assert.equal(r.body.total, 1);
    assert.equal(r.body.hits[0].passage.duplicate, false);
  });
});
