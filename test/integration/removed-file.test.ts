import assert from 'node:assert/strict';
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import request from 'supertest';
import type { Aliases } from '../../core/build/aliases.js';
import type { EngineName } from '../../core/build/format.js';
import { runIndex } from '../../indexer/run.js';
import { IndexStore } from '../../server/index-store.js';
import { createApp } from '../../server/app.js';
import { bundledCorpus, removeAll } from '../helpers/tmp.js';

// userreview32 finding 14: the 404 of a passage whose file a rebuild removed said "a rebuild
// removed its document or changed its text", not which document; the build knows which.

const CORPUS = join(process.cwd(), 'corpus');
const GILDER = 'gilder-2024-peace-operations-human-security';
const METCALFE = 'metcalfe-hough-2021-collaborative-advocacy';

describe('a passage of a file removed from the library', function () {
  this.timeout(300_000);
  const dirs: string[] = [];
  after(() => removeAll(...dirs));

  for (const engine of ['lunr', 'fts5'] as const satisfies EngineName[]) {
    it(`answers 404 naming its document, with a search of its title, across later builds (${engine})`, async () => {
      const { corpus, out } = await bundledCorpus([GILDER, METCALFE]);
      dirs.push(corpus, out);
      const opts = { corpusDir: corpus, indexDir: out, maxPages: 2000, timeoutMs: 60_000, useCache: true, engine, workers: 1 };
      await runIndex(opts);
      const store = new IndexStore(out);
      await store.refresh();
      const title = store.snapshot.documents.get(GILDER)!.csl.title!;
      const old = store.snapshot.passages.ofDocument(GILDER).map((p) => p.id);
      assert.ok(title && old.length > 10);

      await rm(join(corpus, `${GILDER}.txt`));
      const second = await runIndex(opts);
      const aliases = JSON.parse(await readFile(join(out, 'builds', second.manifest!.id, 'aliases.json'), 'utf8')) as Aliases;
      assert.equal(Object.keys(aliases.removed).length, old.length);
      assert.deepEqual(aliases.removedTitles, { [GILDER]: title });
      await store.refresh();
      const app = createApp(store, { capacity: { perClientPerMinute: 0 } });
      const search = `/search?q=${encodeURIComponent(title)}`;
      const page = await request(app).get(`/passages/${old[3]}`);
      assert.equal(page.status, 404);
      assert.ok(page.text.includes(`it was in “${title}”, whose file was removed from the library by a rebuild`), page.text);
      assert.ok(page.text.includes(`href="${search.replace(/&/g, '&amp;')}"`), page.text);
      const api = await request(app).get(`/api/passages/${old[3]}`);
      assert.equal(api.status, 404);
      assert.match(JSON.stringify(api.body), /whose file was removed from the library/);
      assert.equal((api.body as { link?: string }).link, `/api/search?q=${encodeURIComponent(title)}`);
      // an id never known is still the plain 404
      assert.doesNotMatch((await request(app).get('/passages/0000000000000000')).text, /whose file was removed/);

      // a later build that changes something else still knows it
      await writeFile(join(corpus, 'note.txt'), 'A short note on access negotiations in the north.\n');
      const third = await runIndex(opts);
      const carried = JSON.parse(await readFile(join(out, 'builds', third.manifest!.id, 'aliases.json'), 'utf8')) as Aliases;
      assert.equal(carried.removed[old[3]], GILDER);
      assert.equal(carried.removedTitles[GILDER], title);

      // the file back: its passages are served again and listed as removed no more
      await cp(join(CORPUS, `${GILDER}.txt`), join(corpus, `${GILDER}.txt`));
      const fourth = await runIndex(opts);
      // (no table at all when nothing is left to list)
      const back = JSON.parse(await readFile(join(out, 'builds', fourth.manifest!.id, 'aliases.json'), 'utf8').catch(() => '{}')) as Partial<Aliases>;
      assert.equal(back.removed?.[old[3]], undefined);
      store.snapshot.close();
    });
  }
});
