import assert from 'node:assert/strict';
import { decodeText, readText } from '../../indexer/readers/txt.js';
import { processFile } from '../../indexer/process-file.js';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

  it('reads a UTF-8 file with a stray Windows byte as UTF-8, that byte as Windows-1252, and notes it', () => {
    const utf8 = 'Réfugiés à Genève\n\nLes réfugiés syriens à Genève … Café crème.\n\nA stray byte here ';
    const data = Buffer.concat([Buffer.from(utf8, 'utf8'), Buffer.from([0x92]), Buffer.from(' from Windows.\n')]);
    const read = readText(data);
    assert.equal(read.text, `${utf8}’ from Windows.\n`);
    assert.equal(read.note, 'UTF-8 but for 1 byte read as Windows-1252 (first on line 5); save it again as UTF-8');
    assert.equal(readText(Buffer.from(SAMPLE, 'utf8')).note, undefined, 'valid UTF-8 has no note');
    // a Windows-1252 file has no valid multi-byte sequences: still read whole as Windows-1252, no note
    const cp1252 = Buffer.from([0x4d, 0xe9, 0x64, 0x92, 0x20, 0x93, 0x70, 0x94, 0x20, 0x97, 0x20, 0x6f, 0x6b]);
    assert.deepEqual(readText(cp1252), { text: 'Méd’ “p” — ok' });
    // an overlong or surrogate sequence is no UTF-8: its bytes are the stray ones
    assert.equal(readText(Buffer.concat([Buffer.from('é è ü ', 'utf8'), Buffer.from([0xed, 0xa0, 0x80])])).text, 'é è ü í\u00a0€');
  });

  it('reads a text file with a few NUL bytes or NUL padding at its end without them, and notes it', () => {
    // one NUL in the first 4 KB had skipped the whole file as binary (and one after it was read)
    const text = 'Réfugiés à Genève\n\nProtection of civilians requires access.\n';
    const stray = Buffer.from(text.replace('access', 'acc\0ess'), 'utf8');
    assert.deepEqual(readText(stray), { text, note: '1 NUL byte left out (first on line 3): the file may be damaged' });
    const padded = Buffer.concat([Buffer.from(text, 'utf8'), Buffer.alloc(4096)]);
    assert.deepEqual(readText(padded), { text, note: '4096 NUL bytes left out (first on line 4): the file may be damaged' });
    const late = Buffer.concat([Buffer.from('x '.repeat(3000) + '\n', 'utf8'), Buffer.from([0]), Buffer.from(text, 'utf8')]);
    assert.equal(readText(late).note, '1 NUL byte left out (first on line 2): the file may be damaged');
    // many NULs, or NULs alone, are a binary file
    assert.match(reason(() => decodeText(Buffer.alloc(10000))), /binary content/);
    assert.match(reason(() => decodeText(Buffer.from('ab\0\0'.repeat(20) + 'text', 'latin1'))), /binary content/);
    assert.match(reason(() => decodeText(Buffer.from('PK\x03\x04 some stored text\0 here', 'latin1'))), /binary content/);
  });

  it('takes the title of a UTF-8 text with a stray Windows byte from its first line, accents intact', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'stray-'));
    try {
      const body = 'Réfugiés à Genève\n\nLes réfugiés syriens à Genève ont trouvé un accueil difficile en 2019, selon les organisations humanitaires locales. Café crème.\n\nA stray byte here ';
      await writeFile(join(dir, 'f.txt'), Buffer.concat([Buffer.from(body, 'utf8'), Buffer.from([0x92]), Buffer.from(' from Windows.\n')]));
      const r = await processFile(join(dir, 'f.txt'), 'f.txt', [], { maxPages: 10 });
      assert.equal(r.report.status, 'indexed');
      assert.match(r.report.note ?? '', /1 byte read as Windows-1252/);
      assert.equal(r.document?.csl.title, 'Réfugiés à Genève');
      assert.ok(r.passages!.some((p) => p.text.includes('réfugiés syriens à Genève')));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
