import assert from 'node:assert/strict';
import { cp, readFile, readdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CslItem } from '../../core/types.js';
import { runIndex } from '../../indexer/run.js';
import { IndexStore } from '../../server/index-store.js';
import { removeAll, tempDir } from '../helpers/tmp.js';

// A librarian who adds a file a day to a library of 2,000 and rebuilds (userreview22): the
// documents of unchanged files are not built again (finding 1: 127 s of CPU for one file
// added, against 134 s for the first build), and a catalogued file renamed keeps its
// catalogue entry (finding 2: it became "zulu field levels strategic final", no author).

const CORPUS = join(process.cwd(), 'corpus');
const GILDER = 'gilder-2024-peace-operations-human-security';
const METCALFE = 'metcalfe-hough-2021-collaborative-advocacy';
const BOWDEN = 'bowden-metcalfe-hough-2020-age-of-caution';

describe('a daily rebuild of a growing library', function () {
  this.timeout(300_000);
  const dirs: string[] = [];
  after(() => removeAll(...dirs));

  it('reuses the documents of unchanged files, builds what changed, and writes the same build', async () => {
    const corpus = await tempDir();
    const out = await tempDir();
    const fresh = await tempDir();
    dirs.push(corpus, out, fresh);
    for (const d of [GILDER, METCALFE]) await cp(join(CORPUS, `${d}.txt`), join(corpus, `${d}.txt`));
    const catalog = JSON.parse(await readFile(join(CORPUS, 'catalog.json'), 'utf8')) as CslItem[];
    await writeFile(join(corpus, 'catalog.json'), JSON.stringify(catalog));
    const opts = { corpusDir: corpus, indexDir: out, maxPages: 2000, timeoutMs: 60_000, useCache: true, engine: 'fts5' as const, workers: 1 };
    const first = await runIndex(opts);
    assert.equal(first.report.files.filter((f) => f.reused).length, 0);

    // one file added: the two others come from the cache
    await cp(join(CORPUS, `${BOWDEN}.txt`), join(corpus, `${BOWDEN}.txt`));
    const second = await runIndex(opts);
    const reused = (r: typeof second) => r.report.files.filter((f) => f.reused).map((f) => f.file).sort();
    assert.deepEqual(reused(second), [`${GILDER}.txt`, `${METCALFE}.txt`]);
    assert.equal(second.report.totals.reused, 2);
    // the same database as a build with no cache at all
    const clean = await runIndex({ ...opts, indexDir: fresh, useCache: false });
    const db = (dir: string, id: string) => readFile(join(dir, 'builds', id, 'library.db'));
    assert.ok((await db(out, second.manifest!.id)).equals(await db(fresh, clean.manifest!.id)), 'library.db differs from a build without the cache');

    // the catalogue's entry for one file changed: that file is built again, with the new title
    const edited = catalog.map((c) => (c.id === METCALFE ? { ...c, title: 'Collaborative advocacy, revised title' } : c));
    await writeFile(join(corpus, 'catalog.json'), JSON.stringify(edited));
    const third = await runIndex(opts);
    assert.deepEqual(reused(third), [`${BOWDEN}.txt`, `${GILDER}.txt`]);
    const store = new IndexStore(out);
    await store.refresh();
    assert.equal(store.snapshot.documents.get(METCALFE)?.csl.title, 'Collaborative advocacy, revised title');
  });

  it('keeps as many builds as asked, never fewer than two (333 MB each at 2,000 documents)', async () => {
    const corpus = await tempDir();
    const out = await tempDir();
    dirs.push(corpus, out);
    const opts = { corpusDir: corpus, indexDir: out, maxPages: 2000, timeoutMs: 60_000, useCache: true, engine: 'lunr' as const, workers: 1 };
    const ids: string[] = [];
    for (const [i, keepBuilds] of [3, 2, 2, 1].entries()) {
      await writeFile(join(corpus, `note-${i}.txt`), `Humanitarian access note ${i}: convoys to the north were delayed by checkpoints for ${i + 2} weeks.\n`);
      ids.push((await runIndex({ ...opts, keepBuilds })).manifest!.id);
    }
    // the last run asked for one and kept two: the one published and the one before it
    assert.deepEqual((await readdir(join(out, 'builds'))).filter((n) => !n.startsWith('.')).sort(), ids.slice(2));
  });

  it('keeps a renamed catalogued file with its catalogue entry: same id, title, authors and key', async () => {
    const corpus = await tempDir();
    const out = await tempDir();
    dirs.push(corpus, out);
    for (const d of [GILDER, METCALFE]) await cp(join(CORPUS, `${d}.txt`), join(corpus, `${d}.txt`));
    await cp(join(CORPUS, 'catalog.json'), join(corpus, 'catalog.json'));
    const notes: string[] = [];
    const opts = { corpusDir: corpus, indexDir: out, maxPages: 2000, timeoutMs: 60_000, useCache: true, engine: 'fts5' as const, workers: 1, onNote: (n: string) => notes.push(n) };
    await runIndex(opts);
    const store = new IndexStore(out);
    await store.refresh();
    const before = store.snapshot.documents.get(GILDER)!;
    const passages = store.snapshot.passages.ofDocument(GILDER).map((p) => p.id);

    await rename(join(corpus, `${GILDER}.txt`), join(corpus, `${GILDER}-final.txt`));
    const second = await runIndex(opts);
    await store.refresh();
    const after = store.snapshot.documents.get(GILDER);
    assert.ok(after, 'the renamed file lost its catalogue id');
    assert.equal(after.file, `${GILDER}-final.txt`);
    assert.equal(after.csl.title, before.csl.title);
    assert.deepEqual(after.csl.author, before.csl.author);
    assert.equal(after.csl.type, before.csl.type);
    assert.equal(after.csl['citation-key'], before.csl['citation-key']);
    assert.deepEqual(store.snapshot.passages.ofDocument(GILDER).map((p) => p.id), passages);
    assert.deepEqual(second.report.changes?.renamed, [{ from: `${GILDER}.txt`, to: `${GILDER}-final.txt` }]);
    assert.equal(notes.filter((n) => n.includes(`its catalogue entry ${GILDER} follows it`)).length, 1);

    // and at every later run, until the catalogue names the new file (the entry's id leads to it)
    await runIndex(opts);
    await store.refresh();
    assert.equal(store.snapshot.documents.get(GILDER)?.csl.title, before.csl.title);
    assert.equal(store.snapshot.documents.get(GILDER)?.file, `${GILDER}-final.txt`);
    assert.equal(notes.filter((n) => n.includes('follows it')).length, 1, 'the rename is said once');
  });
});
