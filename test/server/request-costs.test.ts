import assert from 'node:assert/strict';
import { request as httpGet, type Server } from 'node:http';
import { connect } from 'node:net';
import { Writable } from 'node:stream';
import type { Express } from 'express';
import { pino } from 'pino';
import { corpusApp } from '../helpers/server.js';
import { createApp } from '../../server/app.js';
import type { IndexStore } from '../../server/index-store.js';
import { createHttpServer, listen } from '../../server/http/server.js';
import { isStreamed } from '../../server/http/capacity.js';
import { sendExport } from '../../server/export/stream.js';
import type { Exporter } from '../../server/export/types.js';
import type { ExportSelection } from '../../server/export/selection.js';

// What a request costs the server beyond its handler's first turn (attack20): an export's later
// slices, a HEAD of an export, a body nobody reads, and which slots an export waits for.

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function get(port: number, path: string, options: { method?: string; headers?: Record<string, string> } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpGet({ host: '127.0.0.1', port, path, agent: false, method: options.method ?? 'GET', headers: options.headers ?? {} }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

/** Spins for `ms` of this process's CPU (not of the clock: the machine may be loaded). */
function burn(ms: number): void {
  const start = process.cpuUsage();
  for (let used = process.cpuUsage(start); used.user + used.system < ms * 1000; used = process.cpuUsage(start));
}

const nothing: ExportSelection = { items: [], passages: 0, total: 0, limit: 0, capped: false, unknown: [], invalid: [], edited: [] };

/** An exporter whose pieces each take `ms` of CPU, counting the pieces made. */
function costlyExporter(pieces: number, ms: number, made: { n: number }): Exporter {
  return {
    id: 'costly',
    label: 'costly',
    short: 'costly',
    contentType: 'text/plain',
    extension: 'txt',
    render: () => '',
    *pieces() {
      for (let i = 0; i < pieces; i++) {
        burn(ms);
        made.n++;
        yield `piece ${i}\n`;
      }
    },
  };
}

describe('request costs: exports charged in full, HEAD, bodies, export slots (attack20)', function () {
  this.timeout(60_000);
  let store: IndexStore;
  const servers: Server[] = [];
  before(async function () {
    // the first server test to run builds the shared corpus index: minutes on a loaded machine
    this.timeout(300_000);
    ({ store } = await corpusApp());
  });
  after(() => {
    for (const s of servers) {
      s.closeAllConnections();
      s.close();
    }
  });

  async function serve(options: Parameters<typeof createApp>[1]): Promise<number> {
    const server = createHttpServer(createApp(store, options));
    servers.push(server);
    return (await listen(server, 0, '127.0.0.1')).port;
  }

  const made = { n: 0 };
  const costly = (a: Express) => a.get('/costly', (_req, res) => sendExport(res, costlyExporter(6, 25, made), nothing));

  it("charges every slice of an export to its client's CPU budget, not only the first", async () => {
    // six pieces of 25 ms, each its own slice: the handler's first turn is one of them; the
    // budget of 100 ms is crossed only when the later five are charged too
    // a client past its share is served last (attack21): seen as a 429, not a 503, when another
    // client holds the only slot past the queue wait
    const slowToo = (a: Express) => {
      costly(a);
      a.get('/slow', (_req, res) => void setTimeout(() => res.json({ ok: true }), 800));
    };
    const port = await serve({ capacity: { perClientPerMinute: 0, perClientCpuMsPerMinute: 100, concurrency: 1, queueWaitMs: 200 }, trustProxy: 'loopback', extend: slowToo });
    const client = { 'X-Forwarded-For': '203.0.113.7' };
    const first = await get(port, '/costly', { headers: client });
    assert.equal(first.status, 200);
    assert.equal(first.body.split('\n').length, 7);
    const held = get(port, '/slow', { headers: { 'X-Forwarded-For': '198.51.100.9' } });
    await new Promise((r) => setTimeout(r, 100));
    const next = await get(port, '/api/documents', { headers: client });
    assert.equal(next.status, 429, 'the export used 150 ms of a 100 ms budget');
    assert.match(JSON.parse(next.body).error, /share of time/);
    assert.equal((await held).status, 200);
  });

  it('answers HEAD of an export with its headers and makes none of its pieces', async () => {
    const port = await serve({ capacity: { perClientPerMinute: 0, perClientCpuMsPerMinute: 0 }, extend: costly });
    made.n = 0;
    const head = await get(port, '/costly', { method: 'HEAD' });
    assert.equal(head.status, 200);
    assert.equal(head.headers['x-export-passages'], '0');
    assert.equal(made.n, 0);
    // the real route: the counts a script reads before deciding to download
    const real = await get(port, '/api/export?format=bibtex&q=protection', { method: 'HEAD' });
    assert.equal(real.status, 200);
    assert.match(String(real.headers['content-disposition']), /attachment/);
    assert.ok(Number(real.headers['x-export-passages']) > 0);
    assert.equal(real.body, '');
  });

  it('gives /api/export/cited and /API/Export/ the export slots, not the searches\' ones', async () => {
    assert.ok(isStreamed('/api/export'));
    assert.ok(isStreamed('/api/export/cited'));
    assert.ok(isStreamed('/API/Export/'));
    assert.ok(!isStreamed('/api/search'));
    assert.ok(!isStreamed('/'));
    // one search slot, no queue, held by a slow request: a cited-works export is still served
    const slow = (a: Express) => a.get('/slow', (_req, res) => void setTimeout(() => res.json({ ok: true }), 1500));
    const port = await serve({ capacity: { perClientPerMinute: 0, perClientCpuMsPerMinute: 0, concurrency: 1, queue: 0, queueWaitMs: 100 }, extend: slow });
    const held = get(port, '/slow');
    await new Promise((r) => setTimeout(r, 200));
    assert.equal((await get(port, '/api/search?q=protection')).status, 503, 'the search slot is held');
    assert.equal((await get(port, '/api/export/cited?format=csl-json')).status, 200);
    assert.equal((await get(port, '/API/Export/?format=csl-json&q=protection')).status, 200);
    assert.equal((await held).status, 200);
  });

  it('refuses a GET with a body at once and closes its connection (a body sent a byte a second held it 30 s)', async () => {
    const port = await serve({ capacity: { perClientPerMinute: 0, perClientCpuMsPerMinute: 0 } });
    for (const head of ['Content-Length: 100000', 'Transfer-Encoding: chunked']) {
      const socket = connect(port, '127.0.0.1');
      socket.write(`GET /api/search?q=protection HTTP/1.1\r\nHost: x\r\n${head}\r\n\r\n`);
      const t0 = performance.now();
      const reply = await new Promise<string>((resolve) => {
        let data = '';
        socket.on('data', (d) => (data += d.toString()));
        socket.on('close', () => resolve(data));
        socket.on('error', () => resolve(data));
      });
      assert.ok(performance.now() - t0 < 5000, `${head}: closed after ${Math.round(performance.now() - t0)} ms`);
      assert.match(reply, /^HTTP\/1.1 413/, head);
      assert.match(reply, /carry no body/);
    }
    // Content-Length: 0, as some clients send on every GET, is no body
    assert.equal((await get(port, '/api/documents', { headers: { 'Content-Length': '0' } })).status, 200);
  });

  it('serves a GET whose chunked body is empty, and refuses one with a byte at once (attack21)', async () => {
    const port = await serve({ capacity: { perClientPerMinute: 0, perClientCpuMsPerMinute: 0 } });
    const send = async (raw: string) => {
      const socket = connect(port, '127.0.0.1');
      socket.write(raw);
      const t0 = performance.now();
      const reply = await new Promise<string>((resolve) => {
        let data = '';
        socket.on('data', (d) => (data += d.toString()));
        socket.on('close', () => resolve(data));
        socket.on('error', () => resolve(data));
      });
      return { reply, ms: performance.now() - t0 };
    };
    const head = 'GET /api/documents HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n';
    // the last chunk alone (what a fetch of an empty stream sends): served, as a GET with no body
    const empty = await send(`${head}0\r\n\r\n`);
    assert.match(empty.reply, /^HTTP\/1.1 200/);
    // one byte: refused, without waiting for the rest
    const byte = await send(`${head}1\r\nx\r\n`);
    assert.match(byte.reply, /^HTTP\/1.1 413/);
    assert.ok(byte.ms < 1500, `a body's first byte refused after ${Math.round(byte.ms)} ms`);
  });

  it('warns once, in the log, when requests come through a proxy TRUST_PROXY does not name', async () => {
    const warnings = (lines: string[]) => lines.filter((l) => l.includes('TRUST_PROXY is not set')).length;
    const run = async (trustProxy: string | undefined) => {
      const lines: string[] = [];
      const sink = new Writable({ write: (chunk: Buffer, _enc, done) => (lines.push(chunk.toString()), done()) });
      const port = await serve({ capacity: { perClientPerMinute: 0, perClientCpuMsPerMinute: 0 }, logger: pino(sink), ...(trustProxy ? { trustProxy } : {}) });
      await get(port, '/api/documents');
      for (let i = 0; i < 3; i++) await get(port, '/api/documents', { headers: { 'X-Forwarded-For': `203.0.113.${i}` } });
      return warnings(lines);
    };
    assert.equal(await run(undefined), 1);
    assert.equal(await run('loopback'), 0);
  });
});
