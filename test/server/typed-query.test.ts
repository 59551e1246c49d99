import assert from 'node:assert/strict';
import request from 'supertest';
import { corpusApp } from '../helpers/server.js';
import { standardQuotes } from '../../server/search/quote-pairs.js';

// A query typed with another language's quotation marks is searched in its standard form
// (“…”), but the page and the API give back what the user typed: the search box, the title,
// every link that carries the query (pages, facets, "open in context", the feed) and the
// API's query.q. Before, „age of caution“ came back as “age of caution“ everywhere.
describe('search: the query as typed is the query shown', function () {
  this.timeout(60_000);
  let app: Awaited<ReturnType<typeof corpusApp>>['app'];
  before(async () => {
    ({ app } = await corpusApp());
  });
  /** typed, and the same query in the parser's own marks */
  const PAIRS: [string, string][] = [
    ['„age of caution“', '"age of caution"'],
    ['«protection advocacy»', '"protection advocacy"'],
    ['« protection advocacy »', '"protection advocacy"'],
    ['「protection advocacy」', '"protection advocacy"'],
    ['‚age of caution‘ advocacy', '"age of caution" advocacy'],
  ];
  const TYPED = PAIRS.map(([typed]) => typed);
  type Found = { total: number; query: { q: string; warnings: string[] } };
  const api = async (q: string) => (await request(app).get('/api/search').query({ q }).expect(200)).body as Found;
  const html = async (q: string, more: Record<string, string> = {}) => (await request(app).get('/').query({ q, ...more }).expect(200)).text;
  /** the q of every link on the page that carries one */
  const linkedQueries = (page: string): string[] =>
    [...page.matchAll(/href="([^"]*)"/g)]
      .map((m) => new URL(m[1].replace(/&amp;/g, '&'), 'http://x/').searchParams.get('q'))
      .filter((q): q is string => q !== null);
  const unescape = (s: string) => s.replace(/&#34;|&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

  it('echoes the query as typed in /api/search, and finds what the standard marks find', async () => {
    for (const [q, plain] of PAIRS) {
      const typed = await api(q);
      assert.equal(typed.query.q, q);
      assert.equal(typed.total, (await api(plain)).total, q);
    }
    assert.ok((await api('„age of caution“')).total > 0);
  });

  it('keeps the query as typed in the search box, the title and every link of the page', async () => {
    for (const q of TYPED) {
      const page = await html(q, { size: '1' });
      assert.equal(unescape(/<input id="q" name="q" type="search" value="([^"]*)"/.exec(page)?.[1] ?? ''), q);
      assert.equal(unescape(/<title>Search: ([^<]*?)(?:, page| · )/.exec(page)?.[1] ?? '').trim(), q.trim());
      // related words and suggestions link to other queries: none carries the standard form
      const linked = linkedQueries(page);
      assert.ok(linked.filter((l) => l === q).length > 5, `${q}: pager, facet and context links carry the query`);
      if (standardQuotes(q) !== q) assert.ok(!linked.includes(standardQuotes(q)), `${q}: no link carries ${standardQuotes(q)}`);
    }
  });

  it('keeps the query as typed on the second page and with a facet chosen', async () => {
    const q = '„protection“';
    const first = await html(q, { size: '1' });
    const facet = /href="([^"]*(?:theme|actor)=[^"]*)"/.exec(first)?.[1];
    assert.ok(facet, 'a facet link');
    const chosen = (await request(app).get(facet.replace(/&amp;/g, '&')).expect(200)).text;
    for (const l of linkedQueries(chosen)) assert.equal(l, q);
    const second = await html(q, { size: '1', page: '2' });
    assert.equal(unescape(/<input id="q" name="q" type="search" value="([^"]*)"/.exec(second)?.[1] ?? ''), q);
    for (const l of linkedQueries(second)) assert.equal(l, q);
  });

  it('keeps the words as typed in the citation explorer and its export links', async () => {
    const q = '«Humanitarian»';
    const page = (await request(app).get('/citations').query({ q }).expect(200)).text;
    assert.equal(unescape(/<input id="q-works" name="q" type="search" value="([^"]*)"/.exec(page)?.[1] ?? ''), q);
    for (const l of linkedQueries(page)) assert.equal(l, q);
  });

  it("holds the query a reading view walks in its 'Search in this document' box, as typed", async () => {
    const doc = 'bowden-metcalfe-hough-2020-age-of-caution';
    for (const q of ['protection', '„age of caution“']) {
      const page = (await request(app).get(`/documents/${doc}`).query({ q }).expect(200)).text;
      assert.match(page, /Hit|hits? for/);
      assert.equal(unescape(/<input id="q-doc" name="q" type="search" value="([^"]*)"/.exec(page)?.[1] ?? 'no box'), q);
    }
    const plain = (await request(app).get(`/documents/${doc}`).expect(200)).text;
    assert.equal(/<input id="q-doc" name="q" type="search" value="([^"]*)"/.exec(plain)?.[1], '');
  });

  it('cuts a long query as typed where it cuts the standard one', async () => {
    const q = `„${'protection advocacy '.repeat(60).trim()}“`;
    const found = await api(q);
    assert.ok(found.query.q.length < q.length);
    assert.ok(q.startsWith(found.query.q.slice(0, -1)), 'the typed text, cut');
    assert.match(found.query.warnings.join(' '), /shortened/);
  });

  it('opens a hit of a long query in context with the query cut where the search cut it (ui44)', async () => {
    // 300 characters: searched (cut at 500 only past it) but answered 400 "q is too long" by the
    // reading view its hits link to; 700: shown whole in the box there, not as the search cut it
    for (const q of ['protection advocacy '.repeat(15).trim(), `„${'protection advocacy '.repeat(35).trim()}“`]) {
      const search = await html(q);
      const open = /<a href="([^"]*)">Open in context<\/a>/.exec(search)?.[1];
      assert.ok(open, 'a hit to open');
      const reading = (await request(app).get(unescape(open)).expect(200)).text;
      const box = unescape(/<input id="q-doc" name="q" type="search" value="([^"]*)"/.exec(reading)?.[1] ?? 'no box');
      assert.equal(box, (await api(q)).query.q, `the box of the reading view for ${q.length} characters`);
      assert.equal(box, unescape(/<input id="q" [^>]*value="([^"]*)"/.exec(search)?.[1] ?? 'no box'), 'the same as the search box');
      // asked for directly (a bookmark, a link from elsewhere), it is cut there and says so
      const direct = (await request(app).get(`/documents/${new URL(unescape(open), 'http://x/').pathname.split('/').pop()}`).query({ q }).expect(200)).text;
      assert.equal(unescape(/<input id="q-doc" name="q" type="search" value="([^"]*)"/.exec(direct)?.[1] ?? 'no box'), box);
      assert.equal(/shortened to the words/.test(direct), q.length > 500, 'says the query was shortened when it was');
    }
  });
});
