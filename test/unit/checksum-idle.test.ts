import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sha256Files } from '../../core/build/checksum.js';
import { tempDirSync } from '../helpers/tmp.js';

// A served build's files are checked in a thread on spare CPU (nice 19 where allowed): the
// same digests as the build's own hashing, through the thread (files over 8 MB) or in place.
describe('sha256Files on spare CPU', () => {
  it('gives the same digests idle or not, in a thread or in place', async () => {
    const dir = tempDirSync('checksum-');
    const big = Buffer.alloc(9 << 20, 7);
    big.write('the end', big.length - 7);
    writeFileSync(join(dir, 'big'), big);
    writeFileSync(join(dir, 'small'), 'a small file');
    const want = [createHash('sha256').update(big).digest('hex'), createHash('sha256').update('a small file').digest('hex')];
    const paths = [join(dir, 'big'), join(dir, 'small')];
    assert.deepEqual(await sha256Files(paths), want);
    assert.deepEqual(await sha256Files(paths, { idle: true }), want);
    assert.deepEqual(await sha256Files([paths[1]], { idle: true }), [want[1]]);
  });
});
