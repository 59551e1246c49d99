import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { applyPatches, WORKER_PATCHES } from '../../indexer/readers/pdfjs-patches.js';
import { loadWorkerScript } from '../../indexer/readers/pdfjs-worker-script.js';

const workerSource = () => readFileSync(createRequire(import.meta.url).resolve('pdfjs-dist/legacy/build/pdf.worker.mjs'), 'utf8');

describe('pdf.js worker as a patched script (indexer/readers/pdfjs-worker-script.ts)', () => {
  it('applies each patch where its text is found exactly once, and none where one does not fit', () => {
    const patch = { why: '', find: 'b', replace: 'B' };
    assert.equal(applyPatches('abc', [patch]), 'aBc');
    assert.equal(applyPatches('abcb', [patch]), undefined);
    assert.equal(applyPatches('ac', [patch]), undefined);
  });

  it('fits the installed pdfjs-dist, so the fast path is the one that runs', () => {
    assert.ok(applyPatches(workerSource(), WORKER_PATCHES));
    const module = loadWorkerScript();
    assert.equal(typeof module?.WorkerMessageHandler, 'function');
  });

  it('computes the text transform bit for bit as pdf.js does', () => {
    // pdf.js's own Util.transform, taken from the installed module, against the patch.
    const source = workerSource();
    const at = source.indexOf('  static transform(m1, m2) {\n');
    const body = source.slice(source.indexOf('return', at), source.indexOf('\n  }', at));
    const Util = { transform: new Function('m1', 'm2', body) as (a: ArrayLike<number>, b: ArrayLike<number>) => number[] };
    const [patch] = WORKER_PATCHES;
    const original = new Function('Util', 'textState', 'tsm', patch.find) as (u: typeof Util, s: object, t: number[]) => number[];
    const patched = new Function('Util', 'textState', 'tsm', patch.replace) as typeof original;
    const specials = [0, -0, 1, -1, 0.1, 1e-300, 1e300, Infinity, -Infinity, NaN];
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % 5 === 0 ? specials[seed % specials.length] : (seed / 2 ** 31 - 0.5) * 10 ** ((seed % 7) - 3);
    };
    const matrix = () => Array.from({ length: 6 }, random);
    for (let i = 0; i < 5000; i++) {
      const state = { ctm: i % 3 ? matrix() : Float32Array.from(matrix()), textMatrix: matrix() };
      const tsm = [random(), 0, 0, random(), 0, random()];
      const [a, b] = [original(Util, state, tsm), patched(Util, state, tsm)];
      assert.ok(a.every((x, k) => Object.is(x, b[k])), `${JSON.stringify(state)} ${JSON.stringify(tsm)}`);
    }
  });
});
