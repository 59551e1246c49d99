import assert from 'node:assert/strict';
import { EXTRACTOR_VERSION, extractionCacheKey } from '../../indexer/process-file.js';

// review17 finding 6: the extraction cache holds what the readers return, and a re-index is
// served it, so a reader fixed without bumping EXTRACTOR_VERSION never reaches an existing
// library (14 reader commits went by at 'x1').

// Since fixur17 the key also holds the indexer's code identity (indexer/code-identity.ts), so
// a changed reader is read again without a bump; the version still marks a deliberate reread.

describe('the extraction cache key', () => {
  it('changes with the readers\' version, the page limit and the bytes', () => {
    const key = extractionCacheKey('abc', 2000);
    assert.equal(key, extractionCacheKey('abc', 2000, EXTRACTOR_VERSION));
    assert.notEqual(key, extractionCacheKey('abc', 2000, 'x1'));
    assert.notEqual(key, extractionCacheKey('abc', 100));
    assert.notEqual(key, extractionCacheKey('abd', 2000));
    assert.notEqual(extractionCacheKey('abc', 2000, EXTRACTOR_VERSION, 'code1'), extractionCacheKey('abc', 2000, EXTRACTOR_VERSION, 'code2'));
  });

  it('is bumped past x1, which cached reads from before the /Rotate and title fixes', () => {
    assert.notEqual(EXTRACTOR_VERSION, 'x1');
  });
});
