import assert from 'node:assert/strict';
import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runIndex } from '../../indexer/run.js';
import { currentBuild, publish, verifyBuild } from '../../core/build/publish.js';
import { IndexStore } from '../../server/index-store.js';
import { openIndex } from '../../server/open-index.js';
import { PDFS, removeAll, tempDir } from '../helpers/tmp.js';

const CORPUS = join(process.cwd(), 'corpus');
const opts = (corpusDir: string, indexDir: string) => ({ corpusDir, indexDir, maxPages: 2000, timeoutMs: 60_000, useCache: true });

describe('publishing', function () {
  this.timeout(120_000);
  const dirs: string[] = [];
  after(() => removeAll(...dirs));

  it('re-extracts only new or changed PDFs on the next run', async () => {
    const corpus = await tempDir();
    const out = await tempDir();
    dirs.push(corpus, out);
    await cp(join(PDFS, 'gilder-2024-peace-operations-human-security.pdf'), join(corpus, 'a.pdf'));
    await cp(join(PDFS, 'bowden-metcalfe-hough-2020-age-of-caution.pdf'), join(corpus, 'b.pdf'));
    const first = await runIndex(opts(corpus, out));
    assert.equal(first.report.totals.cached, 0);
    await cp(join(PDFS, 'metcalfe-hough-2021-collaborative-advocacy.pdf'), join(corpus, 'c.pdf'));
    const second = await runIndex(opts(corpus, out));
    assert.deepEqual(second.report.files.map((f) => [f.file, !!f.cached]), [['a.pdf', true], ['b.pdf', true], ['c.pdf', false]]);
    // the same text keeps its passage ids across builds
    const ids = async (build: string) => (JSON.parse(await readFile(join(out, 'builds', build, 'passages.json'), 'utf8')) as { id: string; doc: string }[]).filter((p) => p.doc === 'a').map((p) => p.id);
    assert.deepEqual(await ids(first.manifest!.id), await ids(second.manifest!.id));
  });

  it('writes the manifest with checksums last and switches CURRENT only when the build is complete', async () => {
    const out = await tempDir();
    dirs.push(out);
    const m1 = await publish(out, 'b1', { 'a.json': '[1]' }, { documents: 1, passages: 1, files: 1, skipped: 0 });
    assert.equal(await currentBuild(out), 'b1');
    await verifyBuild(join(out, 'builds', 'b1'));
    assert.equal(m1.files['a.json'].bytes, 3);
    // A crash mid-build leaves a staging directory without a manifest: CURRENT still names b1.
    await mkdir(join(out, 'builds', '.staging-b2'), { recursive: true });
    await writeFile(join(out, 'builds', '.staging-b2', 'a.json'), '[2');
    assert.equal(await currentBuild(out), 'b1');
    // A corrupted file is caught by its checksum before it is served.
    await writeFile(join(out, 'builds', 'b1', 'a.json'), '[9]');
    await assert.rejects(verifyBuild(join(out, 'builds', 'b1')), /checksum/);
    // The next publish cleans the crashed staging directory away.
    await publish(out, 'b3', { 'a.json': '[3]' }, { documents: 1, passages: 1, files: 1, skipped: 0 });
    assert.deepEqual((await readdir(join(out, 'builds'))).sort(), ['b1', 'b3']);
  });

  it('keeps the previous index when nothing in the corpus can be indexed', async () => {
    const corpus = await tempDir();
    const out = await tempDir();
    dirs.push(corpus, out);
    await cp(join(CORPUS, 'gilder-2024-peace-operations-human-security.txt'), join(corpus, 'g.txt'));
    const ok = await runIndex(opts(corpus, out));
    await removeAll(join(corpus, 'g.txt'));
    await cp(join(PDFS, 'bad', 'empty.pdf'), join(corpus, 'empty.pdf'));
    const failed = await runIndex(opts(corpus, out));
    assert.equal(failed.manifest, null);
    assert.equal(await currentBuild(out), ok.manifest!.id);
  });

  it('lets a running server switch to a new build without a restart', async () => {
    const corpus = await tempDir();
    const out = await tempDir();
    dirs.push(corpus, out);
    await cp(join(CORPUS, 'gilder-2024-peace-operations-human-security.txt'), join(corpus, 'g.txt'));
    await runIndex(opts(corpus, out));
    const store = new IndexStore(out);
    await store.refresh();
    const before = store.snapshot;
    await cp(join(CORPUS, 'bowden-metcalfe-hough-2020-age-of-caution.txt'), join(corpus, 'b.txt'));
    await runIndex(opts(corpus, out));
    assert.equal(await store.refresh(), true);
    assert.equal(store.snapshot.documents.size, 2);
    // a request that started on the old snapshot still sees a whole, consistent build
    assert.equal(before.documents.size, 1);
    assert.equal([...before.passages.all()].every((p) => before.passages.get(p.id) === p), true);
    store.close();
  });

  it('indexes again at start-up from a corpus the user named, when no build can be served', async () => {
    const corpus = await tempDir();
    const out = await tempDir();
    dirs.push(corpus, out);
    await cp(join(CORPUS, 'gilder-2024-peace-operations-human-security.txt'), join(corpus, 'g.txt'));
    // a build in an older format: the server must not read it as its own
    const old = await runIndex(opts(corpus, out));
    const manifestPath = join(out, 'builds', old.manifest!.id, 'manifest.json');
    await writeFile(manifestPath, (await readFile(manifestPath, 'utf8')).replace(/"format": \d+/, '"format": 1'));
    const lines: string[] = [];
    const store = await openIndex({ corpusDir: corpus, corpusGiven: true, indexDir: out, log: (l) => lines.push(l) });
    assert.match(lines[0], /cannot be served \(build \S+ not loaded: index format 1 is not \d+/);
    assert.notEqual(store.snapshot.manifest.id, old.manifest!.id);
    assert.ok(store.snapshot.passages.count > 10);
    // a build without the files the server reads, as an indexer of an earlier version wrote them
    await publish(out, 'z-partial', { 'documents.json': '[]', 'passages.json': '[]', 'lunr.json': '{}' }, { documents: 0, passages: 0, files: 0, skipped: 0 });
    // is not re-indexed over: the newest intact build is served, and health says why
    const again: string[] = [];
    const second = await openIndex({ corpusDir: corpus, corpusGiven: true, indexDir: out, log: (l) => again.push(l) });
    assert.deepEqual(again, []);
    assert.equal(second.snapshot.manifest.id, store.snapshot.manifest.id);
    const h = second.health();
    assert.equal(h.status, 'degraded');
    assert.match('reason' in h ? h.reason : '', /the build has no vocabulary\.json, taxonomy\.json.*serving the newest intact build/);
    // and a good build opens without indexing anything
    await publish(out, 'zz-good', Object.fromEntries(await Promise.all(['documents.json', 'passages.json', 'lunr.json', 'vocabulary.json', 'taxonomy.json'].map(async (f) => [f, await readFile(join(out, 'builds', store.snapshot.manifest.id, f), 'utf8')]))), store.snapshot.manifest.counts);
    const quiet: string[] = [];
    const third = await openIndex({ corpusDir: corpus, corpusGiven: true, indexDir: out, log: (l) => quiet.push(l) });
    assert.deepEqual(quiet, []);
    assert.equal(third.health().status, 'ok');
  });
});
