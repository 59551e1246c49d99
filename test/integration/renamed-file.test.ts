import assert from 'node:assert/strict';
import { readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import request from 'supertest';
import type { Aliases } from '../../core/build/aliases.js';
import type { EngineName } from '../../core/build/format.js';
import { runIndex } from '../../indexer/run.js';
import { IndexStore } from '../../server/index-store.js';
import { createApp } from '../../server/app.js';
import { bundledCorpus, removeAll } from '../helpers/tmp.js';

// A file renamed with its bytes unchanged: its document and passage ids change (they hash the
// document id), and every link a user kept named the old ones. They must still lead somewhere.

const GILDER = 'gilder-2024-peace-operations-human-security';
const METCALFE = 'metcalfe-hough-2021-collaborative-advocacy';

describe('a file renamed with its content unchanged', function () {
  this.timeout(300_000);
  const dirs: string[] = [];
  after(() => removeAll(...dirs));

  for (const engine of ['lunr', 'fts5'] as const satisfies EngineName[]) {
    it(`keeps its old document and passage links working, in exports and the reading list (${engine})`, async () => {
      const { corpus, out } = await bundledCorpus([GILDER, METCALFE]);
      dirs.push(corpus, out);
      const opts = { corpusDir: corpus, indexDir: out, maxPages: 2000, timeoutMs: 60_000, useCache: true, engine, workers: 1 };
      const first = await runIndex(opts);
      const store = new IndexStore(out);
      await store.refresh();
      const before = store.snapshot;
      const oldPassages = before.passages.ofDocument(GILDER).map((p) => p.id);
      const kept = before.passages.ofDocument(METCALFE)[0].id;
      assert.ok(oldPassages.length > 10);

      await rename(join(corpus, `${GILDER}.txt`), join(corpus, 'peace-ops-renamed.txt'));
      const second = await runIndex(opts);
      assert.notEqual(second.manifest!.id, first.manifest!.id);
      const aliases = JSON.parse(await readFile(join(out, 'builds', second.manifest!.id, 'aliases.json'), 'utf8')) as Aliases;
      assert.deepEqual(aliases.documents, { [GILDER]: 'peace-ops-renamed' });
      assert.equal(Object.keys(aliases.passages).length, oldPassages.length);
      await store.refresh();
      const snap = store.snapshot;
      const newPassages = snap.passages.ofDocument('peace-ops-renamed').map((p) => p.id);
      assert.deepEqual(oldPassages.map((id) => aliases.passages[id]), newPassages);

      const app = createApp(store, { capacity: { perClientPerMinute: 0 } });
      const doc = await request(app).get(`/documents/${GILDER}?hl=x`);
      assert.equal(doc.status, 301);
      assert.equal(doc.headers.location, '/documents/peace-ops-renamed?hl=x');
      const page = await request(app).get(`/passages/${oldPassages[3]}`);
      assert.equal(page.status, 301);
      assert.equal(page.headers.location, `/passages/${newPassages[3]}`);
      assert.equal((await request(app).get(`/api/passages/${oldPassages[3]}`)).headers.location, `/api/passages/${newPassages[3]}`);
      assert.equal((await request(app).get(`/api/documents/${GILDER}`)).headers.location, '/api/documents/peace-ops-renamed');
      // an id never known is still a 404
      assert.equal((await request(app).get('/passages/0000000000000000')).status, 404);

      // an export naming an old id, a live one and one gone: the first two exported, the third named
      const exp = await request(app).get(`/api/export?format=csl-json&ids=${oldPassages[3]},${kept},deadbeefdeadbeef`);
      assert.equal(exp.status, 200);
      assert.equal(exp.headers['x-export-unknown'], 'deadbeefdeadbeef');
      assert.match(exp.headers.warning, /^299 - "1 id\(s\) not in the index were left out/);
      assert.equal(exp.headers['x-export-passages'], '2');
      assert.equal((JSON.parse(exp.text) as unknown[]).length, 2);
      // nothing known at all is still a mistake
      assert.equal((await request(app).get('/api/export?format=csl-json&ids=deadbeefdeadbeef')).status, 400);

      // the reading list reads an old id as its new one, note kept, and names a passage gone with its note
      const list = await request(app).get(`/list?ids=${oldPassages[3]},deadbeefdeadbeef&note-${oldPassages[3]}=mine&note-deadbeefdeadbeef=check+this`);
      assert.equal(list.status, 200);
      assert.match(list.text, new RegExp(`id="item-${newPassages[3]}"`));
      assert.match(list.text, /<textarea[^>]*>mine<\/textarea>/);
      assert.match(list.text, /1 passage is no longer in the index/);
      assert.match(list.text, /passage <code>deadbeefdeadbeef<\/code><span class="saved-quote"><\/span>; your note: “check this”/);
      assert.match(list.text, new RegExp(`data-renamed="\\{&#34;${oldPassages[3]}&#34;:&#34;${newPassages[3]}&#34;\\}"`));

      // renamed again: the first name's links follow to the latest
      await rename(join(corpus, 'peace-ops-renamed.txt'), join(corpus, 'peace-ops-final.txt'));
      const third = await runIndex(opts);
      const chained = JSON.parse(await readFile(join(out, 'builds', third.manifest!.id, 'aliases.json'), 'utf8')) as Aliases;
      assert.deepEqual(chained.documents, { [GILDER]: 'peace-ops-final', 'peace-ops-renamed': 'peace-ops-final' });
      await store.refresh();
      const finalIds = store.snapshot.passages.ofDocument('peace-ops-final').map((p) => p.id);
      assert.equal(chained.passages[oldPassages[3]], finalIds[3]);
      store.snapshot.close();
    });
  }
});
