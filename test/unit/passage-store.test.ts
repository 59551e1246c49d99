import assert from 'node:assert/strict';
import type { Passage } from '../../core/types.js';
import { MemoryPassageStore } from '../../core/passage-store.js';

const passage = (id: string, doc: string): Passage => ({
  id, doc, ordinal: 0, block: 0, text: id, section: [], page: null, physicalPage: null, start: 0, end: 1,
  kind: 'finding', blockType: 'paragraph', actors: [], themes: [], places: [], evidence: [],
});

describe('the in-memory passage store', () => {
  const store = new MemoryPassageStore([passage('a1', 'a'), passage('a2', 'a'), passage('b1', 'b')]);

  it('reaches passages by ordinal and id, and a document as a contiguous range', () => {
    assert.equal(store.count, 3);
    assert.equal(store.at(2).id, 'b1');
    assert.equal(store.get('a2')?.doc, 'a');
    assert.equal(store.ordinalOf('b1'), 2);
    assert.equal(store.ordinalOf('zz'), undefined);
    assert.equal(store.docOf(1), 'a');
    assert.deepEqual(store.rangeOf('a'), { first: 0, end: 2 });
    assert.deepEqual(store.ofDocument('b').map((p) => p.id), ['b1']);
    assert.deepEqual(store.ofDocument('none'), []);
    assert.deepEqual([...store.all()].map((p) => p.id), ['a1', 'a2', 'b1']);
    assert.throws(() => store.at(3), RangeError);
  });

  it('refuses a build whose documents are not contiguous', () => {
    assert.throws(() => new MemoryPassageStore([passage('a1', 'a'), passage('b1', 'b'), passage('a2', 'a')]), /not contiguous/);
  });
});
