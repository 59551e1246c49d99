import assert from 'node:assert/strict';
import { onFirstUse, readerFor } from '../../indexer/readers/registry.js';
import type { Reader } from '../../indexer/readers/types.js';

describe('reader registry (indexer/readers/registry.ts)', () => {
  it('loads a reader on its first file, once, and not before', async () => {
    let loads = 0;
    const inner: Reader = { format: 'x', extensions: ['.x'], read: async (data) => ({ format: 'x', text: data.toString(), embedded: {} }) };
    const lazy = onFirstUse({ format: 'x', extensions: ['.x'] }, async () => {
      loads++;
      return inner;
    });
    assert.equal(loads, 0);
    const [a, b] = await Promise.all([lazy.read(Buffer.from('one'), { maxPages: 1 }), lazy.read(Buffer.from('two'), { maxPages: 1 })]);
    assert.deepEqual([a.text, b.text, loads], ['one', 'two', 1]);
  });

  it('finds the reader of a file by its extension, PDFs included', () => {
    assert.equal(readerFor('a/B.PDF')?.format, 'pdf');
    assert.equal(readerFor('notes.md')?.format, 'md');
    assert.equal(readerFor('data.csv'), undefined);
  });
});
