import assert from 'node:assert/strict';
import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import request from 'supertest';
import { runIndex } from '../../indexer/run.js';
import { LibraryStore } from '../../core/engines/fts5-library.js';
import { IndexStore } from '../../server/index-store.js';
import { createApp } from '../../server/app.js';
import { removeAll, tempDir } from '../helpers/tmp.js';
import { PASSAGES_FILE } from '../helpers/build-files.js';

const CORPUS = join(process.cwd(), 'corpus');

describe('a running server and a new index', function () {
  this.timeout(120_000);
  const dirs: string[] = [];
  after(() => removeAll(...dirs));

  it('switches to a newly published build without a restart, failing no request meanwhile', async () => {
    const corpus = await tempDir();
    const out = await tempDir();
    dirs.push(corpus, out);
    await cp(join(CORPUS, 'gilder-2024-peace-operations-human-security.txt'), join(corpus, 'g.txt'));
    const first = await runIndex({ corpusDir: corpus, indexDir: out, maxPages: 100, timeoutMs: 60_000, useCache: true });
    const store = new IndexStore(out);
    await store.refresh();
    void store.watch(200);
    const app = createApp(store);
    const server = app.listen(0);
    const agent = request(server);
    try {
      await cp(join(CORPUS, 'bowden-metcalfe-hough-2020-age-of-caution.txt'), join(corpus, 'b.txt'));
      // Requests keep coming while the new build is written and switched to.
      let stop = false;
      const seen = new Set<string>();
      const load = (async () => {
        let n = 0;
        while (!stop && n < 2000) {
          const [h, s] = await Promise.all([agent.get('/api/health'), agent.get('/api/search').query({ q: 'security' })]);
          assert.equal(h.status, 200);
          assert.equal(s.status, 200);
          seen.add(h.body.index.id);
          n++;
        }
      })();
      const second = await runIndex({ corpusDir: corpus, indexDir: out, maxPages: 100, timeoutMs: 60_000, useCache: true });
      const deadline = Date.now() + 10_000;
      while (Date.now() < deadline && store.snapshot.manifest.id !== second.manifest!.id) await new Promise((r) => setTimeout(r, 50));
      stop = true;
      await load;
      const h = await agent.get('/api/health').expect(200);
      assert.equal(h.body.index.id, second.manifest!.id);
      assert.equal(h.body.index.documents, 2);
      assert.ok(seen.has(first.manifest!.id));
    } finally {
      store.close();
      server.close();
    }
  });

  it('lets a request that started on the old build finish on it', async () => {
    const corpus = await tempDir();
    const out = await tempDir();
    dirs.push(corpus, out);
    await cp(join(CORPUS, 'gilder-2024-peace-operations-human-security.txt'), join(corpus, 'g.txt'));
    await runIndex({ corpusDir: corpus, indexDir: out, maxPages: 100, timeoutMs: 60_000, useCache: true });
    const store = new IndexStore(out);
    await store.refresh();
    // A slow route that answers after a pause from the snapshot it started with, as a long export would.
    const app = createApp(store, {
      extend: (a) =>
        a.get('/slow', (_req, res) => {
          const snap = res.locals.snap as { manifest: { id: string } };
          setTimeout(() => res.json({ id: snap.manifest.id }), 300);
        }),
    });
    const old = store.snapshot.manifest.id;
    const oldSnap = store.snapshot;
    const slow = request(app).get('/slow');
    const pending = slow.then((r) => r.body.id as string);
    await new Promise((r) => setTimeout(r, 50));
    await cp(join(CORPUS, 'bowden-metcalfe-hough-2020-age-of-caution.txt'), join(corpus, 'b.txt'));
    await runIndex({ corpusDir: corpus, indexDir: out, maxPages: 100, timeoutMs: 60_000, useCache: true });
    await store.refresh();
    assert.notEqual(store.snapshot.manifest.id, old);
    assert.equal(await pending, old);
    // an FTS5 build's database stays open for that request and is closed once it has ended
    if (oldSnap.passages instanceof LibraryStore) {
      await new Promise((r) => setTimeout(r, 100));
      assert.equal(oldSnap.passages.db.open, false);
      assert.equal((store.snapshot.passages as LibraryStore).db.open, true);
    }
    store.close();
  });

  it('loads a build once however often it is asked, and retries a failed one after a wait', async () => {
    const corpus = await tempDir();
    const out = await tempDir();
    dirs.push(corpus, out);
    await cp(join(CORPUS, 'gilder-2024-peace-operations-human-security.txt'), join(corpus, 'g.txt'));
    await runIndex({ corpusDir: corpus, indexDir: out, maxPages: 100, timeoutMs: 60_000, useCache: true });
    let now = 0;
    const store = new IndexStore(out, { retryMs: 1000, now: () => now });
    // the poll and the file watch asking at once share one load
    const asks = [store.refresh(), store.refresh(), store.refresh()];
    assert.equal(asks[0], asks[1]);
    assert.deepEqual(await Promise.all(asks), [true, true, true]);
    const first = store.snapshot.manifest.id;

    // a new build whose passages cannot be read (a passing read error, say)
    await cp(join(CORPUS, 'bowden-metcalfe-hough-2020-age-of-caution.txt'), join(corpus, 'b.txt'));
    const next = await runIndex({ corpusDir: corpus, indexDir: out, maxPages: 100, timeoutMs: 60_000, useCache: true });
    const file = join(out, 'builds', next.manifest!.id, PASSAGES_FILE);
    const good = await readFile(file);
    await writeFile(file, good.slice(0, 100));
    assert.equal(await store.refresh(), false);
    assert.match(store.lastError ?? '', new RegExp(next.manifest!.id));
    assert.equal(store.snapshot.manifest.id, first, 'keeps serving the old build');
    await writeFile(file, good);
    // not tried again before the wait is over, then tried and loaded
    assert.equal(await store.refresh(), false);
    now += 1000;
    assert.equal(await store.refresh(), true);
    assert.equal(store.snapshot.manifest.id, next.manifest!.id);
    assert.equal(store.lastError, null);
    store.close();
  });
});
