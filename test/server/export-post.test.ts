import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { stringify } from 'node:querystring';
import request from 'supertest';
import { corpusApp } from '../helpers/server.js';
import { createApp } from '../../server/app.js';
import { exporters } from '../../server/export/registry.js';
import { MAX_BODY_BYTES } from '../../server/http/request-body.js';

// POST /api/export: a reading list whose notes outgrow an address (user37) is exported from a
// body, answered exactly as the GET answers the same parameters, with limits of its own.

type Params = Record<string, string | string[]>;
interface Answer {
  status: number;
  headers: Record<string, unknown>;
  body: Buffer;
}

/** Every byte of an answer, whatever its type. */
const bytes = (res: request.Response, done: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};
/** The headers an export's answer is made of (not the date, the request id or the length a compressed answer lacks). */
const EXPORT_HEADERS = ['content-type', 'content-disposition', 'x-export-limit', 'x-export-passages', 'x-export-total', 'x-export-truncated', 'x-export-unknown', 'x-export-invalid', 'x-export-edited', 'warning'];
const answer = (r: request.Response): Answer => ({ status: r.status, headers: Object.fromEntries(EXPORT_HEADERS.map((h) => [h, r.headers[h]])), body: r.body as Buffer });

describe('POST /api/export: the GET export’s parameters in a body', function () {
  this.timeout(120_000);
  let app: Awaited<ReturnType<typeof corpusApp>>['app'];
  let store: Awaited<ReturnType<typeof corpusApp>>['store'];
  let ids: string[];
  const DOC = 'metcalfe-hough-2021-collaborative-advocacy';
  const get = (p: Params) => request(app).get(`/api/export?${stringify(p)}`).buffer(true).parse(bytes);
  const postForm = (p: Params) => request(app).post('/api/export').type('form').send(stringify(p)).buffer(true).parse(bytes);
  const postJson = (p: unknown) => request(app).post('/api/export').set('Content-Type', 'application/json').send(JSON.stringify(p)).buffer(true).parse(bytes);
  const json = (r: request.Response) => JSON.parse((r.body as Buffer).toString('utf8')) as { error: string };

  before(async () => {
    ({ app, store } = await corpusApp());
    ids = ((await request(app).get(`/api/documents/${DOC}`)).body.passages as { id: string }[]).map((p) => p.id);
  });

  it('answers every format exactly as the GET does: status, file name, headers and bytes', async () => {
    const [a, b, c] = ids;
    const lists: Params[] = [
      // notes with what an address escapes, a selection, an id no longer in the index
      { ids: [a, b, `${c}.0-40`, 'gone-passage'].join(','), [`note-${a}`]: 'Ch. 2 — 50% & {braces} <b> "quoted" + plus', [`note-${c}.0-40`]: 'عربى 🙂' },
      // a document, the ids repeated rather than comma-separated
      { ids: [DOC, b] },
      // a search's hits
      { q: 'humanitarian diplomacy' },
    ];
    for (const e of exporters) {
      for (const list of lists) {
        const p = { format: e.id, ...list };
        const want = answer(await get(p));
        assert.equal(want.status, 200, `${e.id} GET`);
        assert.ok(want.body.length > 0);
        assert.deepEqual(answer(await postForm(p)), want, `${e.id} as a form: ${JSON.stringify(list).slice(0, 80)}`);
        assert.deepEqual(answer(await postJson(p)), want, `${e.id} as JSON: ${JSON.stringify(list).slice(0, 80)}`);
      }
    }
  });

  it('carries notes far past what an address holds, each in the file', async () => {
    const chosen = ids.slice(0, 40);
    const notes = Object.fromEntries(chosen.map((id, i) => [`note-${id}`, `note ${i} ${'é'.repeat(1500)} end ${i}`]));
    const r = await postJson({ format: 'csl-json', ids: chosen, ...notes }).expect(200);
    const text = (r.body as Buffer).toString('utf8');
    assert.ok(JSON.stringify(notes).length > 60_000);
    for (let i = 0; i < chosen.length; i++) assert.ok(text.includes(`note ${i} ${'é'.repeat(1500)} end ${i}`), `note ${i}`);
  });

  it('refuses a body of another type with 415, malformed JSON with a 400 saying so, and no body with a 400', async () => {
    const text = await request(app).post('/api/export').set('Content-Type', 'text/plain').send('format=ris').buffer(true).parse(bytes);
    assert.equal(text.status, 415);
    assert.match(json(text).error, /application\/json or application\/x-www-form-urlencoded/);
    const bad = await request(app).post('/api/export').set('Content-Type', 'application/json').send('{"format": "ris", "ids": [').buffer(true).parse(bytes);
    assert.equal(bad.status, 400);
    assert.match(json(bad).error, /not valid JSON/);
    const none = await request(app).post('/api/export').buffer(true).parse(bytes);
    assert.equal(none.status, 400);
    assert.match(json(none).error, /body is empty/);
    // a compressed body is not inflated (a small gzip can be a large body)
    const gz = await request(app).post('/api/export').set('Content-Type', 'application/json').set('Content-Encoding', 'gzip').send('{}').buffer(true).parse(bytes);
    assert.equal(gz.status, 415);
  });

  it('refuses a form in a charset other than UTF-8 with 415, as JSON: its %-escapes would be read as UTF-8 and its notes lose letters', async () => {
    const a = ids[0];
    // a form in Latin-1 escapes "café" as caf%E9; read as UTF-8 that is "caf\uFFFD"
    for (const charset of ['iso-8859-1', 'windows-1252', '"latin1"', 'utf-16le']) {
      const r = await request(app).post('/api/export').set('Content-Type', `application/x-www-form-urlencoded; charset=${charset}`).send(`format=ris&ids=${a}&note-${a}=caf%E9`).buffer(true).parse(bytes);
      assert.equal(r.status, 415, charset);
      assert.match(json(r).error, /must be UTF-8/);
    }
    for (const charset of ['utf-8', 'UTF-8', '"utf-8"', 'us-ascii']) {
      const r = await request(app).post('/api/export').set('Content-Type', `application/x-www-form-urlencoded; charset=${charset}`).send(`format=ris&ids=${a}`).buffer(true).parse(bytes);
      assert.equal(r.status, 200, charset);
    }
  });

  it('refuses JSON that is not an object of texts with a 400 naming what is wrong', async () => {
    for (const [body, why] of [
      [['ris'], /JSON object of parameters/],
      ['"ris"', /JSON object of parameters/],
      [{ format: 'ris', ids: [ids[0], 7] }, /ids must be text or a list of texts/],
      [{ format: 'ris', ids: { toString: 'x' } }, /ids must be text/],
      [{ format: 'ris', ids: ids[0], [`note-${ids[0]}`]: null }, /must be text/],
      [{ format: ['ris', 'csv'], ids: ids[0] }, /format may be given only once/],
      [{ format: 'ris', 'ids[]': ids[0] }, /ids\[\]/],
    ] as const) {
      const r = await request(app).post('/api/export').set('Content-Type', 'application/json').send(typeof body === 'string' ? body : JSON.stringify(body)).buffer(true).parse(bytes);
      assert.equal(r.status, 400, JSON.stringify(body));
      assert.match(json(r).error, why);
    }
    // __proto__ as a parameter is a parameter, not the object's prototype
    const proto = await postJson(JSON.parse(`{"format": "ris", "ids": "${ids[0]}", "__proto__": "x"}`));
    assert.equal(proto.status, 200);
  });

  it('refuses parameters in the address beside a body, and other routes’ POSTs with 405', async () => {
    const r = await request(app).post('/api/export?format=ris').type('form').send(stringify({ ids: ids[0] })).buffer(true).parse(bytes);
    assert.equal(r.status, 400);
    assert.match(json(r).error, /from the body alone/);
    const search = await request(app).post('/api/search').type('form').send('q=aid');
    assert.equal(search.status, 405);
    assert.equal(search.headers.allow, 'GET, HEAD');
    const put = await request(app).put('/api/export').send('x');
    assert.equal(put.status, 405);
    assert.equal(put.headers.allow, 'GET, HEAD, POST');
  });

  it('takes a POST at every address the GET export answers: a trailing slash, capitals (review39)', async () => {
    for (const path of ['/api/export/', '/API/Export']) {
      const g = await request(app).get(`${path}?${stringify({ format: 'ris', ids: ids[0] })}`);
      assert.equal(g.status, 200, `GET ${path}`);
      const r = await request(app).post(path).type('form').send(stringify({ format: 'ris', ids: ids[0] })).buffer(true).parse(bytes);
      assert.equal(r.status, 200, `POST ${path}`);
    }
  });

  it('refuses a body whose length is past the limit with 413, and closes the connection', async () => {
    const big = JSON.stringify({ format: 'ris', ids: ids[0], [`note-${ids[0]}`]: 'x'.repeat(MAX_BODY_BYTES) });
    const r = await request(app).post('/api/export').set('Content-Type', 'application/json').send(big).buffer(true).parse(bytes);
    assert.equal(r.status, 413);
    assert.match(json(r).error, /larger than 1024 KiB/);
    assert.equal(r.headers.connection, 'close');
  });

  it('answers many ids as the GET does: unknown ones left out with a warning, past the export limit capped', async () => {
    const many = [...ids, ...Array.from({ length: 20_000 }, (_x, i) => `no-such-${i}`)];
    const t0 = performance.now();
    const r = await postForm({ format: 'ris', ids: many.join(',') });
    assert.equal(r.status, 200);
    assert.match(String(r.headers.warning), /20000 id\(s\) not in the index/);
    assert.equal(r.headers['x-export-passages'], String(ids.length));
    // the selection of 20,000 ids is not seconds of work
    assert.ok(performance.now() - t0 < 20_000);
  });

  describe('a body sent slowly', () => {
    let server: Server;
    let port: number;
    before(async () => {
      server = createServer(createApp(store, { capacity: { perClientPerMinute: 0, perClientCpuMsPerMinute: 0 }, body: { ms: 400 } }));
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      port = (server.address() as AddressInfo).port;
    });
    after(() => server.close());

    /** A POST whose body of `length` bytes goes out a byte every `everyMs`; what came back, and when the socket closed. */
    const trickle = (head: string, everyMs: number) =>
      new Promise<{ reply: string; closedAfterMs: number; sent: number }>((resolve) => {
        const t0 = performance.now();
        const socket = connect(port, '127.0.0.1');
        let reply = '';
        let sent = 0;
        socket.on('data', (d: Buffer) => (reply += d.toString('utf8')));
        socket.on('error', () => undefined);
        const drip = setInterval(() => {
          if (socket.writable) {
            socket.write('a');
            sent++;
          }
        }, everyMs);
        socket.on('close', () => {
          clearInterval(drip);
          resolve({ reply, closedAfterMs: performance.now() - t0, sent });
        });
        socket.write(head);
      });

    it('answers 408 when its body has not arrived in time, and closes the socket', async () => {
      const { reply, closedAfterMs, sent } = await trickle('POST /api/export HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000\r\n\r\n', 50);
      assert.match(reply, /^HTTP\/1\.1 408 /);
      assert.match(reply, /did not arrive within 0\.4 s/);
      assert.ok(closedAfterMs < 3000, `closed after ${Math.round(closedAfterMs)} ms`);
      assert.ok(sent < 60);
    });

    it('answers 408 to a chunked body dripped as well', async () => {
      const { reply } = await trickle('POST /api/export HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n1\r\n{\r\n', 50);
      assert.match(reply, /^HTTP\/1\.1 408 /);
    });

    it('refuses a chunked body with 413 once it passes the limit, without reading the rest', async () => {
      const answer = await new Promise<{ status: number; connection?: string }>((resolve, reject) => {
        const req = httpRequest({ host: '127.0.0.1', port, method: 'POST', path: '/api/export', headers: { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' } }, (res) => {
          res.resume();
          resolve({ status: res.statusCode ?? 0, connection: res.headers.connection });
        });
        req.on('error', reject);
        req.write(`{"format": "ris", "note-x": "`);
        const chunk = 'x'.repeat(64 * 1024);
        // a chunk past the limit at a time, until the answer comes (or 4 MiB: the rest is not read)
        for (let i = 0; i < 64; i++) req.write(chunk);
      });
      assert.equal(answer.status, 413);
      assert.equal(answer.connection, 'close');
    });

    it('reads a body that arrives in time', async () => {
      const body = stringify({ format: 'ris', ids: ids[0] });
      const r = await request(server).post('/api/export').type('form').send(body);
      assert.equal(r.status, 200);
    });
  });
});
