import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { findCopies, namedAsCopy } from '../../indexer/copies.js';
import type { CorpusFile } from '../../indexer/corpus.js';
import type { CatalogEntry } from '../../indexer/metadata/catalog.js';
import { removeAll, tempDir } from '../helpers/tmp.js';

// Which of several files with the same bytes is indexed: decided before reading, never by
// which worker finishes first, and never a newcomer over the catalogued or already-indexed file.

describe('files with the same bytes: the one kept', () => {
  let dir: string;
  const file = (rel: string): CorpusFile => ({ abs: join(dir, rel), rel });
  before(async () => {
    dir = await tempDir('copies-');
    await mkdir(join(dir, 'sub'));
    for (const name of ['a-copy.txt', 'report.txt', 'sub/z-copy.txt']) await writeFile(join(dir, name), 'The same report, saved three times.\n');
    await writeFile(join(dir, 'other.txt'), 'The same length, other words in it.\n');
    await writeFile(join(dir, 'empty-1.txt'), '');
    await writeFile(join(dir, 'empty-2.txt'), '');
  });
  after(() => removeAll(dir));
  const listing = () => ['a-copy.txt', 'empty-1.txt', 'empty-2.txt', 'other.txt', 'report.txt', 'sub/z-copy.txt'].map(file);
  const entry = (id: string, files: string[] = []): CatalogEntry => ({ item: { id, type: 'report', title: id }, source: 'catalog.json', files });

  it('keeps the file a catalog entry names, by its id or its file name, over one sorting first', async () => {
    for (const entries of [[entry('report')], [entry('smith-2024', ['report.txt'])]]) {
      const { read, copiesOf } = await findCopies(listing(), entries);
      assert.deepEqual([...copiesOf], [['report.txt', ['a-copy.txt', 'sub/z-copy.txt']]]);
      assert.deepEqual(read.map((f) => f.rel), ['empty-1.txt', 'empty-2.txt', 'other.txt', 'report.txt']);
    }
  });

  it('keeps the file the build being replaced indexed, when none is catalogued', async () => {
    const { hash } = await import('node:crypto').then(({ createHash }) => ({ hash: createHash('sha256').update('The same report, saved three times.\n').digest('hex') }));
    const { copiesOf } = await findCopies(listing(), [], new Map([[hash, 'sub/z-copy.txt']]));
    assert.deepEqual([...copiesOf], [['sub/z-copy.txt', ['a-copy.txt', 'report.txt']]]);
  });

  it('keeps a file not named as a copy otherwise; the same size with other bytes, and empty files, are no copies', async () => {
    const { read, copiesOf } = await findCopies(listing(), []);
    assert.deepEqual([...copiesOf], [['report.txt', ['a-copy.txt', 'sub/z-copy.txt']]]);
    assert.deepEqual(read.map((f) => f.rel), ['empty-1.txt', 'empty-2.txt', 'other.txt', 'report.txt']);
  });

  it('keeps the first by path among names that all say copy, or none does', async () => {
    const { copiesOf } = await findCopies(['a-copy.txt', 'sub/z-copy.txt'].map(file), []);
    assert.deepEqual([...copiesOf], [['a-copy.txt', ['sub/z-copy.txt']]]);
  });

  it('knows the names file managers, browsers and office suites give a copy (userreview19b finding 6)', () => {
    for (const copy of ['Copy of gilder report.pdf', 'copie de rapport.pdf', 'gilder - Copy.pdf', 'gilder copy.pdf', 'gilder copy 2.pdf', 'sub/gilder (1).pdf', 'gilder (copy).pdf', 'gilder_copy.txt']) assert.ok(namedAsCopy(copy), copy);
    for (const name of ['gilder-2024-peace-operations-human-security.pdf', 'copyright-guidance.pdf', 'photocopy-log.txt', 'copy.pdf', 'Évaluation 2024 (final).pdf', 'S-2024-385.pdf']) assert.ok(!namedAsCopy(name), name);
  });

  it('leaves a file it cannot read to be read (and reported) by its worker', async () => {
    const { read, copiesOf } = await findCopies([...listing(), file('missing.txt'), { ...file('pipe.txt'), problem: 'not a regular file' }], []);
    assert.ok(read.some((f) => f.rel === 'missing.txt') && read.some((f) => f.rel === 'pipe.txt'));
    assert.equal(copiesOf.size, 1);
  });
});
