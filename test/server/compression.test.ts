import assert from 'node:assert/strict';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { request as httpRequest, createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import compression from 'compression';
import { corpusApp } from '../helpers/server.js';
import { sendExport } from '../../server/export/stream.js';
import type { Exporter } from '../../server/export/types.js';
import type { ExportSelection } from '../../server/export/selection.js';

// userreview20a, finding 1: nothing was compressed; on a 400 kbit/s phone link the results page
// took 4.4 s (132 kB). Pages, JSON and public/'s script and style now go out as brotli or gzip.

interface Raw { status: number; headers: IncomingHttpHeaders; body: Buffer }

/** An answer's bytes as sent (superagent would decode them). */
function get(port: number, path: string, headers: Record<string, string>, method = 'GET'): Promise<Raw> {
  return new Promise((resolve, reject) => {
    // as a remote client's request through a proxy: one on this machine with none is answered plain
    const req = httpRequest({ host: '127.0.0.1', port, path, method, headers: { 'X-Forwarded-For': '203.0.113.7', ...headers } }, (res) => {
      const parts: Buffer[] = [];
      res.on('data', (c: Buffer) => parts.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(parts) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('compression (userreview20a)', function () {
  this.timeout(60_000);
  let server: Server;
  let port = 0;
  before(async () => {
    const { app } = await corpusApp();
    server = createServer(app).listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    port = (server.address() as AddressInfo).port;
  });
  after(() => {
    server.close();
  });

  it('chooses brotli, then gzip, and honours q=0', async () => {
    const coding = async (accept: string) => (await get(port, '/?q=protection', { 'Accept-Encoding': accept })).headers['content-encoding'];
    assert.equal(await coding('gzip, deflate, br'), 'br');
    assert.equal(await coding('gzip'), 'gzip');
    assert.equal(await coding('br;q=0, gzip'), 'gzip');
    assert.equal(await coding('identity'), undefined);
  });

  for (const path of ['/?q=protection', '/api/search?q=protection', '/static/app.js', '/static/style.css', '/about']) {
    it(`${path}: the same bytes, compressed when asked, plain when not`, async () => {
      const plain = await get(port, path, { 'Accept-Encoding': 'identity' });
      assert.equal(plain.status, 200);
      assert.equal(plain.headers['content-encoding'], undefined);
      assert.match(String(plain.headers.vary), /Accept-Encoding/);
      const br = await get(port, path, { 'Accept-Encoding': 'gzip, br' });
      assert.equal(br.headers['content-encoding'], 'br');
      assert.ok(br.body.length * 2.5 < plain.body.length, `${br.body.length} of ${plain.body.length} bytes`);
      assert.deepEqual(brotliDecompressSync(br.body), plain.body);
      const gz = await get(port, path, { 'Accept-Encoding': 'gzip' });
      assert.equal(gz.headers['content-encoding'], 'gzip');
      assert.deepEqual(gunzipSync(gz.body), plain.body);
    });
  }

  // reviewfix20a: mime-db lists neither BibTeX nor RIS as compressible, so those exports (streamed
  // slice by slice) had gone out plain while CSL-JSON was compressed
  for (const format of ['bibtex', 'biblatex', 'ris', 'csl-json', 'csv']) {
    it(`a streamed ${format} export is compressed, the same file once decoded`, async () => {
      const path = `/api/export?q=protection&format=${format}`;
      const plain = await get(port, path, { 'Accept-Encoding': 'identity' });
      assert.equal(plain.status, 200);
      assert.ok(plain.body.length > 4096, `${plain.body.length} bytes`);
      const br = await get(port, path, { 'Accept-Encoding': 'br' });
      assert.equal(br.headers['content-encoding'], 'br');
      assert.match(String(br.headers['content-disposition']), /^attachment; filename="policy-passages-/);
      assert.equal(br.headers['content-length'], undefined);
      assert.deepEqual(brotliDecompressSync(br.body), plain.body);
      const gz = await get(port, path, { 'Accept-Encoding': 'gzip' });
      assert.equal(gz.headers['content-encoding'], 'gzip');
      assert.deepEqual(gunzipSync(gz.body), plain.body);
    });
  }

  it('a compressed static file still answers a revalidation with 304', async () => {
    const first = await get(port, '/static/app.js', { 'Accept-Encoding': 'br' });
    const etag = String(first.headers.etag);
    assert.ok(etag.startsWith('W/'), etag);
    const again = await get(port, '/static/app.js', { 'Accept-Encoding': 'br', 'If-None-Match': etag });
    assert.equal(again.status, 304);
    assert.equal(first.headers['cache-control'], 'public, max-age=0');
  });

  it('a client on this machine with no forwarding header is answered plain (nothing to save on loopback)', async () => {
    const local = await new Promise<Raw>((resolve, reject) => {
      const req = httpRequest({ host: '127.0.0.1', port, path: '/?q=protection', headers: { 'Accept-Encoding': 'gzip, br' } }, (res) => {
        const parts: Buffer[] = [];
        res.on('data', (c: Buffer) => parts.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(parts) }));
      });
      req.on('error', reject);
      req.end();
    });
    assert.equal(local.status, 200);
    assert.equal(local.headers['content-encoding'], undefined);
    const viaProxy = await get(port, '/?q=protection', { 'Accept-Encoding': 'gzip, br', 'X-Forwarded-For': '10.0.0.5' });
    assert.equal(viaProxy.headers['content-encoding'], 'br');
    const forwarded = await get(port, '/?q=protection', { 'Accept-Encoding': 'gzip', Forwarded: 'for=198.51.100.4' });
    assert.equal(forwarded.headers['content-encoding'], 'gzip');
  });

  it('small answers and HEAD are sent as they are', async () => {
    const health = await get(port, '/api/health', { 'Accept-Encoding': 'br' });
    assert.equal(health.headers['content-encoding'], undefined);
    const head = await get(port, '/?q=protection', { 'Accept-Encoding': 'br' }, 'HEAD');
    assert.equal(head.status, 200);
    assert.equal(head.headers['content-encoding'], undefined);
  });
});

// reviewfix20a: the middleware hands res.on('drain') to its zlib stream but not res.off, so
// sendExport's listener per full buffer stayed there: a MaxListenersExceededWarning (and a
// listener more per 64 kB) for every large compressed export.
describe('a large export streamed through compression', function () {
  this.timeout(60_000);
  it('keeps one drain listener, warns nothing, and arrives whole', async () => {
    const app = express();
    app.use(compression({ level: 4 }));
    const lines = 60_000;
    const exporter: Exporter = {
      id: 'lines', label: 'lines', short: 'lines', contentType: 'text/plain; charset=utf-8', extension: 'txt',
      render: () => '',
      *pieces() {
        for (let i = 0; i < lines; i++) yield `line ${i} ${(i * 7919) % 1_000_003} words to compress\n`;
      },
    };
    const selection: ExportSelection = { items: [], passages: 0, total: 0, limit: 0, capped: false, unknown: [], invalid: [], edited: [] };
    app.get('/x', (_req, res, next) => {
      sendExport(res, exporter, selection).catch(next);
    });
    const warnings: string[] = [];
    const onWarning = (w: Error) => warnings.push(w.message);
    process.on('warning', onWarning);
    const server = createServer(app).listen(0, '127.0.0.1');
    try {
      await new Promise((r) => server.once('listening', r));
      const port = (server.address() as AddressInfo).port;
      const got = await get(port, '/x', { 'Accept-Encoding': 'br' });
      assert.equal(got.headers['content-encoding'], 'br');
      const text = brotliDecompressSync(got.body).toString();
      assert.equal(text.split('\n').length, lines + 1);
      await new Promise((r) => setImmediate(r));
      assert.deepEqual(warnings.filter((w) => /drain listeners/.test(w)), []);
    } finally {
      process.off('warning', onWarning);
      server.close();
    }
  });
});
