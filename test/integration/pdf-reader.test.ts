import assert from 'node:assert/strict';
import { pdfReader } from '../../indexer/readers/pdf.js';
import { pdfOnFirstUse } from '../../indexer/readers/registry.js';
import { cjkPdf, jbig2Bomb } from '../helpers/hostile-files.js';

describe('the PDF reader on hostile and foreign PDFs', function () {
  this.timeout(120_000);

  it('is registered by a descriptor that loads it on first use and says what it says', () => {
    const { read: _a, ...loaded } = pdfReader;
    const { read: _b, ...registered } = pdfOnFirstUse;
    assert.deepEqual(registered, loaded);
  });

  it('reads CJK text set in an unembedded font through a predefined CMap', async () => {
    const read = await pdfReader.read(cjkPdf(), { maxPages: 10 });
    const text = read.pages![0].items.map((i) => i.str).join('');
    assert.match(text, /人道支援における文民の保護/);
  });

  it('never decodes an image: a JBIG2 bomb is a page without text, in moments', async () => {
    const started = Date.now();
    await assert.rejects(pdfReader.read(jbig2Bomb(), { maxPages: 10 }), /no text layer/);
    assert.ok(Date.now() - started < 60_000);
  });
});
