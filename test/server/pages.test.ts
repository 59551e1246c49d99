import assert from 'node:assert/strict';
import request from 'supertest';
import { corpusApp } from '../helpers/server.js';
import { exporters } from '../../server/export/registry.js';

const ids = (html: string) => [...html.matchAll(/href="\/documents\/[^"#]+#p-([0-9a-f]{16})"/g)].map((m) => m[1]);

describe('HTML pages (no JavaScript needed)', function () {
  this.timeout(60_000);
  let app: Awaited<ReturnType<typeof corpusApp>>['app'];
  before(async () => {
    ({ app } = await corpusApp());
  });

  it('shows the same hits as the API for the same parameters', async () => {
    for (const query of [{ q: 'protection advocacy' }, { q: 'caution', kind: 'finding' }, { q: '', doc: 'gilder-2024-peace-operations-human-security', page: '2' }]) {
      const page = await request(app).get('/').query(query).expect(200).expect('content-type', /html/);
      const api = await request(app).get('/api/search').query(query).expect(200);
      assert.deepEqual(ids(page.text), api.body.hits.map((h: { passage: { id: string } }) => h.passage.id), JSON.stringify(query));
      assert.match(page.text, new RegExp(`${api.body.total} passage`));
    }
  });

  it("says in a tag's tooltip what the passage names, not the tagger's rule name (userreview29 finding 8)", async () => {
    const page = await request(app).get('/').query({ q: 'UNHCR' }).expect(200);
    const tips = [...page.text.matchAll(/role="tooltip" id="why-[^"]+">([^<]*)</g)].map((m) => m[1]);
    assert.ok(tips.some((t) => /^names “/.test(t)), tips.slice(0, 5).join(' | '));
    assert.ok(!tips.some((t) => /^alias:|^weighted cues/.test(t)), tips.filter((t) => /^alias:|^weighted cues/.test(t)).slice(0, 3).join(' | '));
  });

  it('sends /search with its query to the search page', async () => {
    const moved = await request(app).get('/search?q=protection%20advocacy&kind=finding').expect(301);
    assert.equal(moved.headers.location, '/?q=protection%20advocacy&kind=finding');
    assert.equal((await request(app).get('/search').expect(301)).headers.location, '/');
  });

  it('renders warnings and corrections, and a 400 page for bad parameters', async () => {
    const warned = await request(app).get('/').query({ q: 'UN:peace' }).expect(200);
    assert.match(warned.text, /not a field/);
    const corrected = await request(app).get('/').query({ q: 'humanitarain' }).expect(200);
    assert.match(corrected.text, /Showing results for <strong>humanitarian<\/strong>/);
    await request(app).get('/').query({ size: 1000 }).expect(400);
  });

  it('links every export format once, a style once with its text, HTML and RTF variants', async () => {
    const page = await request(app).get('/').query({ q: 'caution' }).expect(200);
    const line = /Export all:([\s\S]*?)<\/p>/.exec(page.text)?.[1] ?? '';
    // folded away, so that on a phone the first hit is not pushed below the fold
    assert.match(page.text, /<details class="export-all"><summary>Export all \d+ passages<\/summary><p class="links">Export all:/);
    const formats = [...line.matchAll(/format=([a-z-]+)"/g)].map((m) => m[1]);
    assert.deepEqual(formats, exporters.map((e) => e.id));
    const text = line.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim();
    assert.match(text, /APA 7 \(text, HTML, RTF\)/);
    assert.equal(text.match(/APA/g)?.length, 1, text);
    // CSL-JSON beside RIS: a hint says which one keeps each quote and its page for Zotero
    const hint = /class="export-hint"[^>]*>([^<]*(?:<[^>]+>[^<]*)*?)<\/(?:p|span|small)>/.exec(page.text)?.[1] ?? '';
    assert.match(hint.replace(/<[^>]+>/g, ''), /RIS.*quote.*page|RIS.*page.*quote/i);
    const list = await request(app).get('/list').query({ ids: ids(page.text).slice(0, 2).join(',') }).expect(200);
    assert.match(list.text, /class="export-hint"/);
    // nothing to export from a search that found nothing
    const none = await request(app).get('/').query({ q: 'zzzqqq' }).expect(200);
    assert.doesNotMatch(none.text, /Export all/);
  });

  it('renders a reading view with an anchor per passage, and a passage permalink', async () => {
    const d = await request(app).get('/documents/bowden-metcalfe-hough-2020-age-of-caution').expect(200);
    const anchors = [...d.text.matchAll(/id="p-([0-9a-f]{16})"/g)].map((m) => m[1]);
    assert.ok(anchors.length > 50);
    // the file as the corpus names it, relative, no server path (userreview19b finding 11)
    assert.match(d.text, /File: <code>bowden-metcalfe-hough-2020-age-of-caution\.txt<\/code>/);
    assert.doesNotMatch(d.text, /File: <code>\//);
    // the three bundled titles differ: the list names no file
    assert.doesNotMatch((await request(app).get('/about').expect(200)).text, /class="file-name"/);
    const p = await request(app).get(`/passages/${anchors[3]}`).expect(200);
    assert.match(p.text, /Humanitarian diplomacy and protection advocacy in an age of caution/);
    await request(app).get('/documents/nope').expect(404);
  });

  it('says how many documents and passages the corpus holds, and finds a document by title', async () => {
    const health = await request(app).get('/api/health').expect(200);
    const about = await request(app).get('/about').expect(200);
    assert.match(about.text, new RegExp(`3 documents, ${health.body.index.passages.toLocaleString('en')} passages( \\(search lists [\\d,]+: [^)]*\\))?, index built`));
    const found = await request(app).get('/about').query({ find: 'age of caution' }).expect(200);
    assert.match(found.text, /1 of 3 documents match/);
    assert.equal([...found.text.matchAll(/<tr><td><a href="\/documents\//g)].length, 1);
    await request(app).get('/about').query({ sort: 'nope' }).expect(400);
  });

  it("draws About's charts as lists of links with each label whole, not as a scaled picture", async () => {
    // The SVG charts shrank their labels to ~9 px on a phone and cut them at 28 characters.
    const about = (await request(app).get('/about').expect(200)).text;
    const rows = [...about.matchAll(/<li><a href="\/\?theme=([^"]+)"><span class="label">([^<]+)<\/span><span class="track" aria-hidden="true"><span class="bar" style="width: ([\d.]+)%"><\/span><\/span><span class="count">([\d,]+)<\/span><\/a><\/li>/g)];
    assert.ok(rows.length > 5, `${rows.length} theme rows`);
    assert.ok(rows.some((r) => r[2].length > 28 && !r[2].endsWith('…')), rows.map((r) => r[2]).join(' | '));
    assert.equal(rows[0][3], '100.0');
    assert.doesNotMatch(about, /<svg role="group"/);
  });

  it('links a filter given by its label as its id, so a link that removes it does', async () => {
    const page = await request(app).get('/').query({ q: 'protection', place: 'syria' }).expect(200);
    assert.doesNotMatch(page.text, /place=syria/);
    assert.match(page.text, /place=SYR/);
    // the chip that removes the filter links to the search without it
    const chip = /<a class="chip"[^>]*href="([^"]*)"[^>]*>[^<]*Syria/.exec(page.text);
    assert.ok(chip, 'a chip names the place by its label');
    assert.doesNotMatch(chip[1].replace(/&amp;/g, '&'), /place=/);
  });

  it('marks the query’s words in the reading view opened from a search, with links to the previous and next hit', async () => {
    const search = await request(app).get('/').query({ q: 'protection advocacy', doc: 'bowden-metcalfe-hough-2020-age-of-caution', perDoc: 0 }).expect(200);
    const open = /href="(\/documents\/[^"]+)">Open in context/.exec(search.text)?.[1]?.replace(/&amp;/g, '&') ?? '';
    assert.match(open, /[?&]q=protection\+advocacy/, 'a hit opens its context with the query');
    const view = await request(app).get(open.replace(/#.*/, '')).expect(200);
    const hl = /<section[^>]*class="[^"]*highlight[^"]*"[\s\S]*?<\/section>/.exec(view.text)?.[0] ?? '';
    const marked = [...hl.matchAll(/<mark>([^<]+)<\/mark>/g)].map((m) => m[1].toLowerCase());
    assert.ok(marked.length > 0, 'the target passage has marks');
    // the same marks as the search's snippet (one matcher): every word the snippet marks is marked
    const api = await request(app).get('/api/search').query({ q: 'protection advocacy', doc: 'bowden-metcalfe-hough-2020-age-of-caution', perDoc: 0, size: 100 }).expect(200);
    const id = /hl=([0-9a-f]{16})/.exec(open)![1];
    const snippetMarks = [...(api.body.hits.find((x: { passage: { id: string } }) => x.passage.id === id).snippet as string).matchAll(/<mark>([^<]+)<\/mark>/g)].map((m) => m[1].toLowerCase());
    for (const w of snippetMarks) assert.ok(marked.some((m) => m.includes(w)), `“${w}” marked in the reading view`);
    // previous / next hit: plain links to the hits' anchors, the query kept
    const nav = /<nav class="hit-nav"[\s\S]*?<\/nav>/.exec(view.text)?.[0] ?? '';
    assert.match(nav, /Hit (\d+) of (\d+)/);
    const at = Number(/Hit (\d+) of/.exec(nav)![1]);
    const next = /rel="next" href="([^"]+)"/.exec(nav)?.[1]?.replace(/&amp;/g, '&');
    assert.ok(next && /q=protection\+advocacy&hl=[0-9a-f]{16}#p-[0-9a-f]{16}$/.test(next), next);
    const after = await request(app).get(next.replace(/#.*/, '')).expect(200);
    assert.match(after.text, new RegExp(`Hit ${at + 1} of`));
    const back = /rel="prev" href="([^"]+)"/.exec(/<nav class="hit-nav"[\s\S]*?<\/nav>/.exec(after.text)![0])?.[1]?.replace(/&amp;/g, '&');
    assert.equal(back?.replace(/#.*/, ''), open.replace(/#.*/, ''));
    // without a query: no marks, no hit links, as before
    const plain = await request(app).get(`/documents/bowden-metcalfe-hough-2020-age-of-caution?hl=${id}`).expect(200);
    assert.doesNotMatch(plain.text, /<mark>|class="hit-nav"/);
  });

  it('gives the search page one h1 and a heading over its results, for a screen reader\'s heading list (userreview18)', async () => {
    const found = await request(app).get('/').query({ q: 'protection advocacy' }).expect(200);
    assert.equal([...found.text.matchAll(/<h1\b/g)].length, 1);
    assert.match(found.text, /<h1 class="visually-hidden">Search passages<\/h1>/);
    const headings = [...found.text.matchAll(/<h([1-3])\b[^>]*>([^<]*)</g)].map((m) => `${m[1]}:${m[2]}`);
    assert.ok(headings.indexOf('2:Results') > headings.indexOf('1:Search passages'), headings.join(' | '));
    const none = await request(app).get('/').query({ q: 'zzzqqq' }).expect(200);
    assert.doesNotMatch(none.text, />Results<\/h2>/, 'no results: the "No results" heading alone');
    assert.match(none.text, /<h1 class="visually-hidden">Search passages<\/h1>/);
  });
});

