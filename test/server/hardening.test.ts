import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import request from 'supertest';
import { corpusApp } from '../helpers/server.js';
import { assertMatchesSpec } from '../helpers/openapi.js';
import { createApp } from '../../server/app.js';
import type { IndexStore } from '../../server/index-store.js';
import { createHttpServer } from '../../server/http/server.js';
import { connect, type AddressInfo } from 'node:net';

// The audit of issue 16, one defect per test: each fails on the server as it was.

describe('hardening: bad input never gets a 500, and errors say nothing of the server', function () {
  this.timeout(60_000);
  let app: Awaited<ReturnType<typeof corpusApp>>['app'];
  let store: IndexStore;
  before(async () => {
    ({ app, store } = await corpusApp());
  });

  it('answers object-valued and repeated parameters with 200 or 400, never 500', async () => {
    const urls = [
      '/api/search?q[toString]=x',
      '/api/search?actor[toString]=x',
      '/api/search?sort[toString]=x',
      '/api/search?page[toString]=1',
      '/api/search?sort=date&sort=relevance',
      '/api/search?page=1&page=2',
      '/api/export?format[toString]=csv&ids[toString]=x',
      '/api/export?format=csv&format=ris',
      '/?q[toString]=x&page[a]=1',
      '/feed.xml?q[__proto__]=x',
      '/?q=a&q=b&q[x]=c',
    ];
    for (const url of urls) {
      const r = await request(app).get(url);
      assert.ok(r.status === 200 || r.status === 400, `${url}: ${r.status}`);
      if (r.status === 400 && url.startsWith('/api/search')) assertMatchesSpec('/api/search', 400, r.body);
    }
  });

  it('says that parameters named with brackets are not read, instead of browsing everything in silence', async () => {
    const r = await request(app).get('/api/search?q[]=protection&q[]=advocacy').expect(200);
    assert.match(r.body.query.warnings.join(' '), /Parameters named with brackets \("q\[\]"\) are not read: repeat the parameter instead \(q=a&q=b\)/);
    const page = await request(app).get('/?q[]=protection').expect(200);
    assert.match(page.text, /Parameters named with brackets/);
    assert.deepEqual((await request(app).get('/api/search?q=protection').expect(200)).body.query.warnings, []);
  });

  it('answers a bad percent-escape in a path with 400', async () => {
    for (const url of ['/api/passages/%ff', '/api/documents/%E0%A4%A', '/passages/%ff', '/documents/%']) {
      const r = await request(app).get(url);
      assert.equal(r.status, 400, url);
    }
  });

  it('logs an unexpected error under a request id and sends only a generic message with that id', async () => {
    const lines: string[] = [];
    const logger = pino({ level: 'info' }, new Writable({ write: (chunk: Buffer, _e, done) => (lines.push(chunk.toString()), done()) }));
    const failing = createApp(store, {
      logger,
      extend: (a) =>
        a.get('/api/boom', () => {
          throw new Error('secret detail: /home/user/data/index is unreadable');
        }),
    });
    const r = await request(failing).get('/api/boom').expect(500);
    assert.doesNotMatch(JSON.stringify(r.body), /secret|\/home/);
    assert.match(r.body.error, /Something went wrong/);
    assert.equal(r.body.requestId, r.headers['x-request-id']);
    assert.ok(lines.some((l) => l.includes('secret detail') && l.includes(r.body.requestId)), 'the detail is logged');
  });

  it('writes one structured access-log line per request, with id, status and time', async () => {
    const lines: string[] = [];
    const logger = pino({ level: 'info' }, new Writable({ write: (chunk: Buffer, _e, done) => (lines.push(chunk.toString()), done()) }));
    const logged = createApp(store, { logger });
    const r = await request(logged).get('/api/search?q=protection').set('X-Request-Id', 'abc-123').expect(200);
    assert.equal(r.headers['x-request-id'], 'abc-123');
    const entry = lines.map((l) => JSON.parse(l) as { req?: { id: string; url: string }; res?: { statusCode: number }; responseTime?: number }).find((e) => e.req?.id === 'abc-123');
    assert.ok(entry, lines.join('\n'));
    assert.equal(entry.res?.statusCode, 200);
    assert.equal(typeof entry.responseTime, 'number');
    // a hostile id is replaced, not echoed into logs and headers
    const r2 = await request(logged).get('/api/health').set('X-Request-Id', '<script>'.repeat(20));
    assert.match(r2.headers['x-request-id'], /^[0-9a-f-]{36}$/);
  });

  it('refuses methods other than GET and HEAD, and over-long addresses', async () => {
    const post = await request(app).post('/api/search').send('x'.repeat(1000));
    assert.equal(post.status, 405);
    assert.equal(post.headers.allow, 'GET, HEAD');
    // node's own 16 KiB head limit would answer first: the server's is larger, for long export URLs
    const long = await request(createHttpServer(app)).get(`/api/search?q=${'a'.repeat(40_000)}`);
    assert.equal(long.status, 414);
  });

  it('answers a head larger than the limit, or one that is not HTTP, with a JSON error, not an empty body', async () => {
    const server = createHttpServer(app);
    const huge = await request(server).get('/api/health').set('Cookie', `x=${'c'.repeat(70 * 1024)}`);
    assert.equal(huge.status, 431);
    assert.match(huge.headers['content-type'] ?? '', /application\/json/);
    assert.match((huge.body as { error: string }).error, /larger than 64 KiB/);
    // a request line Node cannot parse: raw over a socket
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const answer = await rawExchange(port, 'GET /\x01 HTTP/1.1\r\n\r\n');
    // a bad request pipelined behind a good one: the good answer is not followed by bytes of ours
    const pipelined = await rawExchange(port, `GET /api/health HTTP/1.1\r\nHost: x\r\n\r\nGET /api/health HTTP/1.1\r\nHost: x\r\nCookie: x=${'c'.repeat(70 * 1024)}\r\n\r\n`);
    server.close();
    assert.match(answer, /^HTTP\/1\.1 400 Bad Request/);
    assert.match(answer, /"error":"The request could not be read as HTTP\."/);
    // a kept-alive connection: the first answer whole, then the second request's own 431
    assert.match(pipelined, /^HTTP\/1\.1 200/);
    const headEnd = pipelined.indexOf('\r\n\r\n') + 4;
    const length = Number(/content-length: (\d+)/i.exec(pipelined.slice(0, headEnd))?.[1]);
    const second = pipelined.slice(headEnd + length);
    assert.match(second, /^HTTP\/1\.1 431 /, pipelined.slice(0, 400));
    assert.match(second, /"error":"The request's headers are larger than 64 KiB/);
  });
});

describe('hardening: bounded work', function () {
  this.timeout(60_000);
  let app: Awaited<ReturnType<typeof corpusApp>>['app'];
  before(async () => {
    ({ app } = await corpusApp());
  });

  it('does not echo a huge query into every link of the search page (~700x amplification)', async () => {
    const q = 'protection '.repeat(1000); // 11 kB
    const page = await request(app).get('/').query({ q }).expect(200);
    // the 10 kB query once made a 7.3 MB page; cut to 500 characters it cannot be more than a few hundred kB
    assert.ok(page.text.length < 600_000, `${page.text.length} bytes`);
    assert.match(page.text, /shortened to the words in its first 500 characters/);
    assert.ok(!page.text.includes('protection '.repeat(60)));
    const api = await request(app).get('/api/search').query({ q }).expect(200);
    // cut at a word's end (45 whole "protection"s), not inside the 46th
    assert.ok(api.body.query.q.length <= 500);
    assert.match(api.body.query.q, /protection$/);
    assert.match(api.body.query.warnings.join(' '), /shortened/);
    // a quotation pasted in quotes stays a phrase, closed at the cut (review27)
    const quoted = await request(app).get('/api/search').query({ q: `"${'protection of civilians '.repeat(30).trim()}"` }).expect(200);
    assert.match(quoted.body.query.q, /^"protection of civilians .*"$/);
    assert.ok(quoted.body.query.q.length <= 500);
    assert.ok(!quoted.body.query.warnings.some((w: string) => /not closed/.test(w)), quoted.body.query.warnings.join(' '));
  });

  it('searches at most the allowed wildcard terms and says so', async () => {
    const r = await request(app).get('/api/search').query({ q: Array.from({ length: 150 }, () => '*x*').join(' ') }).expect(200);
    assertMatchesSpec('/api/search', 200, r.body);
    assert.ok(r.body.query.warnings.some((w: string) => /wildcard/.test(w)));
  });

  it('rejects more filter values than a page can show', async () => {
    const r = await request(app).get('/api/search').query({ year: Array.from({ length: 60 }, () => '2020') }).expect(400);
    assert.match(r.body.error, /at most 50 filter values/);
  });

  it('caps an export and says so in the headers; ids=,,, is not the whole corpus', async () => {
    const all = await request(app).get('/api/export').query({ format: 'csv' }).expect(200);
    assert.equal(all.headers['x-export-limit'], '2000');
    assert.equal(all.headers['x-export-truncated'], 'false');
    assert.equal(all.headers['x-export-passages'], all.headers['x-export-total']);
    const empty = await request(app).get('/api/export').query({ format: 'csv', ids: ',,,' }).expect(400);
    assert.match(empty.body.error, /ids lists no passage or document id/);
  });
});

describe('hardening: safe defaults', function () {
  this.timeout(60_000);
  let store: IndexStore;
  before(async () => {
    ({ store } = await corpusApp());
  });

  it('makes links from PUBLIC_URL, never from the Host header', async () => {
    const app = createApp(store, { publicUrl: 'https://passages.example.org/' });
    const feed = await request(app).get('/feed.xml').query({ q: 'protection' }).set('Host', 'evil.example').expect(200);
    assert.doesNotMatch(feed.text, /evil\.example/);
    assert.match(feed.text, /<link>https:\/\/passages\.example\.org\/documents\//);
    const csv = await request(app).get('/api/export').query({ format: 'csv', q: 'protection' }).set('Host', 'evil.example').expect(200);
    assert.doesNotMatch(csv.text, /evil\.example/);
    assert.match(csv.text, /https:\/\/passages\.example\.org\/passages\/[0-9a-f]{16}/);
    const id = (await request(app).get('/api/search').query({ q: 'protection' })).body.hits[0].passage.id as string;
    const page = await request(app).get(`/passages/${id}`).set('Host', 'evil.example').expect(200);
    assert.doesNotMatch(page.text, /evil\.example/);
  });

  it('has the browser revalidate its scripts and styles (unversioned URLs: an upgrade must not run new HTML with an old app.js)', async () => {
    const app = createApp(store);
    const js = await request(app).get('/static/app.js').expect(200);
    assert.match(String(js.headers['cache-control']), /max-age=0/);
    assert.ok(js.headers.etag);
    await request(app).get('/static/app.js').set('If-None-Match', String(js.headers.etag)).expect(304);
  });

  it('sends security headers that work over plain HTTP on a LAN', async () => {
    const r = await request(createApp(store)).get('/').expect(200);
    const csp = r.headers['content-security-policy'] as string;
    assert.match(csp, /script-src 'self'/);
    assert.doesNotMatch(csp, /upgrade-insecure-requests/);
    assert.equal(r.headers['strict-transport-security'], undefined);
  });

  it('listens on 127.0.0.1 unless HOST says otherwise', async () => {
    const saved = process.env.HOST;
    delete process.env.HOST;
    try {
      const { config } = (await import(`../../core/config.js?fresh=${Date.now()}`)) as typeof import('../../core/config.js');
      assert.equal(config.host, '127.0.0.1');
      assert.equal(config.publicUrl, undefined);
    } finally {
      if (saved !== undefined) process.env.HOST = saved;
    }
  });
});

/** Bytes written raw to a server on loopback, and everything it sends back until it closes. */
function rawExchange(port: number, bytes: string): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(bytes));
    let text = '';
    socket.on('data', (d: Buffer) => (text += d.toString()));
    socket.on('close', () => resolve(text));
    socket.on('error', reject);
  });
}
