import assert from 'node:assert/strict';
import { copyFile, readdir, rename } from 'node:fs/promises';
import { join } from 'node:path';
import request from 'supertest';
import { runIndex } from '../../indexer/run.js';
import { IndexStore } from '../../server/index-store.js';
import { createApp } from '../../server/app.js';
import { removeAll, tempDir } from '../helpers/tmp.js';

// A catalogued file renamed keeps its entry (renamed-entries.ts), and the run said so, and that
// the catalogue should be updated, on stderr only: nobody reads a cron run's or the server's
// first start's stderr. The note is now in report.json's changes and on the About page.
describe('catalogue entries that follow a renamed file, in the report and on the About page', function () {
  this.timeout(180_000);
  const dirs: string[] = [];
  after(() => removeAll(...dirs));

  it('lists the entry, the old name and the new one', async () => {
    const corpusDir = await tempDir('followed-corpus-');
    const indexDir = await tempDir('followed-index-');
    dirs.push(corpusDir, indexDir);
    const src = join(process.cwd(), 'corpus');
    for (const f of await readdir(src)) await copyFile(join(src, f), join(corpusDir, f));
    const texts = (await readdir(src)).filter((f) => f.endsWith('.txt')).sort();
    await runIndex({ corpusDir, indexDir, maxPages: 100, timeoutMs: 60_000, useCache: true });
    await rename(join(corpusDir, texts[0]), join(corpusDir, 'renamed.txt'));
    const notes: string[] = [];
    const second = await runIndex({ corpusDir, indexDir, maxPages: 100, timeoutMs: 60_000, useCache: true, onNote: (n) => notes.push(n) });
    const entry = texts[0].replace(/\.txt$/, '');
    assert.deepEqual(second.report.changes?.entriesFollowed, [{ entry, from: texts[0], to: 'renamed.txt' }]);
    assert.ok(notes.some((n) => n.includes(`its catalogue entry ${entry} follows it`)), notes.join('\n'));
    const store = new IndexStore(indexDir);
    await store.refresh();
    const about = await request(createApp(store, { capacity: { perClientPerMinute: 0 } })).get('/about').expect(200);
    assert.match(about.text, new RegExp(`1 catalogue entry follows its renamed file .*: ${entry}: ${texts[0].replace(/[.]/g, '\\.')} → renamed\\.txt`));
    store.close();
  });
});
