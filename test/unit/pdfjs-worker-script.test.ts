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
    // pdf.js's polyfills replace these for the whole process (indexer/readers/pdfjs.ts puts
    // them back); the tests after this one should run with the native ones
    const [push, parse] = [Array.prototype.push, JSON.parse];
    try {
      const module = loadWorkerScript();
      assert.equal(typeof module?.WorkerMessageHandler, 'function');
    } finally {
      Array.prototype.push = push;
      JSON.parse = parse;
    }
  });

  it('computes the text transform bit for bit as pdf.js does, into a new array or the one given', () => {
    // pdf.js's own function and Util.transform, taken from the installed module, against the patched one.
    const source = workerSource();
    const at = source.indexOf('  static transform(m1, m2) {\n');
    const body = source.slice(source.indexOf('return', at), source.indexOf('\n  }', at));
    const Util = { transform: new Function('m1', 'm2', body) };
    const fn = (text: string) => {
      const from = text.indexOf('    function getCurrentTextTransform(');
      const code = text.slice(from, text.indexOf('\n    }\n', from) + 7);
      type Transform = (out?: number[]) => number[];
      return new Function('Util', 'isArrayEqual', 'FONT_IDENTITY_MATRIX', 'textState', `${code}\nreturn getCurrentTextTransform;`) as (...a: unknown[]) => Transform;
    };
    const isArrayEqual = (a: number[], b: number[]) => a.length === b.length && a.every((x, i) => x === b[i]);
    const identity = [0.001, 0, 0, 0.001, 0, 0];
    const [original, patched] = [fn(source), fn(applyPatches(source, WORKER_PATCHES)!)];
    const specials = [0, -0, 1, -1, 0.1, 1e-300, 1e300, Infinity, -Infinity, NaN];
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % 5 === 0 ? specials[Math.floor(seed / 5) % specials.length] : (seed / 2 ** 31 - 0.5) * 10 ** ((seed % 7) - 3);
    };
    const matrix = () => Array.from({ length: 6 }, random);
    const same = (a: number[], b: number[]) => a.length === 6 && a.every((x, k) => Object.is(x, b[k]));
    for (let i = 0; i < 5000; i++) {
      const type3 = i % 4 === 0;
      const textState = {
        ctm: i % 3 ? matrix() : Float32Array.from(matrix()),
        textMatrix: matrix(),
        fontSize: i % 7 ? random() : 0.5,
        textHScale: random(),
        textRise: random(),
        fontMatrix: i % 8 ? matrix() : identity,
        font: { isType3Font: type3, isCharBBox: i % 3 === 0, bbox: [random(), random(), random(), random()] },
      };
      const expected = original(Util, isArrayEqual, identity, textState)();
      const mine = patched(Util, isArrayEqual, identity, textState);
      const out = [9, 9, 9, 9, 9, 9];
      assert.ok(same(mine(), expected), JSON.stringify(textState));
      assert.equal(mine(out), out);
      assert.ok(same(out, expected), JSON.stringify(textState));
    }
  });
  it('reads hex strings as pdf.js does: odd digits, white space, bad characters, no closing >', () => {
    const source = workerSource();
    const method = (text: string) => {
      const from = text.indexOf('  getHexString() {\n');
      const code = text.slice(from, text.indexOf('\n  }\n', from) + 4);
      const table = source.slice(source.indexOf('const specialChars = '), source.indexOf(';\n', source.indexOf('const specialChars = ')) + 1);
      const digit = source.slice(source.indexOf('function toHexDigit(ch) {'), source.indexOf('\n}\n', source.indexOf('function toHexDigit(ch) {')) + 2);
      return new Function('warn', `${table}\n${digit}\nreturn {${code}}.getHexString;`)(() => undefined) as (this: object) => string;
    };
    const [original, patched] = [method(source), method(applyPatches(source, WORKER_PATCHES)!)];
    const lexer = (bytes: number[]) => {
      let at = 0;
      const warned: number[] = [];
      const self = {
        currentChar: bytes[0] ?? -1,
        strBuf: ['left over'],
        _hexStringNumWarn: 0,
        nextChar: () => (self.currentChar = ++at < bytes.length ? bytes[at] : -1),
        _hexStringWarn: (ch: number) => warned.push(ch),
      };
      return { self, warned, at: () => at };
    };
    const alphabet = [...'0123456789abcdefABCDEF \n\r\t\0gz(>'].map((c) => c.charCodeAt(0));
    let seed = 11;
    for (let i = 0; i < 3000; i++) {
      const bytes = Array.from({ length: i % 40 }, () => {
        seed = (seed * 1103515245 + 12345) % 2 ** 31;
        return alphabet[seed % alphabet.length];
      });
      const [a, b] = [lexer(bytes), lexer(bytes)];
      assert.equal(patched.call(b.self), original.call(a.self), JSON.stringify(bytes));
      assert.deepEqual([b.at(), b.warned, b.self.currentChar], [a.at(), a.warned, a.self.currentChar]);
    }
  });
});
