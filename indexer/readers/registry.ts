import { extname } from 'node:path';
import type { Reader } from './types.js';
import { txtReader } from './txt.js';
import { mdReader } from './md.js';

/**
 * A reader whose module is loaded on the first file it reads. pdf.js is nearly all of an
 * indexing process's module loading (1 s compiled), and the run that lists the corpus never
 * reads a PDF (a worker under tsx has pdf.js preloaded: see pdfjs-preload.mjs). The
 * descriptor must match the module's reader (a unit test checks).
 */
export function onFirstUse(descriptor: Omit<Reader, 'read'>, load: () => Promise<Reader>): Reader {
  let loading: Promise<Reader> | undefined;
  return { ...descriptor, read: async (data, options) => (await (loading ??= load())).read(data, options) };
}

export const pdfOnFirstUse = onFirstUse({ format: 'pdf', extensions: ['.pdf'], cacheable: true }, async () => (await import('./pdf.js')).pdfReader);

export const readers: Reader[] = [pdfOnFirstUse, txtReader, mdReader];

export function readerFor(file: string): Reader | undefined {
  const ext = extname(file).toLowerCase();
  return readers.find((r) => r.extensions.includes(ext));
}

export const supportedExtensions = readers.flatMap((r) => r.extensions);
