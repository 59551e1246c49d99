import { extname } from 'node:path';
import type { Reader } from './types.js';
import { pdfReader } from './pdf.js';
import { txtReader } from './txt.js';
import { mdReader } from './md.js';

export const readers: Reader[] = [pdfReader, txtReader, mdReader];

export function readerFor(file: string): Reader | undefined {
  const ext = extname(file).toLowerCase();
  return readers.find((r) => r.extensions.includes(ext));
}

export const supportedExtensions = readers.flatMap((r) => r.extensions);
