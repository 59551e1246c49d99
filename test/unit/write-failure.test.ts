import assert from 'node:assert/strict';
import { writeFailureMessage } from '../../indexer/write-failure.js';

const fsError = (code: string, path?: string) => Object.assign(new Error(`${code}: failed`), { code, ...(path ? { path } : {}) });

// userreview19b finding 3: a read-only --out ended in "index failed: Error: EROFS …" and a stack trace.
describe('writeFailureMessage', () => {
  it('says what happened, that the served index is untouched, and what to do', () => {
    const m = writeFailureMessage(fsError('EROFS', '/srv/index/.index.lock.1.tmp'), '/srv/index') ?? '';
    assert.match(m, /^Cannot write the index into \/srv\/index: its disk is read-only \(EROFS on \/srv\/index\/\.index\.lock\.1\.tmp\)\./);
    assert.match(m, /Nothing was published: the index served before this run is still the one served\./);
    assert.match(m, /To fix: make the folder writable, or pass --out/);
    assert.doesNotMatch(m, /\n\s+at /, 'no stack trace');
  });

  it('knows a full disk and a refused permission', () => {
    assert.match(writeFailureMessage(fsError('ENOSPC'), '/x') ?? '', /its disk is full \(ENOSPC\)[\s\S]*free some space/);
    assert.match(writeFailureMessage(fsError('EACCES'), '/x') ?? '', /permission denied[\s\S]*write access/);
  });

  it('leaves other errors to the stack trace (they are bugs to report)', () => {
    assert.equal(writeFailureMessage(new TypeError('x is undefined'), '/x'), null);
    assert.equal(writeFailureMessage(fsError('ENOENT'), '/x'), null);
  });
});
