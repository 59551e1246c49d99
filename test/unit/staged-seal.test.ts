import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { StagedBuild } from '../../core/build/publish.js';
import { removeAll, tempDir } from '../helpers/tmp.js';

const sha = (body: string | Buffer) => createHash('sha256').update(body).digest('hex');

describe('a staged build’s files checksummed early (StagedBuild.seal)', () => {
  let dir: string;
  before(async () => (dir = await tempDir('seal-')));
  after(() => removeAll(dir));

  it('writes the same manifest as hashing every file at commit, a large file hashed in a thread', async () => {
    const staged = await StagedBuild.open(dir, 'b1');
    // over checksum.ts's in-thread size, so the sealed file goes to a thread
    const big = Buffer.alloc(9 << 20, 7);
    await writeFile(staged.path('library.db'), big);
    staged.seal('library.db');
    await staged.writeFile('terms.json', '{"related":{}}');
    const manifest = await staged.commit({ documents: 1, passages: 1, files: 1, skipped: 0 }, 'fts5');
    assert.deepEqual(manifest.files['library.db'], { bytes: big.length, sha256: sha(big) });
    assert.deepEqual(manifest.files['terms.json'], { bytes: 14, sha256: sha('{"related":{}}') });
  });

  it('hashes a sealed file again when it is written afterwards', async () => {
    const staged = await StagedBuild.open(dir, 'b2');
    await writeFile(staged.path('vocabulary.json'), 'old');
    staged.seal('vocabulary.json');
    await staged.writeFile('vocabulary.json', 'new words');
    const manifest = await staged.commit({ documents: 1, passages: 1, files: 1, skipped: 0 }, 'fts5');
    assert.equal(manifest.files['vocabulary.json'].sha256, sha('new words'));
  });

  it('hashes a sealed file again when it was written through path() after sealing, the same size included (no stale checksum)', async () => {
    for (const [id, after] of [['b3', 'a longer body than before'], ['b4', 'NEW']] as const) {
      const staged = await StagedBuild.open(dir, id);
      await writeFile(staged.path('library.db'), 'old');
      staged.seal('library.db');
      // the seal's hash may be done before the write or not: either way commit must see the write
      await new Promise((resolve) => setTimeout(resolve, 20));
      await writeFile(staged.path('library.db'), after);
      const manifest = await staged.commit({ documents: 1, passages: 1, files: 1, skipped: 0 }, 'fts5');
      assert.deepEqual(manifest.files['library.db'], { bytes: after.length, sha256: sha(after) }, id);
    }
  });
});
