import type { Reader } from './types.js';
import { ReadError } from './types.js';

export function decodeText(data: Buffer): string {
  if (data.length === 0) throw new ReadError('empty file');
  if (data.subarray(0, 1024).includes(0)) throw new ReadError('binary content in a text file');
  // Strip a BOM; normalise line endings so every later stage sees '\n' only.
  return data.toString('utf8').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

export const txtReader: Reader = {
  format: 'txt',
  textual: true,
  extensions: ['.txt'],
  async read(data) {
    return { format: 'txt', text: decodeText(data), embedded: {} };
  },
};
