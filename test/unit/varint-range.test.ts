import { strict as assert } from 'node:assert';
import { readVarintRange, readVarints, varintLength, writeVarint } from '../../core/build/varint.js';
import { rng } from '../helpers/fuzz.js';

// readVarintRange decodes without a branch on each byte (a value is written where it stands at
// every byte): the values must be those readVarints gives, for every length a value takes.

describe('readVarintRange', () => {
  it('reads what writeVarint wrote, as readVarints does, runs one after another into one array', () => {
    const rnd = rng(3);
    for (let trial = 0; trial < 300; trial++) {
      // values of 1 to 5 bytes, mostly small (as stem ids are)
      const runs = Array.from({ length: 1 + Math.floor(rnd() * 6) }, () =>
        Array.from({ length: Math.floor(rnd() * 40) }, () => Math.floor(rnd() * 2 ** [7, 14, 21, 28, 32][Math.floor(rnd() * 5)]) >>> 0),
      );
      const bytes = new Uint8Array(runs.flat().reduce((n, v) => n + varintLength(v), 0));
      const starts = [0];
      let at = 0;
      for (const run of runs) {
        for (const v of run) at = writeVarint(bytes, at, v);
        starts.push(at);
      }
      const out = new Uint32Array(bytes.length);
      let k = 0;
      runs.forEach((run, r) => {
        const first = k;
        k = readVarintRange(bytes, starts[r], starts[r + 1], out, k);
        assert.deepEqual([...out.subarray(first, k)], run);
        const expected = new Uint32Array(run.length);
        readVarints(bytes, starts[r], expected);
        assert.deepEqual([...out.subarray(first, k)], [...expected]);
      });
      assert.equal(k, runs.flat().length);
    }
  });

  it('an empty range reads nothing', () => {
    const out = new Uint32Array(4);
    assert.equal(readVarintRange(new Uint8Array([5, 0x81, 1]), 1, 1, out, 2), 2);
    assert.deepEqual([...out], [0, 0, 0, 0]);
  });
});
