import assert from 'node:assert/strict';
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import request from 'supertest';
import { runIndex } from '../../indexer/run.js';
import { IndexStore } from '../../server/index-store.js';
import { openIndex } from '../../server/open-index.js';
import { logger } from '../../server/http/logger.js';
import { createApp } from '../../server/app.js';
import { assertMatchesSpec } from '../helpers/openapi.js';
import { removeAll, tempDir } from '../helpers/tmp.js';
import { DOCUMENTS_FILE, INDEX_FILE, PASSAGES_FILE } from '../helpers/build-files.js';

const CORPUS = join(process.cwd(), 'corpus');
const FILES = ['gilder-2024-peace-operations-human-security.txt', 'bowden-metcalfe-hough-2020-age-of-caution.txt', 'metcalfe-hough-2021-collaborative-advocacy.txt'];
const opts = (corpusDir: string, indexDir: string) => ({ corpusDir, indexDir, maxPages: 100, timeoutMs: 60_000, useCache: true });

describe('recovery: which build to serve when the current one is damaged', function () {
  this.timeout(180_000);
  const dirs: string[] = [];
  let index: string;
  const builds: { id: string; documents: number }[] = [];
  after(() => removeAll(...dirs));

  // three builds, as a user's index holds them: one document, then two, then three
  before(async () => {
    const corpus = await tempDir();
    index = await tempDir();
    dirs.push(corpus, index);
    for (const f of FILES) {
      await cp(join(CORPUS, f), join(corpus, f));
      const { manifest } = await runIndex(opts(corpus, index));
      builds.push({ id: manifest!.id, documents: manifest!.counts.documents });
    }
  });

  const copyIndex = async () => {
    const dir = await tempDir();
    dirs.push(dir);
    await cp(index, dir, { recursive: true });
    return dir;
  };

  it('serves the newest intact build when CURRENT is damaged, says degraded and why, and re-indexes nothing', async () => {
    const dir = await copyIndex();
    const newest = builds[2].id;
    await writeFile(join(dir, 'builds', newest, PASSAGES_FILE), '[');
    const emptyCorpus = await tempDir();
    dirs.push(emptyCorpus);
    const lines: string[] = [];
    // CORPUS_DIR unset: the default corpus must not be indexed over the user's builds
    const store = await openIndex({ corpusDir: CORPUS, corpusGiven: false, indexDir: dir, log: (l) => lines.push(l) });
    assert.deepEqual(lines, []);
    assert.equal(store.snapshot.manifest.id, builds[1].id);
    assert.equal(store.snapshot.documents.size, 2);
    const h = await request(createApp(store)).get('/api/health').expect(200);
    assertMatchesSpec('/api/health', 200, h.body);
    assert.equal(h.body.status, 'degraded');
    assert.match(h.body.reason, new RegExp(`build ${newest} not loaded: ${PASSAGES_FILE.replace('.', '\\.')} does not match its checksum.*serving the newest intact build, ${builds[1].id}`));
    assert.equal((await readFile(join(dir, 'CURRENT'), 'utf8')).trim(), newest, 'the pointer is left for the user to see');
    store.close();
  });

  it('names no path on the server in the reason /api/health and a 503 give for a build with a file missing', async () => {
    const dir = await copyIndex();
    const newest = builds[2].id;
    await rm(join(dir, 'builds', newest, DOCUMENTS_FILE));
    const store = await openIndex({ corpusDir: CORPUS, corpusGiven: false, indexDir: dir, log: () => undefined });
    assert.match('reason' in store.health() ? (store.health() as { reason: string }).reason : '', new RegExp(dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')), 'the log still has the whole path');
    const h = await request(createApp(store)).get('/api/health').expect(200);
    assert.equal(h.body.status, 'degraded');
    assert.ok(!h.body.reason.includes(dir), h.body.reason);
    assert.match(h.body.reason, new RegExp(`build ${newest} not loaded: .*'builds/${newest}/${DOCUMENTS_FILE.replace('.', '\\.')}'`));
    store.close();
  });

  it('never reads a CURRENT that points outside builds/', async () => {
    const dir = await copyIndex();
    for (const pointer of ['../../../../etc', '/etc/passwd', '..', 'builds/../x']) {
      await writeFile(join(dir, 'CURRENT'), pointer);
      const store = new IndexStore(dir);
      assert.equal(await store.refresh(), true);
      assert.equal(store.snapshot.manifest.id, builds[2].id);
      const h = store.health();
      assert.equal(h.status, 'degraded');
      assert.match('reason' in h ? h.reason : '', /CURRENT does not name a build/);
    }
  });

  it('with no build that loads and no corpus named, serves 503 with the reason instead of exiting', async () => {
    const dir = await copyIndex();
    for (const b of builds) await writeFile(join(dir, 'builds', b.id, DOCUMENTS_FILE), '{');
    const lines: string[] = [];
    const store = await openIndex({ corpusDir: CORPUS, corpusGiven: false, indexDir: dir, log: (l) => lines.push(l) });
    assert.equal(store.loaded, false);
    assert.match(lines.join('\n'), /Not re-indexing: set CORPUS_DIR/);
    const app = createApp(store);
    const h = await request(app).get('/api/health').expect(200);
    assertMatchesSpec('/api/health', 200, h.body);
    assert.equal(h.body.status, 'unavailable');
    const s = await request(app).get('/api/search').expect(503);
    assert.match(s.body.error, /no index can be served: build \S+ not loaded/);
    assert.ok(s.headers['retry-after']);
  });

  /** the warnings and errors the server logs while `run` runs, whatever LOG_LEVEL says */
  const levels = async (run: () => Promise<void>): Promise<{ level: string; msg: string }[]> => {
    const logged: { level: string; msg: string }[] = [];
    const { warn, error } = logger;
    const catcher = (level: string) => ((_obj: unknown, msg?: string) => void logged.push({ level, msg: msg ?? '' })) as unknown as typeof warn;
    logger.warn = catcher('warn');
    logger.error = catcher('error');
    try {
      await run();
    } finally {
      logger.warn = warn;
      logger.error = error;
    }
    return logged;
  };

  it('logs a build of an earlier format as a warning that it will be rebuilt, and a damaged one as an error (ui44)', async () => {
    const dir = await copyIndex();
    const setFormat = async (id: string, engineFormat: number) => {
      const file = join(dir, 'builds', id, 'manifest.json');
      await writeFile(file, JSON.stringify({ ...(JSON.parse(await readFile(file, 'utf8')) as object), engineFormat }));
    };
    // the newest damaged, the one before it of an earlier format, the oldest intact
    await writeFile(join(dir, 'builds', builds[2].id, PASSAGES_FILE), '[');
    await setFormat(builds[1].id, 1);
    let store = new IndexStore(dir);
    const fallback = await levels(async () => void (await store.refresh()));
    assert.equal(store.snapshot.manifest.id, builds[0].id);
    store.close();
    const by = (l: { level: string; msg: string }[], id: string) => l.filter((x) => x.msg.includes(id)).map((x) => x.level);
    assert.deepEqual(by(fallback, builds[2].id).slice(0, 1), ['error'], 'the checksum failure');
    assert.match(fallback.find((x) => x.level === 'error')!.msg, /does not match its checksum/);
    assert.deepEqual(by(fallback, `fallback build ${builds[1].id}`), ['warn'], fallback.map((x) => `${x.level}: ${x.msg}`).join('\n'));
    assert.match(fallback.find((x) => x.msg.startsWith(`fallback build ${builds[1].id}`))!.msg, /earlier version .*rebuilds the library/);
    // every build of an earlier format, as after an upgrade: warnings only, the current one's too
    for (const b of builds) await setFormat(b.id, 1);
    await writeFile(join(dir, 'CURRENT'), builds[2].id);
    store = new IndexStore(dir);
    const upgrade = await levels(async () => void (await store.refresh()));
    assert.equal(store.loaded, false);
    assert.deepEqual([...new Set(upgrade.map((x) => x.level))], ['warn'], upgrade.map((x) => `${x.level}: ${x.msg}`).join('\n'));
    assert.match(upgrade[0].msg, new RegExp(`build ${builds[2].id} was written by an earlier version .*rebuilt in this version's format`));
    // a newer format (the server downgraded) is no upgrade: an error
    await setFormat(builds[2].id, 99);
    store.close();
    store = new IndexStore(dir);
    const newer = await levels(async () => void (await store.refresh()));
    assert.equal(newer[0].level, 'error');
    store.close();
  });

  it('indexes again a build an earlier version made from the same corpus (an upgrade changed the format), but not one from another corpus', async () => {
    const corpus = await tempDir();
    const dir = await tempDir();
    dirs.push(corpus, dir);
    await cp(join(CORPUS, FILES[0]), join(corpus, FILES[0]));
    const { manifest } = await runIndex(opts(corpus, dir));
    const old = async () => {
      const file = join(dir, 'builds', manifest!.id, 'manifest.json');
      const m = JSON.parse(await readFile(file, 'utf8')) as { engineFormat: number };
      await writeFile(file, JSON.stringify({ ...m, engineFormat: 1 }));
    };
    await old();
    const lines: string[] = [];
    const store = await openIndex({ corpusDir: corpus, corpusGiven: false, indexDir: dir, log: (l) => lines.push(l) });
    assert.equal(store.loaded, true, lines.join('\n'));
    assert.match(lines.join('\n'), /built by an earlier version from .*: indexing it again/);
    // a newer version's build (the server was downgraded) is made again too, and said so: this
    // version cannot read it, and its corpus is known (review45)
    const current = (await readFile(join(dir, 'CURRENT'), 'utf8')).trim();
    const file = join(dir, 'builds', current, 'manifest.json');
    await writeFile(file, JSON.stringify({ ...(JSON.parse(await readFile(file, 'utf8')) as object), engineFormat: 9999 }));
    const lines3: string[] = [];
    const again = await openIndex({ corpusDir: corpus, corpusGiven: false, indexDir: dir, log: (l) => lines3.push(l) });
    assert.equal(again.loaded, true, lines3.join('\n'));
    assert.match(lines3.join('\n'), /built by another version from .*format 9999 is not \d+.*: indexing it again/);
    // the same old build beside another corpus folder is left alone: 503 with the reason
    const other = await tempDir();
    const dir2 = await tempDir();
    dirs.push(other, dir2);
    await cp(join(CORPUS, FILES[1]), join(other, FILES[1]));
    const second = await runIndex(opts(other, dir2));
    const file2 = join(dir2, 'builds', second.manifest!.id, 'manifest.json');
    await writeFile(file2, JSON.stringify({ ...(JSON.parse(await readFile(file2, 'utf8')) as object), engineFormat: 1 }));
    const lines2: string[] = [];
    const left = await openIndex({ corpusDir: corpus, corpusGiven: false, indexDir: dir2, log: (l) => lines2.push(l) });
    assert.equal(left.loaded, false);
    assert.match(lines2.join('\n'), /Not re-indexing/);
  });

  it("after the user's own run published nothing, says so instead of serving the bundled corpus in its place", async () => {
    const dir = await tempDir();
    dirs.push(dir);
    await writeFile(join(dir, 'report.json'), JSON.stringify({ build: null, finishedAt: '2026-12-04T19:00:00.000Z', files: [{ file: 'scan.pdf', status: 'skipped' }] }));
    const lines: string[] = [];
    const store = await openIndex({ corpusDir: CORPUS, corpusGiven: false, indexDir: dir, log: (l) => lines.push(l) });
    assert.equal(store.loaded, false);
    // the log names the directory; what clients read does not (userreview19b finding 2)
    assert.match(lines.join('\n'), new RegExp(`No index in ${dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: .*published nothing from its 1 files: see report\\.json in the index directory\\. Not indexing`));
    const app = createApp(store);
    const s = await request(app).get('/api/search').expect(503);
    assert.match(s.body.error, /published nothing/);
    const h = await request(app).get('/api/health').expect(200);
    const page = await request(app).get('/').expect(503);
    for (const text of [s.body.error, h.body.reason, page.text]) assert.ok(!String(text).includes(dir), `a server path in ${String(text)}`);
  });

  it('with a corpus that cannot be indexed, keeps running rather than exit into a restart loop', async () => {
    const dir = await tempDir();
    const missing = join(dir, 'no-such-corpus');
    dirs.push(dir);
    const store = await openIndex({ corpusDir: missing, corpusGiven: true, indexDir: join(dir, 'index'), log: () => undefined });
    assert.equal(store.loaded, false);
    assert.equal(store.health().status, 'unavailable');
  });

  it('says degraded while the newest build cannot be loaded, and ok once it is', async () => {
    const dir = await copyIndex();
    const store = new IndexStore(dir, { retryMs: 0 });
    await store.refresh();
    assert.equal(store.health().status, 'ok');
    const file = join(dir, 'builds', builds[2].id, INDEX_FILE);
    const good = await readFile(file);
    // a newer build is published whose file then goes bad: keep serving, say so
    await writeFile(join(dir, 'CURRENT'), builds[1].id);
    await store.refresh();
    await writeFile(file, '{}');
    await writeFile(join(dir, 'CURRENT'), builds[2].id);
    await store.refresh();
    const h = store.health();
    assert.equal(h.status, 'degraded');
    assert.equal('index' in h && h.index.id, builds[1].id);
    await writeFile(file, good);
    await store.refresh();
    assert.equal(store.health().status, 'ok');
  });

  // A large database is served before its checksum is compared (hashing it takes seconds):
  // every file here counts as large, and report.json (read at load only for the About page's
  // list, a damaged one listing nothing) is damaged
  // without changing its size, so only the comparison can tell.
  const damageReport = async (dir: string, id: string) => {
    const file = join(dir, 'builds', id, 'report.json');
    const bytes = await readFile(file);
    bytes[0] ^= 1;
    await writeFile(file, bytes);
  };

  it('serves a build before comparing its large files with their checksums, and says when it has', async () => {
    const dir = await copyIndex();
    const store = new IndexStore(dir, { checkLaterAbove: 0 });
    assert.equal(await store.refresh(), true);
    const before = store.health();
    assert.deepEqual([before.status, 'index' in before && before.index.verified], ['ok', false]);
    await store.checked();
    const after = await request(createApp(store)).get('/api/health').expect(200);
    assertMatchesSpec('/api/health', 200, after.body);
    assert.deepEqual([after.body.status, after.body.index.id, after.body.index.verified], ['ok', builds[2].id, true]);
    store.close();
  });

  it('drops a build served before its checksums were compared when one does not match, once its requests end', async () => {
    const dir = await copyIndex();
    const newest = builds[2].id;
    await damageReport(dir, newest);
    const store = new IndexStore(dir, { checkLaterAbove: 0 });
    await store.refresh();
    assert.equal(store.snapshot.manifest.id, newest);
    const inFlight = store.lease();
    await store.checked();
    // the fallback: the newest intact build, checked before it is served
    assert.equal(store.snapshot.manifest.id, builds[1].id);
    const h = await request(createApp(store)).get('/api/health').expect(200);
    assertMatchesSpec('/api/health', 200, h.body);
    assert.equal(h.body.status, 'degraded');
    assert.equal(h.body.index.verified, true);
    assert.match(h.body.reason, new RegExp(`build ${newest} not loaded: report\\.json does not match its checksum.*serving the newest intact build, ${builds[1].id}`));
    // the request that began on the damaged build finishes on it, then it is closed
    assert.equal(inFlight.snap.manifest.id, newest);
    assert.ok(inFlight.snap.documents.size > 0);
    inFlight.release();
    // on the next poll the damaged build is not served again unchecked
    await store.refresh();
    assert.equal(store.snapshot.manifest.id, builds[1].id);
    store.close();
  });

  it('with no intact build to fall back to, answers 503 once the damaged build is found out', async () => {
    const dir = await copyIndex();
    const newest = builds[2].id;
    await damageReport(dir, newest);
    for (const b of builds.slice(0, 2)) await rm(join(dir, 'builds', b.id), { recursive: true });
    const store = new IndexStore(dir, { checkLaterAbove: 0 });
    await store.refresh();
    assert.equal(store.health().status, 'ok');
    await store.checked();
    const h = store.health();
    assert.equal(h.status, 'unavailable');
    assert.match('reason' in h ? h.reason : '', /report\.json does not match its checksum/);
    store.close();
  });
});
