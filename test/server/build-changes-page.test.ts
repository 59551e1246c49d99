import assert from 'node:assert/strict';
import { appendFile, copyFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import request from 'supertest';
import { runIndex } from '../../indexer/run.js';
import { changeLines } from '../../indexer/summary.js';
import { IndexStore } from '../../server/index-store.js';
import { createApp } from '../../server/app.js';
import { removeAll, tempDir } from '../helpers/tmp.js';

// A week of an NGO's library (userreview19b finding 5): files added, one edited, one renamed, one
// deleted. The summary and the About page say which, so a link that now answers "not found" is explained.
describe('what a rebuild changed, in its report and on the About page', function () {
  this.timeout(180_000);
  const dirs: string[] = [];
  after(() => removeAll(...dirs));

  it('names the files added, changed, renamed and removed since the build it replaced', async () => {
    const corpusDir = await tempDir('changes-corpus-');
    const indexDir = await tempDir('changes-index-');
    dirs.push(corpusDir, indexDir);
    const src = join(process.cwd(), 'corpus');
    const texts = (await readdir(src)).filter((f) => f.endsWith('.txt')).sort();
    for (const f of texts.slice(0, 2)) await copyFile(join(src, f), join(corpusDir, f));
    const first = await runIndex({ corpusDir, indexDir, maxPages: 100, timeoutMs: 60_000, useCache: true });
    assert.equal(first.report.changes?.since, undefined, 'the first build into a folder has nothing to compare');
    await copyFile(join(src, texts[2]), join(corpusDir, texts[2]));
    await rename(join(corpusDir, texts[0]), join(corpusDir, 'renamed.txt'));
    await appendFile(join(corpusDir, texts[1]), '\nA corrected closing paragraph on humanitarian access negotiations.\n');
    const second = await runIndex({ corpusDir, indexDir, maxPages: 100, timeoutMs: 60_000, useCache: true });
    // the append changed the text of one old passage (an edit: its link leads to it as it reads now)
    assert.deepEqual(second.report.changes, { since: first.manifest!.id, added: [texts[2]], removed: [], changed: [texts[1]], passages: { edited: 1, gone: 0 }, renamed: [{ from: texts[0], to: 'renamed.txt' }] });
    await rm(join(corpusDir, texts[2]));
    const third = await runIndex({ corpusDir, indexDir, maxPages: 100, timeoutMs: 60_000, useCache: true });
    assert.deepEqual(third.report.changes?.removed, [texts[2]]);

    const store = new IndexStore(indexDir);
    await store.refresh();
    const app = createApp(store, { capacity: { perClientPerMinute: 0 } });
    const about = await request(app).get('/about').expect(200);
    assert.match(about.text, /<h2 id="changes-title">Changed in this build<\/h2>/);
    assert.match(about.text, new RegExp(`1 file removed or no longer indexed \\(links to it now answer “not found”\\): ${texts[2].replace('.', '\\.')}`));
    // an old link to the removed document says why it may be gone and where the changes are listed
    const gone = await request(app).get(`/documents/${texts[2].replace(/\.txt$/, '')}`).expect(404);
    assert.match(gone.text, /in the library as last built \(\d{4}-\d\d-\d\d\)\. If the link worked before, a rebuild removed its file or it no longer reads\./);
    assert.match(gone.text, /<a href="\/about">What the last build changed, and the files not indexed<\/a>/);
    store.close();
  });
  // user37: a file replaced by a corrected version was listed as changed, "passages whose text is
  // unchanged keep their links", but not whether any link kept to its other passages still led
  // anywhere — the one thing someone who e-mailed passage links needs to know.
  it('says what became of the links to a replaced file’s edited and rewritten passages', async () => {
    const corpusDir = await tempDir('changes-corpus-');
    const indexDir = await tempDir('changes-index-');
    dirs.push(corpusDir, indexDir);
    const paragraphs = [
      'Cash transfers have become a central modality of humanitarian assistance in protracted displacement settings across the Sahel and northern Nigeria.',
      'Convoys negotiated access through contested checkpoints in the north of the country, with local leaders acting as guarantors for the teams.',
      'Seven of the twelve evaluations recorded incidents of extortion by armed groups or local officials at distribution points.',
      'Donors should fund protection monitoring as a standard budget line of every cash programme in conflict-affected areas.',
    ];
    const file = join(corpusDir, 'officer-note.txt');
    await writeFile(file, paragraphs.join('\n\n') + '\n');
    const opts = { corpusDir, indexDir, maxPages: 100, timeoutMs: 60_000, useCache: true };
    await runIndex(opts);
    const corrected = [paragraphs[0], paragraphs[1].replace('contested', 'disputed'), 'Women recipients reported increased household tension in the first months of the programme, according to four evaluations.', paragraphs[3]];
    await writeFile(file, corrected.join('\n\n') + '\n');
    const second = await runIndex(opts);
    assert.deepEqual(second.report.changes?.changed, ['officer-note.txt']);
    assert.deepEqual(second.report.changes?.passages, { edited: 1, gone: 1 });
    const lines = changeLines(second.report.changes).join('\n');
    assert.match(lines, /1 passage edited: its link leads to the text as it reads now; 1 passage rewritten or removed: its link answers "not found", naming the document/);

    const store = new IndexStore(indexDir);
    await store.refresh();
    const about = await request(createApp(store, { capacity: { perClientPerMinute: 0 } })).get('/about').expect(200);
    assert.match(about.text, /replaced by a new version \(passages whose text is unchanged keep their links\): officer-note\.txt; of their passages, 1 passage edited: its link leads to the text as it reads now; 1 passage rewritten or removed: its link answers &#34;not found&#34;, naming the document<\/li>/);
    store.close();
  });
});
