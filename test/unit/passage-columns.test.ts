import assert from 'node:assert/strict';
import { FacetColumn } from '../../core/facet-column.js';
import { namedColumns, PassageColumnsBuilder, storedColumnSet, type PassageColumns } from '../../core/passage-columns.js';

const row = (doc: string, extra: Partial<PassageColumns> = {}): PassageColumns => ({ doc, kind: 'finding', actors: [], themes: [], places: [], ...extra });

describe('passage columns (what the server holds of every passage)', () => {
  it('a facet column stored and read back answers as the one built', () => {
    const built = new FacetColumn();
    built.push(['a', 'b', 'a']);
    built.push([]);
    built.push(['c', null, '']);
    const back = FacetColumn.fromStored(built.stored());
    assert.deepEqual(back.ids, ['a', 'b', 'c']);
    assert.deepEqual([0, 1, 2].map((r) => back.idsOfRow(r)), [['a', 'b'], [], ['c']]);
    assert.equal(back.idOf('c'), 2);
    assert.equal(back.rowHas(0, 1), true);
    assert.equal(back.rowHas(2, 1), false);
    assert.deepEqual([...back.rowsById()], [['a', [0]], ['b', [0]], ['c', [2]]]);
    assert.throws(() => back.push(['d']), /only while it is built/);
  });

  it('refuses a damaged stored column whose bytes are not whole values', () => {
    const built = new FacetColumn();
    built.push(['a', 'b']);
    const stored = built.stored();
    const cut = (b: Uint8Array) => b.subarray(0, b.byteLength - 1);
    assert.throws(() => FacetColumn.fromStored({ ...stored, offsets: cut(stored.offsets) }), /not made of 4-byte values/);
    assert.throws(() => FacetColumn.fromStored({ ...stored, values: cut(stored.values) }), /not made of 2-byte values/);
  });

  it('keeps values past 65,535 ids in 32 bits through storing', () => {
    const built = new FacetColumn();
    for (let i = 0; i < 70_000; i++) built.push([`k${i}`]);
    const back = FacetColumn.fromStored(built.stored());
    assert.deepEqual(back.idsOfRow(69_999), ['k69999']);
  });

  it('builds documents as ranges, tags per facet, citations replaced late, and pull-quote flags', () => {
    const b = new PassageColumnsBuilder();
    b.add(row('a', { actors: ['unhcr'], cites: ['w1'] }));
    b.add(row('a', { duplicate: true, kind: 'recommendation' }));
    b.add(row('b', { places: ['MLI'] }));
    b.replaceCites(1, ['w2', 'w1']);
    const set = b.finish();
    assert.deepEqual([set.count, [...set.docIds], [...set.docStarts]], [3, ['a', 'b'], [0, 2, 3]]);
    assert.deepEqual([0, 1, 2].map((o) => set.tags.kind.idsOfRow(o)), [['finding'], ['recommendation'], ['finding']]);
    assert.deepEqual([...set.cites.rowsById()], [['w1', [0, 1]], ['w2', [1]]]);
    assert.deepEqual([0, 1, 2].map((o) => set.flags.idsOfRow(o).length), [0, 1, 0]);
    const stored = new Map(namedColumns(set).map(([name, c]) => [name, c.stored()]));
    const back = storedColumnSet(3, set.docIds, set.docStarts, (name) => stored.get(name));
    assert.deepEqual(back.tags.place.idsOfRow(2), ['MLI']);
    assert.deepEqual(back.cites.idsOfRow(1), ['w2', 'w1']);
    assert.throws(() => storedColumnSet(4, set.docIds, set.docStarts, (name) => stored.get(name)), /3 rows for 4 passages/);
  });

  it('refuses a document whose passages are not together', () => {
    const b = new PassageColumnsBuilder();
    b.add(row('a'));
    b.add(row('b'));
    assert.throws(() => b.add(row('a')), /not contiguous/);
  });
});
