import assert from 'node:assert/strict';
import { jsonBytes } from '../../server/http/json-bytes.js';
import { rng } from '../helpers/fuzz.js';

describe('JSON as bytes, in pieces', () => {
  it('gives the bytes of JSON.stringify for every kind of value JSON knows or leaves out', () => {
    const date = new Date(Date.UTC(2024, 1, 3));
    const withToJson = { toJSON: (key: string) => `key ${key}` };
    const gone = { toJSON: () => undefined };
    const noProto = Object.assign(Object.create(null) as Record<string, unknown>, { a: 1, b: [2] });
    const withGetter = Object.defineProperty({ x: 1 }, 'tags', { enumerable: true, get: () => ({ kind: ['finding'] }) });
    const hidden = Object.defineProperty({ x: 1 }, 'secret', { enumerable: false, value: 2 });
    const listWithToJson = Object.assign([1, 2], { toJSON: () => 'a list' });
    const values: unknown[] = [
      listWithToJson, { l: listWithToJson }, [[listWithToJson]],
      null, 0, -0, 1.5, NaN, Infinity, true, '', 'é…“x”\u2028\ud83d\ude00', 'a"b\\c\n', [], {}, [undefined, () => 1, Symbol('s'), null],
      { a: undefined, b: () => 1, c: Symbol('s'), d: null, e: gone, f: [gone] }, { date, nested: { date, list: [date] } }, { t: withToJson, list: [withToJson] },
      noProto, withGetter, hidden, new Map([[1, 2]]), new Set([1]), [[[[[1, { deep: [[['x']]] }]]]]], { '': 1, 'key "quoted"': 2, 10: 3, 2: 4 },
      // eslint-disable-next-line no-sparse-arrays
      [1, , 3], Object.assign(Object.create({ inherited: 1 }) as object, { own: 2 }), new String('boxed'), [new Number(3)],
    ];
    for (const v of values) assert.equal(jsonBytes(v)?.toString('utf8'), JSON.stringify(v), String(JSON.stringify(v)));
    assert.equal(jsonBytes(undefined), undefined);
    assert.equal(jsonBytes(() => 1), undefined);
    assert.equal(jsonBytes(gone), undefined);
  });

  it('gives the same bytes for pages of hits larger than one piece (two-byte text, long lists)', () => {
    const rnd = rng(3);
    const text = (n: number) => Array.from({ length: n }, () => 'abc é…“”\u4e2d'[Math.floor(rnd() * 10)]).join('');
    for (let round = 0; round < 20; round++) {
      const page = {
        total: Math.floor(rnd() * 1e5), query: { q: text(10), warnings: [] },
        hits: Array.from({ length: Math.floor(rnd() * 60) }, (_, i) => ({ ordinal: i, score: rnd(), snippet: text(Math.floor(rnd() * 3000)), passage: { id: `p${i}`, section: [text(20)], more: i % 3 ? undefined : 2 } })),
        facets: { kind: Array.from({ length: 30 }, (_, i) => ({ id: `k${i}`, label: text(12), count: i, selected: i % 2 ? true : undefined })) },
      };
      const bytes = jsonBytes(page)!;
      assert.equal(bytes.toString('utf8'), JSON.stringify(page));
      assert.equal(bytes.length, Buffer.byteLength(JSON.stringify(page)));
    }
  });
});
