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
  /** UTF-8 but for a few bytes (a Windows quote pasted in): those bytes, read as Windows-1252, and the line of the first */
  mapped?: { bytes: number; line: number };
  /** NUL bytes left out of a text that otherwise is one, and the line of the first */
  nul?: { bytes: number; line: number };
}

const lineAt = (data: Buffer, i: number): number => data.subarray(0, i).filter((c) => c === 0x0a).length + 1;

// A NUL byte is no text, but a few in a text file are damage, not a binary format: an editor or
// a disk that crashed pads the file's end with NULs, a converter leaves one mid-line. The whole
// file had been skipped as binary for one NUL in its first 4 KB (and read, NUL and all, for one
// after it). Text with a few NULs (at most 16, or 1 % of its bytes, not counting a run at the
// end) and no other control character is read without them, and the report says so; anything
// else is a binary file (a ZIP's header is a quarter NULs and other controls).
const FEW_NULS = 16;
const MOST_NUL_SHARE = 0.01;

function withoutNul(data: Buffer): DecodedText {
  let end = data.length;
  while (end > 0 && data[end - 1] === 0) end--;
  const body = data.subarray(0, end);
  let inside = 0;
  for (const c of body) if (c === 0) inside++;
  const binary = new ReadError('binary content in a text file');
  if (!end || inside > Math.max(FEW_NULS, body.length * MOST_NUL_SHARE)) throw binary;
  let decoded: DecodedText;
  try {
    decoded = decodeTextBytes(inside ? Buffer.from(body.filter((c) => c !== 0)) : body);
  } catch {
    throw binary;
  }
  if (NOT_TEXT.test(decoded.text)) throw binary;
  const first = body.indexOf(0);
  return { ...decoded, nul: { bytes: inside + data.length - end, line: lineAt(data, first >= 0 ? first : end) } };
}

/** The length of the valid UTF-8 sequence starting at `i` (RFC 3629: no overlongs, surrogates or code points past U+10FFFF), 0 if none. */
function utf8Length(data: Buffer, i: number): number {
  const b = data[i];
  if (b < 0x80) return 1;
  const cont = (k: number, lo = 0x80, hi = 0xbf) => i + k < data.length && data[i + k] >= lo && data[i + k] <= hi;
  if (b >= 0xc2 && b <= 0xdf) return cont(1) ? 2 : 0;
  if (b >= 0xe0 && b <= 0xef) return cont(1, b === 0xe0 ? 0xa0 : 0x80, b === 0xed ? 0x9f : 0xbf) && cont(2) ? 3 : 0;
  if (b >= 0xf0 && b <= 0xf4) return cont(1, b === 0xf0 ? 0x90 : 0x80, b === 0xf4 ? 0x8f : 0xbf) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

/**
 * UTF-8 with the bytes that are not UTF-8 read as Windows-1252, when valid multi-byte sequences
 * are at least as many as those bytes: one stray 0x92 from a Windows editor had turned every
 * accent of a UTF-8 file into mojibake (the whole file read as Windows-1252). A Windows-1252 file
 * has almost no valid multi-byte sequences (its accents stand alone before ASCII), so it is left
 * to the whole-file reading below.
 */
function mostlyUtf8(data: Buffer): DecodedText | null {
  const parts: string[] = [];
  let valid = 0;
  let bytes = 0;
  let line = 0;
  let start = 0;
  for (let i = 0; i < data.length; ) {
    const n = utf8Length(data, i);
    if (n > 1) valid++;
    if (n) {
      i += n;
      continue;
    }
    if (!bytes) line = lineAt(data, i);
    bytes++;
    parts.push(data.toString('utf8', start, i), iconv.decode(data.subarray(i, i + 1), 'win1252'));
    start = ++i;
  }
  if (!bytes || valid < bytes) return null;
  parts.push(data.toString('utf8', start));
  return { text: parts.join(''), encoding: 'utf-8', mapped: { bytes, line } };
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
  if (data.includes(0)) return withoutNul(data);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(data), encoding: 'utf-8' };
  } catch {
    const mixed = mostlyUtf8(data);
    if (mixed && !NOT_TEXT.test(mixed.text)) return mixed;
    const text = iconv.decode(data, 'win1252');
    if (NOT_TEXT.test(text)) throw new ReadError('unknown text encoding (neither UTF-8, UTF-16 nor Windows-1252/Latin-1); save it again as UTF-8');
    return { text, encoding: 'windows-1252' };
  }
}
