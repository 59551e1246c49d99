import assert from 'node:assert/strict';
import { copyFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import request from 'supertest';
import { runIndex } from '../../indexer/run.js';
import { IndexStore } from '../../server/index-store.js';
import { createApp } from '../../server/app.js';
import { filesNotIndexed } from '../../server/build-report.js';
import { tempDir } from '../helpers/tmp.js';
import { pager } from '../../server/pager.js';
import { assertMatchesSpec } from '../helpers/openapi.js';

// What a library of hundreds of documents showed a user (userreview18b): a skipped file
// nowhere in the browser, "Page 200 of 46" over an empty list, and a count of passages the
// grouped pages never reach with no way to list them.

describe('pages of a large library', function () {
  this.timeout(120_000);
  let app: ReturnType<typeof createApp>;
  before(async () => {
    const corpusDir = await tempDir('ur18b-corpus-');
    const src = join(process.cwd(), 'corpus');
    for (const f of await readdir(src)) await copyFile(join(src, f), join(corpusDir, f));
    await writeFile(join(corpusDir, 'broken-scan.pdf'), 'not a pdf at all');
    // a kind of file no reader takes: in no file line of the report, only in its `ignored`
    await writeFile(join(corpusDir, 'Meeting minutes March.docx'), 'PK not really a docx');
    const indexDir = await tempDir('ur18b-index-');
    await runIndex({ corpusDir, indexDir, maxPages: 2000, timeoutMs: 60_000, useCache: true });
    const store = new IndexStore(indexDir);
    await store.refresh();
    app = createApp(store, { capacity: { perClientPerMinute: 0, perClientCpuMsPerMinute: 0 } });
  });

  it('lists the files the build skipped on the About page, with the reason', async () => {
    const about = await request(app).get('/about').expect(200);
    assert.match(about.text, /Files not indexed/);
    assert.match(about.text, /Of the 4 files the last build read, 1 was skipped/);
    assert.match(about.text, /<code>broken-scan\.pdf<\/code> — skipped: not a PDF/);
  });

  it('lists a file of a kind it does not read, with what to do (userreview19b finding 4)', async () => {
    const about = await request(app).get('/about').expect(200);
    assert.match(about.text, /Of the 4 files the last build read, 1 was skipped \(search cannot find it\); 1 other file is of a kind it does not read \(search cannot find it\):/);
    assert.match(about.text, /<code>Meeting minutes March\.docx<\/code> — not read: only PDF, plain text and Markdown files are indexed \(save it as PDF or text to include it\)/);
  });

  it('says a page past the last is past it and links back to the last', async () => {
    const q = { q: 'protection', perDoc: '0' };
    const api = await request(app).get('/api/search').query(q).expect(200);
    assert.ok(api.body.pages > 2, String(api.body.pages));
    const past = await request(app).get('/').query({ ...q, page: '200' }).expect(200);
    assert.match(past.text, new RegExp(`Page 200 is past the last page of these results \\(page ${api.body.pages}\\)`));
    assert.match(past.text, new RegExp(`<a href="[^"]*page=${api.body.pages}(&amp;[^"]*)?">Go to page ${api.body.pages}</a>`));
    // "Previous" goes to the last page, not to page 199 (as empty as this one)
    assert.match(past.text, new RegExp(`<a rel="prev" href="[^"]*page=${api.body.pages}(&amp;[^"]*)?">Previous</a>`));
    const inside = await request(app).get('/').query({ ...q, page: '2' }).expect(200);
    assert.doesNotMatch(inside.text, /past the last page/);
    // a page within, past the second, leads to the first in one step
    const third = await request(app).get('/').query({ ...q, page: '3' }).expect(200);
    assert.match(third.text, /<a class="first" href="[^"]*">First<\/a>/);
  });

  it('says how many grouped hits are listed and links to every passage, and back', async () => {
    const api = await request(app).get('/api/search').query({ q: 'protection', perDoc: '3' }).expect(200);
    assert.ok(api.body.grouped && api.body.shown < api.body.total);
    const grouped = await request(app).get('/').query({ q: 'protection', perDoc: '3' }).expect(200);
    const count = /<p class="count" id="count">([\s\S]*?)<\/p>/.exec(grouped.text)?.[1] ?? '';
    assert.match(count, new RegExp(`${api.body.total} passages in 3 documents, ${api.body.shown} listed at most 3 per document`));
    const href = /class="ungroup" href="([^"]+)">list all (\d+)</.exec(count);
    assert.ok(href, count);
    assert.equal(Number(href[2]), api.body.total);
    const all = await request(app).get(href[1].replaceAll('&amp;', '&')).expect(200);
    const listed = await request(app).get('/api/search').query({ q: 'protection', perDoc: '0' }).expect(200);
    assert.equal(listed.body.grouped, false);
    assert.equal(listed.body.pages, Math.ceil(api.body.total / 20));
    assert.match(all.text, /class="regroup" href="[^"]*perDoc=3[^"]*">at most 3 per document</);
  });

  it('links the last page and has a box for any page, keeping the search', async () => {
    const q = { q: 'protection', perDoc: '0', sort: 'date' };
    const api = await request(app).get('/api/search').query(q).expect(200);
    const last = api.body.pages;
    assert.ok(last > 4, String(last));
    const second = await request(app).get('/').query({ ...q, page: '2' }).expect(200);
    const lastHref = /<a class="last" href="([^"]+)">Last<\/a>/.exec(second.text)?.[1] ?? '';
    assert.deepEqual(Object.fromEntries(new URLSearchParams(lastHref.replace(/^\/\?/, '').replaceAll('&amp;', '&'))), { ...q, page: String(last) });
    const box = /<form class="page-jump" action="\/" method="get">([\s\S]*?)<\/form>/.exec(second.text)?.[1] ?? '';
    // every parameter but the page travels with the box
    assert.match(box, /<input type="hidden" name="q" value="protection">/);
    assert.match(box, /<input type="hidden" name="perDoc" value="0">/);
    assert.match(box, /<input type="hidden" name="sort" value="date">/);
    assert.doesNotMatch(box, /type="hidden" name="page"/);
    assert.match(box, new RegExp(`name="page" type="number" min="1" max="${last}" value="2"`));
    // on the last page, no Next and no Last
    const end = await request(app).get('/').query({ ...q, page: String(last) }).expect(200);
    assert.doesNotMatch(end.text, /class="last"|rel="next"/);
  });

  it('links no page past the deepest the request reader takes, and says so', () => {
    const pg = pager({ query: { q: 'a', page: '3' }, page: 3, pages: 250_000, maxPage: 100_000 });
    assert.equal(pg.last, 100_000);
    assert.equal(pg.beyond, 150_000);
    assert.equal(pg.lastHref, '/?q=a&page=100000');
    const deepest = pager({ query: { q: 'a' }, page: 100_000, pages: 250_000, maxPage: 100_000 });
    assert.equal(deepest.next, undefined);
    // past the last (a stale bookmark): Previous goes to the last, not to another empty page
    const past = pager({ query: { find: 'x' }, page: 9, pages: 4, maxPage: 4, path: '/about', hash: '#documents' });
    assert.equal(past.previous, '/about?find=x&page=4#documents');
    assert.equal(past.lastHref, undefined);
    assert.deepEqual(past.hidden, [['find', 'x']]);
  });

  it('says on the search page why Kind\'s counts add up to more than the passages found', async () => {
    const api = await request(app).get('/api/search').expect(200);
    const kinds = api.body.facets.kind as { id: string; count: number; heldBack?: number }[];
    const sum = kinds.reduce((n, v) => n + v.count, 0);
    const held = kinds.find((v) => v.heldBack);
    assert.ok(held, JSON.stringify(kinds));
    assert.equal(held.id, 'quotation');
    // the bundled reports' pull quotes: the difference, all of it
    assert.equal(sum - api.body.total, held.heldBack);
    const page = await request(app).get('/').expect(200);
    assert.match(page.text, new RegExp(`<p class="facet-note held-back">Of Interview quotation’s ${held.count}, ${held.heldBack} are pull quotes that repeat a paragraph beside them: the results list the paragraph, so the ${api.body.total.toLocaleString('en')} passages found leave them out\\. Choose Interview quotation to list them\\.</p>`));
    // chosen, they are listed, and nothing is held back
    const quotes = await request(app).get('/api/search').query({ kind: 'quotation' }).expect(200);
    assert.equal(quotes.body.total, held.count);
    assert.ok(!(quotes.body.facets.kind as { heldBack?: number }[]).some((v) => v.heldBack));
  });

  it('answers the facet filter box with the values the page does not list, counted for the search shown', async () => {
    // facetSize=1 lists one author: the others are the page's unlisted values
    const page = await request(app).get('/').query({ q: 'protection', facetSize: '1' }).expect(200);
    assert.match(page.text, /<p class="facet-more">1 of \d+ shown/);
    const all = await request(app).get('/api/search').query({ q: 'protection', facetSize: '10000' }).expect(200);
    const authors = all.body.facets.author as { id: string; label: string; count: number }[];
    const want = authors.filter((a) => /metcalfe/i.test(a.label));
    assert.ok(want.length, JSON.stringify(authors));
    const found = await request(app).get('/api/facet-values').query({ q: 'protection', facet: 'author', find: 'METCALFE' }).expect(200);
    assertMatchesSpec('/api/facet-values', 200, found.body);
    assert.equal(found.body.matching, want.length);
    assert.deepEqual(found.body.values.map((v: { id: string; count: number }) => [v.id, v.count]), want.map((a) => [a.id, a.count]));
    // the filters of the page count too
    const narrowed = await request(app).get('/api/facet-values').query({ q: 'protection', facet: 'author', find: 'metcalfe', kind: 'recommendation' }).expect(200);
    const withKind = await request(app).get('/api/search').query({ q: 'protection', kind: 'recommendation', facetSize: '10000' }).expect(200);
    assert.deepEqual(narrowed.body.values.map((v: { count: number }) => v.count), (withKind.body.facets.author as { label: string; count: number }[]).filter((a) => /metcalfe/i.test(a.label)).map((a) => a.count));
    const bad = await request(app).get('/api/facet-values').query({ facet: 'colour', find: 'x' }).expect(400);
    assertMatchesSpec('/api/facet-values', 400, bad.body);
    await request(app).get('/api/facet-values').query({ facet: 'author' }).expect(400);
  });

  it('reads no files from a report that is not one', () => {
    assert.deepEqual(filesNotIndexed(null), []);
    assert.deepEqual(filesNotIndexed({ files: 'x' }), []);
    assert.deepEqual(filesNotIndexed({ files: [{ file: 'a.pdf', status: 'indexed' }, { file: 'b.pdf', status: 'partial' }, { status: 'skipped' }] }), [{ file: 'b.pdf', status: 'partial', reason: 'read in part' }]);
    // a reason quoting a file-system error names no path on the server
    assert.deepEqual(filesNotIndexed({ files: [{ file: 'c.pdf', status: 'skipped', reason: "EIO: i/o error, read '/srv/ngo/lib/c.pdf'" }] }), [{ file: 'c.pdf', status: 'skipped', reason: "EIO: i/o error, read '…/c.pdf'" }]);
  });
});
