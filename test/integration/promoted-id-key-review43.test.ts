import assert from 'node:assert/strict';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import request from 'supertest';
import { runIndex } from '../../indexer/run.js';
import { createApp } from '../../server/app.js';
import { IndexStore } from '../../server/index-store.js';
import { removeAll, tempDir } from '../helpers/tmp.js';

// review43: 055636f kept a promoted id's citation key with the file's bytes; a file that is both
// promoted (report-2 → report, its namesake removed) and edited in the same build has no old bytes
// to follow, and took the removed file's key by its new id.

const text = (title: string, extra = '') =>
  `# ${title}\n\n${[1, 2, 3].map((i) => `${title}, paragraph ${i}, discusses the protection of civilians and the humanitarian access negotiated with armed groups.${extra}`).join('\n\n')}\n`;

/** The citation key of each document of the index in `out`, as the API gives it. */
async function keysOf(out: string): Promise<(id: string) => Promise<string>> {
  const store = new IndexStore(out);
  await store.refresh();
  const app = createApp(store, { capacity: { perClientPerMinute: 0 } });
  return async (id: string) => String((await request(app).get(`/api/documents/${id}`).expect(200)).body['citation-key']);
}

describe('a promoted id whose file was also edited (review43)', function () {
  this.timeout(300_000);
  const dirs: string[] = [];
  after(() => removeAll(...dirs));

  it('keeps the edited file its own citation key, not the removed namesake\'s', async () => {
    const corpus = await tempDir();
    const out = await tempDir();
    dirs.push(corpus, out);
    await mkdir(join(corpus, '2019'));
    await mkdir(join(corpus, '2020'));
    await writeFile(join(corpus, '2019', 'report.txt'), text('Access report 2019'));
    await writeFile(join(corpus, '2020', 'report.txt'), text('Access report 2020'));
    const opts = { corpusDir: corpus, indexDir: out, maxPages: 2000, timeoutMs: 60_000, useCache: false, workers: 1 };
    await runIndex(opts);
    const before = await keysOf(out);
    const [key2019, key2020] = [await before('report'), await before('report-2')];
    assert.notEqual(key2019, key2020);
    await rm(join(corpus, '2019', 'report.txt'));
    await writeFile(join(corpus, '2020', 'report.txt'), text('Access report 2020', ' A corrected sentence.'));
    const { report } = await runIndex(opts);
    assert.deepEqual(report.changes!.reused, [{ id: 'report', file: '2020/report.txt', was: '2019/report.txt' }]);
    const after = await keysOf(out);
    assert.notEqual(await after('report'), key2019, 'a manuscript citing the 2019 key must not now point at the 2020 report');
    assert.equal(await after('report'), key2020, 'the edited 2020 report keeps its own key');
  });

  it('keeps each key with its file when a chain of suffixed ids moves up and every file was edited', async () => {
    const corpus = await tempDir();
    const out = await tempDir();
    dirs.push(corpus, out);
    const years = ['2018', '2019', '2020'];
    for (const y of years) {
      await mkdir(join(corpus, y));
      await writeFile(join(corpus, y, 'report.txt'), text(`Access report ${y}`));
    }
    const opts = { corpusDir: corpus, indexDir: out, maxPages: 2000, timeoutMs: 60_000, useCache: false, workers: 1 };
    await runIndex(opts);
    const before = await keysOf(out);
    const keys = [await before('report'), await before('report-2'), await before('report-3')];
    await rm(join(corpus, '2018', 'report.txt'));
    for (const y of ['2019', '2020']) await writeFile(join(corpus, y, 'report.txt'), text(`Access report ${y}`, ' A corrected sentence.'));
    await runIndex(opts);
    const after = await keysOf(out);
    assert.deepEqual([await after('report'), await after('report-2')], [keys[1], keys[2]]);
  });
});
