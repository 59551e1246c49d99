import assert from 'node:assert/strict';
import request from 'supertest';
import { corpusApp } from '../helpers/server.js';
import { createApp } from '../../server/app.js';
import { IndexStore } from '../../server/index-store.js';
import { Lifecycle } from '../../server/lifecycle.js';
import { assertMatchesSpec } from '../helpers/openapi.js';
import { removeAll, tempDir } from '../helpers/tmp.js';

// Issue 11 (userreview21a findings 7 and 8): /api/ready is what a load balancer reads (200 only
// when a build is loaded and requests are taken), /api/health stays the liveness answer and says
// starting or draining. The process-level behaviour (first start, SIGTERM) is in
// test/integration/server-lifecycle.test.ts.

const NO_LIMITS = { perClientPerMinute: 0, perClientCpuMsPerMinute: 0 };

describe('readiness and liveness (issue 11)', function () {
  this.timeout(120_000);
  const dirs: string[] = [];
  after(() => removeAll(...dirs));

  it('is ready with a build served, and health says running', async () => {
    const { store } = await corpusApp();
    const app = createApp(store, { capacity: NO_LIMITS, lifecycle: new Lifecycle('running') });
    const r = await request(app).get('/api/ready').expect(200);
    assertMatchesSpec('/api/ready', 200, r.body);
    assert.deepEqual(r.body, { ready: true, state: 'running', build: store.snapshot.manifest.id });
    assert.equal(r.headers['cache-control'], 'no-store');
    const h = await request(app).get('/api/health').expect(200);
    assertMatchesSpec('/api/health', 200, h.body);
    assert.equal(h.body.state, 'running');
    assert.ok(h.body.status === 'ok' || h.body.status === 'degraded');
  });

  it('while the first index builds: 503 + Retry-After with the progress; health 200 starting; pages say so and refresh', async () => {
    const empty = await tempDir();
    dirs.push(empty);
    const life = new Lifecycle('starting');
    const app = createApp(new IndexStore(empty), { capacity: NO_LIMITS, lifecycle: life });
    const loading = await request(app).get('/api/ready').expect(503);
    assert.equal(loading.body.reason, 'starting');
    assert.equal(loading.headers['retry-after'], '5');
    life.building({ done: 1, total: 3 });
    const r = await request(app).get('/api/ready').expect(503);
    assertMatchesSpec('/api/ready', 503, r.body);
    assert.equal(r.headers['retry-after'], '10');
    assert.deepEqual(r.body, { ready: false, state: 'building', reason: 'building', message: 'Building the library index (1 of 3 files)', progress: { done: 1, total: 3 } });
    const h = await request(app).get('/api/health').expect(200);
    assertMatchesSpec('/api/health', 200, h.body);
    assert.equal(h.body.status, 'starting');
    assert.equal(h.body.state, 'building');
    const page = await request(app).get('/').expect(503);
    assert.match(page.headers['content-type'], /text\/html/);
    assert.equal(page.headers['retry-after'], '10');
    assert.match(page.text, /Building the library index \(1 of 3 files\)…/);
    assert.match(page.text, /<meta http-equiv="refresh" content="10">/);
    const api = await request(app).get('/api/search?q=water').expect(503);
    assert.equal(api.headers['retry-after'], '10');
    assert.equal(api.body.state, 'building');
    assert.deepEqual(api.body.progress, { done: 1, total: 3 });
    // the stylesheet still loads, so the page is styled
    await request(app).get(page.text.match(/href="(\/static\/style\.css[^"]*)"/)![1]).expect(200);
    life.building({ done: 3, total: 3 });
    assert.match((await request(app).get('/api/ready')).body.message, /all 3 files read; writing the index/);
  });

  it('running with nothing to serve: not ready (no-index); health, the liveness answer, 200 unavailable', async () => {
    const empty = await tempDir();
    dirs.push(empty);
    const app = createApp(new IndexStore(empty), { capacity: NO_LIMITS });
    const r = await request(app).get('/api/ready').expect(503);
    assertMatchesSpec('/api/ready', 503, r.body);
    assert.equal(r.body.reason, 'no-index');
    assert.equal(r.headers['retry-after'], '30');
    // a liveness probe restarts on a 503: it restarted, in a loop, a server waiting for an
    // indexing run (review22a finding 6); no state of the index is cured by a restart
    const h = await request(app).get('/api/health').expect(200);
    assertMatchesSpec('/api/health', 200, h.body);
    assert.equal(h.body.status, 'unavailable');
    assert.equal(h.body.state, 'running');
    assert.equal(h.headers['cache-control'], 'no-store');
  });

  it('draining: readiness 503 at once, health draining with the build, every answer closes its connection', async () => {
    const { store } = await corpusApp();
    const life = new Lifecycle('running');
    const app = createApp(store, { capacity: NO_LIMITS, lifecycle: life });
    await request(app).get('/api/ready').expect(200);
    life.draining();
    const r = await request(app).get('/api/ready').expect(503);
    assertMatchesSpec('/api/ready', 503, r.body);
    assert.equal(r.body.reason, 'draining');
    assert.equal(r.headers['retry-after'], '5');
    const h = await request(app).get('/api/health').expect(200);
    assertMatchesSpec('/api/health', 200, h.body);
    assert.equal(h.body.status, 'draining');
    assert.equal(h.body.index.id, store.snapshot.manifest.id);
    // a request on a kept-alive connection is still answered, and its connection closed after it
    const s = await request(app).get('/api/search?q=water').expect(200);
    assert.equal(s.headers.connection, 'close');
    // a lifecycle that drains is not made running or building again
    life.running();
    life.building({ done: 0, total: 1 });
    assert.equal(life.state, 'draining');
  });

  it('closing the store closes the build served after its last request', async () => {
    const { indexDir } = await corpusApp();
    const store = new IndexStore(indexDir);
    await store.refresh();
    const snap = store.snapshot;
    const close = snap.close;
    let closed = 0;
    snap.close = () => {
      closed++;
      close();
    };
    const lease = store.lease();
    store.close();
    assert.equal(closed, 0, 'a request in flight keeps the build open');
    lease.release();
    assert.equal(closed, 1);
    const idle = new IndexStore(indexDir);
    await idle.refresh();
    const idleClose = idle.snapshot.close;
    let idleClosed = 0;
    idle.snapshot.close = () => {
      idleClosed++;
      idleClose();
    };
    idle.close();
    assert.equal(idleClosed, 1, 'with no request in flight it is closed at once');
    // nothing is served from a closed store: no request is given the closed database
    assert.equal(idle.loaded, false);
    assert.throws(() => idle.lease(), /no index loaded/);
  });

  it('a build whose load ends after the store is closed is neither served nor checked (SIGTERM as the first build is read; review22a finding 5)', async () => {
    const { indexDir } = await corpusApp();
    const store = new IndexStore(indexDir);
    const loading = store.refresh();
    store.close();
    assert.equal(await loading, false);
    assert.equal(store.loaded, false);
    assert.equal(await store.refresh(), false, 'a closed store loads nothing more');
    assert.equal(store.loaded, false);
    assert.equal(store.health().status, 'unavailable');
  });

  it('stopping before any build was served says so: 503 draining with Retry-After 5, not "run npm run index" (review22a finding 3)', async () => {
    const empty = await tempDir();
    dirs.push(empty);
    const life = new Lifecycle('building');
    const app = createApp(new IndexStore(empty), { capacity: NO_LIMITS, lifecycle: life });
    life.draining();
    const api = await request(app).get('/api/search?q=water').expect(503);
    assert.equal(api.headers['retry-after'], '5');
    assert.equal(api.body.state, 'draining');
    assert.match(api.body.error, /stopping/);
    assert.doesNotMatch(api.body.error, /npm run index/);
    const page = await request(app).get('/').expect(503);
    assert.match(page.text, /The server is stopping/);
    assert.equal(page.headers['retry-after'], '5');
    const r = await request(app).get('/api/ready').expect(503);
    assert.equal(r.body.reason, 'draining');
  });
});
