import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import request from 'supertest';
import { runIndex } from '../../indexer/run.js';
import { IndexStore } from '../../server/index-store.js';
import { createApp } from '../../server/app.js';
import { removeAll, tempDir } from '../helpers/tmp.js';

// A passage written in full-width letters is tagged as its plain letters are, through the
// indexer and either engine (INDEX_ENGINE=fts5), its evidence quoting what it says (lang29).
describe('indexed tags of a passage in full-width letters', function () {
  this.timeout(180_000);
  let dir = '';
  let app: ReturnType<typeof createApp>;
  before(async () => {
    dir = await tempDir('compatible-tags-');
    const corpus = join(dir, 'corpus');
    await mkdir(corpus);
    await writeFile(join(corpus, 'wide.txt'), 'Field notes\n\nＵＮＨＣＲ staff in Ｓｙｒｉａ reported attacks on civilians near the border.\n\nDonors met in Geneva to discuss funding for the appeal.\n');
    await runIndex({ corpusDir: corpus, indexDir: join(dir, 'index'), maxPages: 100, timeoutMs: 120_000, useCache: false });
    const store = new IndexStore(join(dir, 'index'));
    await store.refresh();
    app = createApp(store, { capacity: { perClientPerMinute: 0, perClientCpuMsPerMinute: 0 } });
  });
  after(() => removeAll(dir));

  it('tags the actor and the place, and the search finds the passage by them', async () => {
    const body = (await request(app).get('/api/search').query({ q: 'staff attacks' }).expect(200)).body as { hits: { passage: { text: string; actors: string[]; places: string[]; evidence: { id: string; matched: string[] }[] } }[] };
    const hit = body.hits.find((h) => h.passage.text.includes('Ｓｙｒｉａ'));
    assert.ok(hit, JSON.stringify(body.hits.map((h) => h.passage.text)));
    assert.ok(hit.passage.actors.includes('unhcr'), JSON.stringify(hit.passage.actors));
    assert.ok(hit.passage.places.includes('SYR'), JSON.stringify(hit.passage.places));
    assert.deepEqual(hit.passage.evidence.find((e) => e.id === 'SYR')?.matched, ['Ｓｙｒｉａ']);
    // and the plain-letter query reaches it, as the search folds the text
    const syria = (await request(app).get('/api/search').query({ q: 'Syria UNHCR' }).expect(200)).body as { total: number };
    assert.ok(syria.total >= 1);
  });
});
