import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import request from 'supertest';
import { corpusApp } from '../helpers/server.js';
import { createApp } from '../../server/app.js';
import { IndexStore } from '../../server/index-store.js';
import { tempDir } from '../helpers/tmp.js';

// userreview21a, finding 2: behind a proxy named in TRUST_PROXY the rate limit counted each
// forwarded client, but every access-log line, a 429 included, named only the proxy (127.0.0.1).

interface Line { msg?: string; level?: number; err?: { message?: string; stack?: string }; req?: { url?: string; remoteAddress?: string; client?: string } }

function capture() {
  const out: string[] = [];
  const sink = new Writable({ write(chunk: Buffer, _enc, done) { out.push(...chunk.toString().split('\n').filter(Boolean)); done(); } });
  return { logger: pino(sink), lines: (): Line[] => out.map((l) => JSON.parse(l) as Line) };
}

describe('access log names the client (userreview21a)', function () {
  this.timeout(180_000);

  it('behind a trusted proxy: the forwarded client, beside the proxy as remoteAddress', async () => {
    const { store } = await corpusApp();
    const { logger, lines } = capture();
    const app = createApp(store, { logger, trustProxy: 'loopback', capacity: { perClientPerMinute: 2, perClientCpuMsPerMinute: 0 } });
    for (let i = 0; i < 3; i++) await request(app).get('/api/search?q=water').set('X-Forwarded-For', '203.0.113.9');
    const limited = lines().find((l) => l.msg?.includes(' 429 '));
    assert.ok(limited, 'the third request is limited and logged');
    assert.equal(limited.req?.client, '203.0.113.9');
    assert.match(limited.req?.remoteAddress ?? '', /127\.0\.0\.1|::1/);
  });

  it('with no TRUST_PROXY a forged X-Forwarded-For is not believed', async () => {
    const { store } = await corpusApp();
    const { logger, lines } = capture();
    const app = createApp(store, { logger, capacity: { perClientPerMinute: 0, perClientCpuMsPerMinute: 0 } });
    await request(app).get('/about').set('X-Forwarded-For', '203.0.113.9');
    const line = lines().find((l) => l.req?.url === '/about');
    assert.match(line?.req?.client ?? '', /^(127\.0\.0\.1|::1)$/);
  });

  // finding 6: each 503 for want of an index (every monitor probe) was an error line with a stack
  it('a 503 for want of an index is logged as an error with its message, no stack', async () => {
    const store = new IndexStore(await tempDir('noindex-'));
    await store.refresh().catch(() => undefined);
    const { logger, lines } = capture();
    const app = createApp(store, { logger, capacity: { perClientPerMinute: 0, perClientCpuMsPerMinute: 0 } });
    await request(app).get('/api/ready').expect(503);
    await request(app).get('/?q=water').expect(503);
    // health is the liveness answer, 200 with nothing to serve: an info line
    await request(app).get('/api/health').expect(200);
    assert.equal(lines().find((l) => l.req?.url === '/api/health')?.level, 30);
    const logged = lines().filter((l) => l.msg?.includes(' 503'));
    assert.equal(logged.length, 2);
    for (const l of logged) {
      assert.equal(l.level, 50);
      assert.match(l.err?.message ?? '', /^no index can be served/);
      assert.equal(l.err?.stack, undefined);
    }
  });
});
