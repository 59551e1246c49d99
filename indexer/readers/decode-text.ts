import iconv from 'iconv-lite';
import { ReadError } from './types.js';

// Text files arrive in whatever their author's editor saved: UTF-8 mostly, UTF-16 from Windows
// tools (with a byte-order mark), Latin-1 or Windows-1252 from older ones. A byte-order mark
// decides, then strict UTF-8 (Node's TextDecoder), then Windows-1252, a superset of Latin-1's
// printable range, through iconv-lite: Node 20's TextDecoder treats the label 'windows-1252'
// as ISO-8859-1 and would turn curly quotes and dashes into C1 controls. Whatever cannot be
// decoded is reported, never indexed as U+FFFD.

export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
}

/** Without a BOM, UTF-16 shows as a NUL in every other byte of ASCII-heavy text. */
function utf16WithoutBom(head: Buffer): 'utf-16le' | 'utf-16be' | null {
  let even = 0;
  let odd = 0;
  const n = head.length - (head.length % 2);
  for (let i = 0; i < n; i += 2) {
    if (head[i] === 0) even++;
    if (head[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (pairs < 2) return null;
  if (odd > pairs * 0.4 && even < pairs * 0.05) return 'utf-16le';
  if (even > pairs * 0.4 && odd < pairs * 0.05) return 'utf-16be';
  return null;
}

// Bytes Windows-1252 leaves undefined (decoded as U+FFFD), and C0 controls other than tab,
// line feed, form feed and carriage return: text that has them was not Windows-1252 either.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const NOT_TEXT = /[\x00-\x08\x0b\x0e-\x1f\uFFFD]/;

export function decodeTextBytes(data: Buffer): DecodedText {
  if (data.length === 0) throw new ReadError('empty file');
  let encoding: DecodedText['encoding'] | null = null;
  let body = data;
  if (data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) [encoding, body] = ['utf-8', data.subarray(3)];
  else if (data[0] === 0xff && data[1] === 0xfe) [encoding, body] = ['utf-16le', data.subarray(2)];
  else if (data[0] === 0xfe && data[1] === 0xff) [encoding, body] = ['utf-16be', data.subarray(2)];
  else encoding = utf16WithoutBom(data.subarray(0, 4096));
  if (encoding) {
    try {
      return { text: new TextDecoder(encoding, { fatal: true }).decode(body), encoding };
    } catch {
      throw new ReadError(`not valid ${encoding.toUpperCase()} text (its byte-order mark or byte pattern says ${encoding.toUpperCase()}); save it again as UTF-8`);
    }
  }
  if (data.subarray(0, 4096).includes(0)) throw new ReadError('binary content in a text file');
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(data), encoding: 'utf-8' };
  } catch {
    const text = iconv.decode(data, 'win1252');
    if (NOT_TEXT.test(text)) throw new ReadError('unknown text encoding (neither UTF-8, UTF-16 nor Windows-1252/Latin-1); save it again as UTF-8');
    return { text, encoding: 'windows-1252' };
  }
}
