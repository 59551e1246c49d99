import assert from 'node:assert/strict';
import type { DocumentRecord } from '../../core/types.js';
import { worksAmong } from '../../server/cited-works.js';

// userreview29 finding 3: a report cited by a work held in two files (its PDF and a copy) listed
// that work twice under "Cited by".

describe('worksAmong', () => {
  const record = (id: string, copyOf?: string) => ({ id, ...(copyOf ? { copyOf } : {}) }) as unknown as DocumentRecord;
  const documents = new Map([
    ['mh', record('mh')],
    ['mh-copy', record('mh-copy', 'mh')],
    ['gilder', record('gilder')],
    ['bowden', record('bowden')],
    ['bowden-copy', record('bowden-copy', 'bowden')],
    // a copy of a work no longer in the build stands for itself
    ['orphan', record('orphan', 'gone')],
  ]);

  it('names each document as its work, once, in order', () => {
    assert.deepEqual(worksAmong(documents, ['mh', 'gilder', 'mh-copy']), ['mh', 'gilder']);
    assert.deepEqual(worksAmong(documents, ['mh-copy', 'mh']), ['mh']);
    assert.deepEqual(worksAmong(documents, ['orphan', 'unknown']), ['orphan', 'unknown']);
  });

  it('leaves out the work itself, asked from the work or from its copy', () => {
    assert.deepEqual(worksAmong(documents, ['bowden-copy', 'mh'], 'bowden'), ['mh']);
    assert.deepEqual(worksAmong(documents, ['bowden', 'mh-copy'], 'bowden-copy'), ['mh']);
  });
  it('names a work held in three files once (review31)', () => {
    const three = new Map([...documents, ['mh-copy2', record('mh-copy2', 'mh')]]);
    assert.deepEqual(worksAmong(three, ['mh-copy', 'gilder', 'mh-copy2', 'mh']), ['mh', 'gilder']);
    assert.deepEqual(worksAmong(three, ['mh-copy', 'mh-copy2', 'gilder'], 'mh-copy2'), ['gilder']);
  });
});
