import assert from 'node:assert/strict';
import { BUILD_FILES, parseBuildFile, requiredFiles } from '../../core/build/format.js';

describe('the build format', () => {
  it('declares the files the server needs in one place', () => {
    assert.deepEqual(requiredFiles('lunr'), ['documents.json', 'passages.json', 'lunr.json', 'vocabulary.json', 'taxonomy.json']);
    assert.deepEqual(requiredFiles('fts5'), ['library.db', 'vocabulary.json', 'taxonomy.json']);
    assert.deepEqual(BUILD_FILES['report.json'].requiredFor, []);
  });

  it('validates records on load and names the file and field of the first problem', () => {
    assert.deepEqual(parseBuildFile('vocabulary.json', [['aid', 3]]), [['aid', 3]]);
    assert.throws(() => parseBuildFile('vocabulary.json', [['aid', '3']]), /vocabulary\.json is not a valid build file: 0\.1: Expected number/);
    assert.throws(() => parseBuildFile('passages.json', [{ id: 'p1', doc: 'a' }]), /passages\.json is not a valid build file: 0\.ordinal/);
  });
});
