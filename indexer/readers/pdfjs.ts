import { nativeBuiltins } from './native-builtins.js';
import { withoutRendering } from './no-rendering.js';
import { loadWorkerScript } from './pdfjs-worker-script.js';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

// The one place pdf.js is loaded. Its legacy build (the one Node 20 can run) bundles core-js,
// which replaces Array.prototype.push and JSON.parse for the whole process with polyfills that
// fix edge cases no one here meets (arrays over 2³² items, JSON.parse source access), and are
// several times slower: a third of the extraction time went to push alone. The worker module
// is loaded here rather than lazily by pdf.js, so that both have run their polyfills when the
// natives are put back.
//
// It is loaded with source maps off: under tsx, which turns them on and gives pdf.js an inline map of
// its 3 MB, the core-js polyfills' reading of an Error's stack made Node parse that map while
// pdf.js loaded (3-4 s of CPU before a process's first PDF, where no worker preloads pdf.js:
// the eval, the tests, scripts reading PDFs in one process).
//
// The worker module, where pdf.js parses, is loaded as a script with a code cache and a few
// edits that leave its results as they were (pdfjs-worker-script.ts), or as published where
// that cannot be done.
withoutRendering();
const sourceMaps = process.sourceMapsEnabled;
process.setSourceMapsEnabled(false);
const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
const pdfjsWorker = loadWorkerScript() ?? (await import('pdfjs-dist/legacy/build/pdf.worker.mjs'));
const { PDFParse, PasswordException, InvalidPDFException, FormatError } = await import('pdf-parse');
process.setSourceMapsEnabled(sourceMaps);

(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = pdfjsWorker;
Array.prototype.push = nativeBuiltins.arrayPush;
JSON.parse = nativeBuiltins.jsonParse;

// The character maps CJK fonts name (UniJIS-UCS2-H …) and the metrics of the 14 standard
// fonts ship with pdfjs-dist; without them pdf.js reads no text from most Chinese, Japanese
// and Korean PDFs and guesses widths of unembedded Helvetica or Times.
const dist = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
export const PDFJS_DATA = { cMapUrl: `${join(dist, 'cmaps')}/`, cMapPacked: true, standardFontDataUrl: `${join(dist, 'standard_fonts')}/` };

export const { getDocument } = pdfjs;
export { saveCodeCache } from './pdfjs-worker-script.js';
export { PDFParse, PasswordException, InvalidPDFException, FormatError };
