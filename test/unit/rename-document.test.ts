import assert from 'node:assert/strict';
import type { Block, DocumentRecord } from '../../core/types.js';
import { segment } from '../../indexer/stages/segment.js';
import { renameDocument } from '../../indexer/rename-document.js';
import { PassageIdSet } from '../../indexer/passage-id-set.js';

const blocks: Block[] = [
  { type: 'heading', text: 'Access', page: null, level: 1 },
  { type: 'paragraph', text: 'Convoys were blocked at checkpoints.', page: null, footnoteRefs: ['1'] },
  { type: 'paragraph', text: 'Convoys were blocked at checkpoints.', page: null },
  { type: 'footnote', text: 'Interview, Aden, 2019.', page: null, n: '1' },
];

const record = (id: string, passage: string): DocumentRecord =>
  ({ id, csl: { id, type: 'report' }, outline: [{ level: 1, text: 'Access', passage }] }) as unknown as DocumentRecord;

describe('renameDocument', () => {
  it('gives the passages the ids segmenting under the new id gives, and links follow them', () => {
    const passages = segment('notes', blocks, null);
    passages[2].leadIn = { id: passages[1].id, text: passages[1].text };
    const document = record('notes', passages[0].id);
    renameDocument(document, passages, 'notes-2');
    const fresh = segment('notes-2', blocks, null);
    assert.deepEqual(
      passages.map((p) => p.id),
      fresh.map((p) => p.id),
    );
    assert.ok(passages.every((p) => p.doc === 'notes-2'));
    assert.equal(passages[0].notes?.[0].passage, fresh[2].id, 'the note mark points at the renamed note');
    assert.equal(passages[2].leadIn?.id, fresh[1].id);
    assert.equal(document.id, 'notes-2');
    assert.equal(document.csl.id, 'notes-2');
    assert.equal(document.outline[0].passage, fresh[0].id);
  });
});

describe('PassageIdSet', () => {
  it('names the holder of an id already added, a repeat within one document, and nothing else', () => {
    const set = new PassageIdSet();
    const a = segment('a', blocks, null).map((p) => p.id);
    const b = segment('b', blocks, null).map((p) => p.id);
    assert.equal(set.addAll(a, 0), undefined);
    assert.equal(set.addAll(b, 1), undefined);
    assert.equal(set.addAll(['0123456789abcdef', b[1]], 2), 1);
    assert.equal(set.addAll(['0123456789abcdef', '0123456789abcdef'], 3), 3);
    // nothing of a refused document was kept
    assert.equal(set.addAll(['0123456789abcdef'], 4), undefined);
    assert.equal(set.addAll(['p1', 'p2'], 5), undefined);
    assert.equal(set.addAll(['p2'], 6), 5);
  });

  it('keeps every id as it grows past its first table', () => {
    const set = new PassageIdSet();
    const ids = Array.from({ length: 5000 }, (_, i) => i.toString(16).padStart(16, '0'));
    for (let i = 0; i < ids.length; i += 10) assert.equal(set.addAll(ids.slice(i, i + 10), i), undefined);
    for (let i = 0; i < ids.length; i += 97) assert.equal(set.addAll([ids[i]], -1), i - (i % 10));
  });
});
