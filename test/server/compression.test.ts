import assert from 'node:assert/strict';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { request as httpRequest, createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { corpusApp } from '../helpers/server.js';

// userreview20a, finding 1: nothing was compressed; on a 400 kbit/s phone link the results page
// took 4.4 s (132 kB). Pages, JSON and public/'s script and style now go out as brotli or gzip.

interface Raw { status: number; headers: IncomingHttpHeaders; body: Buffer }

/** An answer's bytes as sent (superagent would decode them). */
function get(port: number, path: string, headers: Record<string, string>, method = 'GET'): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, method, headers }, (res) => {
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

  it('small answers and HEAD are sent as they are', async () => {
    const health = await get(port, '/api/health', { 'Accept-Encoding': 'br' });
    assert.equal(health.headers['content-encoding'], undefined);
    const head = await get(port, '/?q=protection', { 'Accept-Encoding': 'br' }, 'HEAD');
    assert.equal(head.status, 200);
    assert.equal(head.headers['content-encoding'], undefined);
  });
});
