import assert from 'node:assert/strict';
import { cp, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runIndex, type RunOptions } from '../../indexer/run.js';
import type { DocumentRecord } from '../../core/types.js';
import { removeAll, tempDir } from '../helpers/tmp.js';

// userreview11: `cp gilder….txt a-gilder-copy.txt` and a re-index made the copy the document
// (it sorts first): the catalogued original was reported as the duplicate, its links moved to
// the copy and every citation lost the catalog's metadata.

const CORPUS = join(process.cwd(), 'corpus');
const GILDER = 'gilder-2024-peace-operations-human-security';
const METCALFE = 'metcalfe-hough-2021-collaborative-advocacy';

const documentsOf = async (out: string, build: string): Promise<DocumentRecord[]> => JSON.parse(await readFile(join(out, 'builds', build, 'documents.json'), 'utf8')) as DocumentRecord[];

describe('a copy of a file under another name', function () {
  this.timeout(300_000);
  const dirs: string[] = [];
  after(() => removeAll(...dirs));
  const setUp = async () => {
    const corpus = await tempDir();
    const out = await tempDir();
    dirs.push(corpus, out);
    const opts: RunOptions = { corpusDir: corpus, indexDir: out, maxPages: 2000, timeoutMs: 60_000, useCache: true, engine: 'lunr', workers: 1 };
    return { corpus, out, opts };
  };

  it('never takes over the catalogued file: its id, links and catalog metadata stay, the copy is the duplicate', async () => {
    const { corpus, out, opts } = await setUp();
    await cp(join(CORPUS, `${GILDER}.txt`), join(corpus, `${GILDER}.txt`));
    await cp(join(CORPUS, 'catalog.json'), join(corpus, 'catalog.json'));
    const first = await runIndex(opts);
    const before = (await documentsOf(out, first.report.build!)).find((d) => d.id === GILDER)!;
    await cp(join(CORPUS, `${GILDER}.txt`), join(corpus, 'a-gilder-copy.txt'));
    const { report } = await runIndex(opts);
    const original = report.files.find((f) => f.file === `${GILDER}.txt`)!;
    const copy = report.files.find((f) => f.file === 'a-gilder-copy.txt')!;
    assert.equal(original.status, 'indexed');
    assert.equal(original.doc, GILDER);
    assert.equal(copy.status, 'skipped');
    assert.equal(copy.duplicateOf, `${GILDER}.txt`);
    assert.match(copy.reason ?? '', /^duplicate: same content as gilder-2024-peace-operations-human-security\.txt \(indexed once\)$/);
    const docs = await documentsOf(out, report.build!);
    assert.deepEqual(docs.map((d) => d.id), [GILDER]);
    assert.deepEqual(docs[0].csl, before.csl, 'the catalog metadata, unchanged');
    assert.equal(report.totals.duplicates, 1);
    assert.equal(report.files.length, 2);
  });

  it('keeps the file already indexed over a newcomer sorting first; in a first build, the first by path', async () => {
    const { corpus, opts } = await setUp();
    await cp(join(CORPUS, `${METCALFE}.txt`), join(corpus, 'z-advocacy.txt'));
    await runIndex(opts);
    await cp(join(CORPUS, `${METCALFE}.txt`), join(corpus, 'a-advocacy.txt'));
    const { report } = await runIndex(opts);
    assert.deepEqual(report.files.map((f) => [f.file, f.status, f.duplicateOf]), [['z-advocacy.txt', 'indexed', undefined], ['a-advocacy.txt', 'skipped', 'z-advocacy.txt']]);

    const fresh = await setUp();
    await cp(join(CORPUS, `${METCALFE}.txt`), join(fresh.corpus, 'z-advocacy.txt'));
    await cp(join(CORPUS, `${METCALFE}.txt`), join(fresh.corpus, 'a-advocacy.txt'));
    const again = await runIndex(fresh.opts);
    assert.deepEqual(again.report.files.map((f) => [f.file, f.status, f.duplicateOf]), [['a-advocacy.txt', 'indexed', undefined], ['z-advocacy.txt', 'skipped', 'a-advocacy.txt']]);
  });
});
