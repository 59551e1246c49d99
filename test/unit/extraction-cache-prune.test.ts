import assert from 'node:assert/strict';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { EXTRACTOR_VERSION, ExtractionCache, extractionCacheKey } from '../../indexer/cache.js';
import { removeAll, tempDir } from '../helpers/tmp.js';

// review22 b, finding 5: the extraction cache kept every code version's readings for good (each
// edit of the indexer's sources changes the key's code identity), where the document cache
// prunes other versions' folders. A run now removes other identities' extractions at its start.

describe('the extraction cache’s prune of other code identities (review22 b finding 5)', () => {
  const dirs: string[] = [];
  after(() => removeAll(...dirs));

  it('removes other code ids’, other reader versions’ and pre-identity entries, their temporary files too; keeps this code’s at any page limit and anything else', async () => {
    const dir = await tempDir('xcache-');
    dirs.push(dir);
    const mine = [extractionCacheKey('aa11', 2000, EXTRACTOR_VERSION, 'code1'), extractionCacheKey('bb22', 100, EXTRACTOR_VERSION, 'code1')];
    const theirs = [extractionCacheKey('aa11', 2000, EXTRACTOR_VERSION, 'code0'), extractionCacheKey('aa11', 2000, 'x1', 'code1'), extractionCacheKey('aa11', 2000)];
    for (const k of [...mine, ...theirs]) await writeFile(join(dir, `${k}.json.gz`), 'x');
    await writeFile(join(dir, `.${theirs[0]}.4242.tmp`), 'x');
    await writeFile(join(dir, `.${mine[0]}.4243.tmp`), 'x');
    await mkdir(join(dir, 'documents', 'code1-tax'), { recursive: true });
    await writeFile(join(dir, 'notes.txt'), 'an operator’s file');
    assert.equal(await ExtractionCache.prune(dir, 'code1'), 4);
    assert.deepEqual((await readdir(dir)).sort(), [`.${mine[0]}.4243.tmp`, ...mine.map((k) => `${k}.json.gz`), 'documents', 'notes.txt'].sort());
    // the kept entries are still served
    assert.equal(await ExtractionCache.prune(dir, 'code1'), 0);
  });

  it('a missing cache folder is nothing to prune', async () => {
    assert.equal(await ExtractionCache.prune(join(await tempDir('xcache-'), 'absent'), 'code1'), 0);
  });
});
