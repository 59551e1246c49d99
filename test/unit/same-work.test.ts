import assert from 'node:assert/strict';
import type { CslItem, DocumentRecord } from '../../core/types.js';
import { SameWorkFinder } from '../../indexer/same-work.js';

const doc = (file: string, csl: Partial<CslItem> = {}): DocumentRecord => ({ id: file, file, csl: { id: file, type: 'report', ...csl } }) as unknown as DocumentRecord;
const texts = (from: number, n: number) => Array.from({ length: n }, (_, i) => `Paragraph ${from + i} on humanitarian access and the protection of civilians.`);
const work = { title: 'Peace Operations and Human Security', author: [{ family: 'Gilder', given: 'Alexander' }], issued: { 'date-parts': [[2024]] } };

describe('SameWorkFinder', () => {
  it('names the earlier file of the same title, authors and year (a catalog entry both files match)', () => {
    const f = new SameWorkFinder();
    assert.equal(f.check(doc('g.pdf', work), texts(0, 10)), undefined);
    assert.deepEqual(f.check(doc('g.txt', { ...work, title: 'Peace operations and human security' }), texts(100, 10)), { file: 'g.pdf', reason: 'same title, authors and year' });
    assert.equal(f.check(doc('h.txt', { ...work, issued: { 'date-parts': [[2023]] } }), texts(200, 10)), undefined, 'another year is another work');
  });

  it('does not take a title alone for a work ("Field notes" in two folders)', () => {
    const f = new SameWorkFinder();
    assert.equal(f.check(doc('a/notes.txt', { title: 'Field notes from the north' }), texts(0, 3)), undefined);
    assert.equal(f.check(doc('b/notes.txt', { title: 'Field notes from the north' }), texts(50, 3)), undefined);
  });

  it('names the earlier file holding most of its passages, whatever its metadata says', () => {
    const f = new SameWorkFinder();
    assert.equal(f.check(doc('report.pdf', work), texts(0, 200)), undefined);
    const same = f.check(doc('copy.txt', { title: 'Accepted version' }), [...texts(0, 180), ...texts(1000, 20)]);
    assert.equal(same?.file, 'report.pdf');
    assert.match(same?.reason ?? '', /^\d+ % of its passages in common$/);
    assert.equal(f.check(doc('other.txt', { title: 'Another report' }), [...texts(0, 20), ...texts(2000, 180)]), undefined, 'a few shared passages (quotations) are not a copy');
  });

  it('does not take two versions dated to different months for one file twice (userreview18)', () => {
    const f = new SameWorkFinder();
    const note = { title: 'Myanmar Rakhine access note', issued: { 'date-parts': [[2024, 4, 2]] } };
    assert.equal(f.check(doc('note-v1.pdf', note), texts(0, 4)), undefined);
    assert.equal(f.check(doc('note-v2.pdf', { ...note, issued: { 'date-parts': [[2024, 5, 20]] } }), texts(100, 5)), undefined, 'April and May 2024: two versions');
    assert.deepEqual(f.check(doc('note-v1.txt', { ...note, issued: { 'date-parts': [[2024]] } }), texts(200, 4)), { file: 'note-v1.pdf', reason: 'same title, authors and year' }, 'a copy dated by its year only is still the same work');
  });
});
