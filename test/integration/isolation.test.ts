import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cp, mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runIndex, type Report } from '../../indexer/run.js';
import { processCorpus, type PoolStats } from '../../indexer/process-corpus.js';
import { processFile } from '../../indexer/process-file.js';
import { jbig2Bomb, manyPages } from '../helpers/hostile-files.js';
import { removeAll, tempDir } from '../helpers/tmp.js';

const CORPUS = join(process.cwd(), 'corpus');
const TEXT = 'bowden-metcalfe-hough-2020-age-of-caution.txt';
const OTHER = 'gilder-2024-peace-operations-human-security.txt';

/** Prose without blank lines: structuring 14 MB of it takes several seconds of synchronous work (about 0.5 s a MB). */
function endlessProse(bytes: number): string {
  const sentence = 'Humanitarian actors negotiate access with parties to the conflict and record what was agreed. ';
  return sentence.repeat(Math.ceil(bytes / sentence.length)).replace(/(.{80}) /g, '$1\n');
}

function lineOf(report: Report, file: string) {
  const r = report.files.find((f) => f.file === file);
  assert.ok(r, `no report line for ${file}`);
  return r;
}

// Generous test timeouts: the machines that run these are shared and often loaded.
describe('every file read in an isolated worker', function () {
  this.timeout(600_000);
  let corpus: string;
  let out: string;
  let report: Report;

  before(async () => {
    corpus = await tempDir('pdf-corpus-');
    out = await tempDir('pdf-index-');
    await writeFile(join(corpus, 'a-jbig2-scan.pdf'), jbig2Bomb());
    await writeFile(join(corpus, 'c-huge.md'), endlessProse(5_000_000));
    await cp(join(CORPUS, TEXT), join(corpus, 'd-good.txt'));
    await cp(join(CORPUS, TEXT), join(corpus, 'e-copy.txt'));
    await mkdir(join(corpus, 'f-linked'));
    await symlink(join(CORPUS, OTHER), join(corpus, 'f-linked', 'linked.txt'));
    await symlink(join(corpus, 'missing.pdf'), join(corpus, 'f-linked', 'broken.pdf'));
    await symlink(corpus, join(corpus, 'f-linked', 'loop'));
    execFileSync('mkfifo', [join(corpus, 'g-pipe.txt')]);
    ({ report } = await runIndex({ corpusDir: corpus, indexDir: out, maxPages: 100, timeoutMs: 300_000, useCache: false, maxTextBytes: 4_000_000 }));
  });
  after(() => removeAll(corpus, out));

  it('reads the JBIG2 scan without decoding its image: no text layer, not a hang', () => {
    assert.match(lineOf(report, 'a-jbig2-scan.pdf').reason ?? '', /no text layer/);
  });

  it('skips text over the size limit with its size', () => {
    assert.match(lineOf(report, 'c-huge.md').reason ?? '', /too large: 4\.8 MB of text \(limit 3\.8 MB\)/);
  });

  it('follows symbolic links inside the folder, once; skips one leading out of it; reports broken ones and pipes', () => {
    // it leads out of the corpus folder: a shortcut to a private file must not publish it
    const linked = lineOf(report, 'f-linked/linked.txt');
    assert.equal(linked.status, 'skipped');
    assert.match(linked.reason ?? '', /symbolic link to a file outside the corpus folder: not indexed/);
    assert.doesNotMatch(linked.reason ?? '', /gilder|\//, 'the reason shown on the About page names no path on the server');
    assert.equal(lineOf(report, 'd-good.txt').note, undefined);
    assert.match(lineOf(report, 'f-linked/broken.pdf').reason ?? '', /broken symbolic link/);
    assert.match(lineOf(report, 'g-pipe.txt').reason ?? '', /not a regular file/);
    assert.ok(!report.files.some((f) => f.file.includes('loop/')), 'a link back up the tree is not followed');
  });

  it('indexes a copy of a file once, and reports the copy with the file it repeats', () => {
    assert.equal(lineOf(report, 'd-good.txt').status, 'indexed');
    const copy = lineOf(report, 'e-copy.txt');
    assert.equal(copy.status, 'skipped', 'the statuses spec/api.md lists');
    assert.ok(copy.duplicateOf);
    assert.match(copy.reason ?? '', /same content as d-good\.txt/);
    assert.equal(report.totals.duplicates, 1);
    assert.equal(report.totals.documents, 1, 'd-good.txt alone: the link out of the folder is skipped');
  });

  it('accounts for every file and publishes what was readable', async () => {
    assert.equal(report.files.length, 7);
    assert.equal(lineOf(report, 'd-good.txt').status, 'indexed');
    assert.ok(report.files.every((f) => f.status !== 'skipped' || f.reason));
    assert.equal(report.totals.files, report.files.length);
    assert.equal((await readFile(join(out, 'CURRENT'), 'utf8')).trim(), report.build);
    // where spec/api.md says: in the index directory itself, as well as in the build
    assert.deepEqual(JSON.parse(await readFile(join(out, 'report.json'), 'utf8')), JSON.parse(await readFile(join(out, 'builds', String(report.build), 'report.json'), 'utf8')));
  });
});

describe('limits that stop a worker', function () {
  this.timeout(600_000);
  let corpus: string;
  let out: string;
  beforeEach(async () => {
    corpus = await tempDir('pdf-corpus-');
    out = await tempDir('pdf-index-');
  });
  afterEach(() => removeAll(corpus, out));

  it('a deadline stops synchronous work, and a new worker takes the next file', async () => {
    await writeFile(join(corpus, 'a-endless.txt'), endlessProse(14_000_000));
    await writeFile(join(corpus, 'b-endless.txt'), endlessProse(13_900_000));
    const { report } = await runIndex({ corpusDir: corpus, indexDir: out, maxPages: 100, timeoutMs: 2_000, useCache: false, workers: 1 });
    for (const r of report.files) assert.match(r.reason ?? '', /^time limit: still reading after 2 s \(the worker was stopped and replaced\)$/);
    assert.equal(report.resources.restarts, 2);
    assert.equal(report.build, null);
    // nothing published, but the user can still read why
    assert.equal((JSON.parse(await readFile(join(out, 'report.json'), 'utf8')) as Report).files.length, 2);
  });

  it('a worker over its memory cap is stopped and the file reported as memory limit', async () => {
    await writeFile(join(corpus, 'long.pdf'), manyPages(2000));
    // A cap below what any worker needs makes the outcome certain without a huge file.
    const { report } = await runIndex({ corpusDir: corpus, indexDir: out, maxPages: 2000, timeoutMs: 300_000, useCache: false, memoryMb: 200 });
    assert.match(report.files[0].reason ?? '', /^memory limit: used more than 200 MB/);
  });
});

describe('a long PDF read by every worker', function () {
  this.timeout(180_000);

  it('is read in runs by the idle workers too, with the passages one process gives', async () => {
    const long = join(process.cwd(), 'test', 'fixtures', 'pdf', 'bad', 'long-300-pages.pdf');
    const files = [{ abs: long, rel: 'long.pdf' }];
    const stats: PoolStats = { peakRssMb: 0, restarts: 0 };
    const results = [];
    for await (const r of processCorpus(files, [], { maxPages: 2000, timeoutMs: 120_000, workers: 2, stats })) results.push(r);
    const [pooled] = results;
    const alone = await processFile(long, 'long.pdf', [], { maxPages: 2000 });
    assert.ok((stats.pagesLent ?? 0) > 0, 'the second worker read no page');
    assert.deepEqual(pooled.passages, alone.passages);
    assert.deepEqual({ ...pooled.report, ms: 0 }, { ...alone.report, ms: 0 });
  });
});
