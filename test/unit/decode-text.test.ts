import assert from 'node:assert/strict';
import { decodeText } from '../../indexer/readers/txt.js';
import { ReadError } from '../../indexer/readers/types.js';

const SAMPLE = 'Médecins Sans Frontières’ “protection” work — in Côte d’Ivoire, 2021.\nSecond line: naïve façade.';

function reason(f: () => unknown): string {
  try {
    f();
  } catch (error) {
    assert.ok(error instanceof ReadError, String(error));
    return error.reason;
  }
  assert.fail('no error');
}

describe('decoding text files', () => {
  it('reads UTF-8, with or without a byte-order mark', () => {
    assert.equal(decodeText(Buffer.from(SAMPLE, 'utf8')), SAMPLE);
    assert.equal(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SAMPLE, 'utf8')])), SAMPLE);
  });

  it('reads UTF-16 with a byte-order mark, little- and big-endian, and CRLF line ends', () => {
    const crlf = SAMPLE.replace('\n', '\r\n');
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(crlf, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    assert.equal(decodeText(le), SAMPLE);
    assert.equal(decodeText(be), SAMPLE);
  });

  it('reads UTF-16LE without a byte-order mark', () => {
    assert.equal(decodeText(Buffer.from(SAMPLE, 'utf16le')), SAMPLE);
  });

  it('reads Latin-1 and Windows-1252 (curly quotes, dashes) without replacement characters', () => {
    const latin1 = 'Médecins Sans Frontières, naïve façade, Côte d’Ivoire'.replace('’', "'");
    assert.equal(decodeText(Buffer.from(latin1, 'latin1')), latin1);
    // 0x92 ’, 0x93 “, 0x94 ”, 0x97 —: Windows-1252, not Latin-1
    const cp1252 = Buffer.from([0x4d, 0xe9, 0x64, 0x92, 0x20, 0x93, 0x70, 0x94, 0x20, 0x97, 0x20, 0x6f, 0x6b]);
    const text = decodeText(cp1252);
    assert.equal(text, 'Méd’ “p” — ok');
    assert.ok(!text.includes('\uFFFD'));
  });

  it('reports what it cannot decode instead of indexing U+FFFD', () => {
    assert.match(reason(() => decodeText(Buffer.from([0xff, 0xfe, 0x00, 0xd8, 0x41]))), /not valid UTF-16LE/);
    assert.match(reason(() => decodeText(Buffer.from([0x41, 0x81, 0x8d, 0x42, 0xc3]))), /unknown text encoding/);
    assert.match(reason(() => decodeText(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x01]))), /binary content/);
  });
});
