import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXTRACTOR_VERSION, extractionCacheKey } from '../../indexer/process-file.js';
import { projectRoot } from '../../core/paths.js';

// review17 finding 6: the extraction cache holds what the readers return, and a re-index is
// served it, so a reader fixed without bumping EXTRACTOR_VERSION never reaches an existing
// library (14 reader commits went by at 'x1').

/** A hash of the readers' sources, in path order. */
function readersHash(): string {
  const dir = join(projectRoot, 'indexer', 'readers');
  const h = createHash('sha256');
  for (const f of readdirSync(dir).sort()) {
    h.update(f);
    h.update(readFileSync(join(dir, f)));
  }
  return h.digest('hex').slice(0, 16);
}

// The readers' sources EXTRACTOR_VERSION was last set for. When this test fails, a reader
// changed: if what it returns changed, bump EXTRACTOR_VERSION; either way, update both lines.
const PINNED = { version: 'x2', readers: 'da2c2d439e020906' };

describe('the extraction cache key', () => {
  it('changes with the readers\' version, the page limit and the bytes', () => {
    const key = extractionCacheKey('abc', 2000);
    assert.equal(key, extractionCacheKey('abc', 2000, EXTRACTOR_VERSION));
    assert.notEqual(key, extractionCacheKey('abc', 2000, 'x1'));
    assert.notEqual(key, extractionCacheKey('abc', 100));
    assert.notEqual(key, extractionCacheKey('abd', 2000));
  });

  it('is bumped past x1, which cached reads from before the /Rotate and title fixes', () => {
    assert.notEqual(EXTRACTOR_VERSION, 'x1');
  });

  it('was set for the readers as they are (bump EXTRACTOR_VERSION when a reader reads differently)', () => {
    assert.deepEqual({ version: EXTRACTOR_VERSION, readers: readersHash() }, PINNED);
  });
});
