import assert from 'node:assert/strict';
import type { CslItem, DocumentRecord, FileReport } from '../../core/types.js';
import { workCopies } from '../../indexer/work-copies.js';

// review20b finding 1: a file with most of its passages in another is not always a copy of it
// (an executive summary of a report, one volume of two): merged, it lost its own entry in exports.

function doc(id: string, csl: Partial<CslItem>, catalogue = false): DocumentRecord {
  return {
    id,
    csl: { id, type: 'report', title: 'Protection advocacy in an age of caution', author: [{ family: 'Bowden' }], issued: { 'date-parts': [[2020]] }, ...csl },
    provenance: catalogue ? { title: 'catalog.json' } : { title: 'txt-header' },
    file: `${id}.txt`,
    format: 'txt',
    hash: id,
    pages: null,
    pageLabels: null,
    passageCount: 0,
    tags: {} as DocumentRecord['tags'],
    furniture: { removed: 0, kinds: {} },
    outline: [],
  } as DocumentRecord;
}

const report = (file: string, doc: string, passages: number, sameWork?: string): FileReport =>
  ({ file: `${file}.txt`, status: 'indexed', passages, doc, ...(sameWork ? { sameWork: { file: `${sameWork}.txt`, reason: 'x % of its passages in common' } } : {}) }) as FileReport;

describe('workCopies (indexer/work-copies.ts)', () => {
  it('makes a copy of about the same length one work with the catalogued file', () => {
    const documents = new Map([doc('work', {}, true), doc('copy', {})].map((d) => [d.id, d]));
    const copies = workCopies(documents, [report('work', 'work', 79), report('copy', 'copy', 110, 'work')]);
    assert.deepEqual([...copies], [['copy', 'work']]);
  });

  it('leaves a summary (a third of the passages, all in the report) its own work, whichever is the catalogued one', () => {
    const documents = new Map([doc('report', {}, true), doc('summary', { title: 'Executive summary' })].map((d) => [d.id, d]));
    assert.equal(workCopies(documents, [report('report', 'report', 79), report('summary', 'summary', 28, 'report')]).size, 0);
    const bare = new Map([doc('a-summary', { title: 'Executive summary' }), doc('report', {})].map((d) => [d.id, d]));
    assert.equal(workCopies(bare, [report('a-summary', 'a-summary', 28), report('report', 'report', 79, 'a-summary')]).size, 0);
  });

  it('leaves two volumes or two editions apart', () => {
    const volumes = new Map([doc('v1', { volume: '1' }), doc('v2', { volume: '2' })].map((d) => [d.id, d]));
    assert.equal(workCopies(volumes, [report('v1', 'v1', 80), report('v2', 'v2', 80, 'v1')]).size, 0);
    const editions = new Map([doc('e1', { edition: '1' }), doc('e2', { edition: '2nd' })].map((d) => [d.id, d]));
    assert.equal(workCopies(editions, [report('e1', 'e1', 80), report('e2', 'e2', 80, 'e1')]).size, 0);
  });
});
