import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PageReader, pdfReader } from '../../indexer/readers/pdf.js';
import type { LayoutPage, PageRange, PageShare } from '../../indexer/readers/types.js';
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

describe('the PDF reader sharing a long PDF with other readers (PageShare)', function () {
  this.timeout(120_000);
  const long = readFileSync(join(process.cwd(), 'test', 'fixtures', 'pdf', 'bad', 'long-300-pages.pdf'));

  /** A share that lends every other run to a second reader, or (fail) loses them. */
  function alternating(fail: boolean): PageShare & { runs: number } {
    let next = 1;
    let turn = 0;
    const lent: Promise<PageRange & { pages: LayoutPage[] | null }>[] = [];
    const other = PageReader.open(long);
    return {
      runs: 0,
      async claim(total) {
        for (;;) {
          if (next > total) return null;
          const run = { from: next, to: Math.min(total, next + 7) };
          next = run.to + 1;
          this.runs++;
          if (turn++ % 2 === 0) return run;
          lent.push(fail ? Promise.resolve({ ...run, pages: null }) : other.then(async (r) => ({ ...run, pages: await r.pages(run) })));
        }
      },
      async lent() {
        const back = await Promise.all(lent);
        await (await other).close();
        return back;
      },
    };
  }

  it('gives the same pages whoever read them, and reads itself what another failed to', async () => {
    const alone = await pdfReader.read(long, { maxPages: 60 });
    for (const fail of [false, true]) {
      const share = alternating(fail);
      const shared = await pdfReader.read(long, { maxPages: 60, share });
      assert.ok(share.runs >= 8);
      assert.deepEqual(shared, alone);
    }
  });
});
