import assert from 'node:assert/strict';
import { cp, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import request from 'supertest';
import { runIndex } from '../../indexer/run.js';
import { IndexStore } from '../../server/index-store.js';
import { createApp } from '../../server/app.js';
import { assertMatchesSpec } from '../helpers/openapi.js';
import { removeAll, tempDir } from '../helpers/tmp.js';

// userreview21a, finding 5: a nightly run that published nothing (an empty corpus folder)
// left the old build serving, rightly, but /api/health still said "ok": no monitor could see it.

const opts = (corpusDir: string, indexDir: string) => ({ corpusDir, indexDir, maxPages: 100, timeoutMs: 60_000, useCache: true });

describe('health after an indexing run that published nothing (userreview21a)', function () {
  this.timeout(180_000);
  const dirs: string[] = [];
  after(() => removeAll(...dirs));

  it('is degraded, naming the run, while the last good build serves; ok again after a run that publishes', async () => {
    const corpus = await tempDir();
    const empty = await tempDir();
    const index = await tempDir();
    dirs.push(corpus, empty, index);
    await cp(join(process.cwd(), 'corpus', 'gilder-2024-peace-operations-human-security.txt'), join(corpus, 'gilder.txt'));
    const first = await runIndex(opts(corpus, index));
    const store = new IndexStore(index);
    await store.refresh();
    const app = createApp(store, { capacity: { perClientPerMinute: 0, perClientCpuMsPerMinute: 0 } });
    assert.equal((await request(app).get('/api/health').expect(200)).body.status, 'ok');

    const failed = await runIndex(opts(empty, index));
    assert.equal(failed.manifest, null);
    const h = await request(app).get('/api/health').expect(200);
    assertMatchesSpec('/api/health', 200, h.body);
    assert.equal(h.body.status, 'degraded');
    assert.equal(h.body.index.id, first.manifest!.id);
    assert.match(h.body.reason, /^the last indexing run \(\S+\) published nothing from its 0 files \(see report\.json in the index directory\): the build of \S+ is still served$/);
    // searching goes on over the last good build
    await request(app).get('/api/search?q=protection').expect(200);

    await mkdir(join(empty, 'sub'));
    await cp(join(process.cwd(), 'corpus', 'gilder-2024-peace-operations-human-security.txt'), join(empty, 'sub', 'gilder.txt'));
    const again = await runIndex(opts(empty, index));
    assert.ok(again.manifest);
    await store.refresh();
    const ok = await request(app).get('/api/health').expect(200);
    assert.equal(ok.body.status, 'ok');
    assert.equal(ok.body.index.id, again.manifest.id);
    store.close();
  });
});
