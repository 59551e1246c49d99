import assert from 'node:assert/strict';
import { FacetColumn } from '../../core/facet-column.js';
import { Bitset } from '../../server/search/bitset.js';
import { TagPlanes } from '../../server/search/tag-planes.js';
import { rng } from '../helpers/fuzz.js';

describe('tag planes', () => {
  // four columns as the tag facets are: one value a row (kind), several (actors, themes), often none (places)
  const rows = 300;
  const rnd = rng(11);
  const pick = (n: number, of: number) => Array.from({ length: n }, () => `v${Math.floor(rnd() * of)}`);
  const columns = [
    new FacetColumn(), new FacetColumn(), new FacetColumn(), new FacetColumn(),
  ];
  for (let r = 0; r < rows; r++) {
    columns[0].push(pick(1, 5));
    columns[1].push(pick(Math.floor(rnd() * 4), 30));
    columns[2].push(pick(Math.floor(rnd() * 3), 12));
    columns[3].push(rnd() < 0.7 ? [] : pick(1, 40));
  }
  for (const c of columns) c.freeze();
  const planes = new TagPlanes(columns, rows);
  const sets = [
    Bitset.full(rows),
    Bitset.of(rows, Array.from({ length: rows }, (_, i) => i).filter(() => rnd() < 0.1)),
    new Bitset(rows),
  ];
  // what a column's counts are, read a row at a time
  const expected = (k: number, set: Bitset) => {
    const counts = new Uint32Array(columns[k].ids.length);
    set.forEach((row) => columns[k].countRow(row, counts));
    return counts;
  };

  it('counts every column, a word at a time and a member at a time alike', () => {
    for (const set of sets) {
      const want = columns.map((_, k) => expected(k, set));
      assert.deepEqual(planes.count(set), want);
      assert.deepEqual(planes.countMembers(set), want);
    }
  });

  it('counts only the columns asked for, in the order asked (a filtered facet alone over its own base)', () => {
    for (const set of sets) {
      for (const only of [[0], [3], [1, 2, 3], [2, 0]]) {
        const want = only.map((k) => expected(k, set));
        assert.deepEqual(planes.count(set, only), want, `planes, columns ${only.join(',')}`);
        assert.deepEqual(planes.countMembers(set, only), want, `members, columns ${only.join(',')}`);
      }
    }
  });
});
