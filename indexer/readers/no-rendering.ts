import { createRequire, Module } from 'node:module';

// pdf.js's Node build requires @napi-rs/canvas as it loads, to fill in the DOMMatrix, ImageData
// and Path2D that drawing a page needs, and makes a DOMMatrix there and then. The indexer never
// draws a page (text items only), and loading the package (Skia, a 31 MB native library) cost
// every process that reads PDFs 45-100 ms of CPU and 21 MB of memory: each pool worker, at its
// start. pdf.js finds instead an empty module and stand-ins that say what they are not for.

class NotRendering {
  constructor() {
    throw new Error('this process reads text from PDFs and does not draw them');
  }
}

/** The identity matrix pdf.js makes as it loads, and nothing more. */
class DOMMatrixStandIn {
  a = 1;
  b = 0;
  c = 0;
  d = 1;
  e = 0;
  f = 0;
}

/** Call before pdf.js is loaded; once it is, too late (and harmless). */
export function withoutRendering(): void {
  const require = createRequire(import.meta.resolve('pdfjs-dist/legacy/build/pdf.mjs'));
  let canvas: string;
  try {
    canvas = require.resolve('@napi-rs/canvas');
  } catch {
    return; // not installed: pdf.js warns and carries on without it
  }
  if (require.cache[canvas] || 'DOMMatrix' in globalThis) return;
  const empty = new Module(canvas);
  empty.filename = canvas;
  empty.loaded = true;
  require.cache[canvas] = empty;
  for (const [name, value] of Object.entries({ DOMMatrix: DOMMatrixStandIn, ImageData: NotRendering, Path2D: NotRendering })) {
    Object.defineProperty(globalThis, name, { value, configurable: true, writable: true });
  }
}
