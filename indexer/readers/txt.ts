import type { Reader } from './types.js';
import { decodeTextBytes } from './decode-text.js';

export function decodeText(data: Buffer): string {
  // Normalise line endings so every later stage sees '\n' only.
  return decodeTextBytes(data).text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

export const txtReader: Reader = {
  format: 'txt',
  textual: true,
  extensions: ['.txt'],
  async read(data) {
    return { format: 'txt', text: decodeText(data), embedded: {} };
  },
};
