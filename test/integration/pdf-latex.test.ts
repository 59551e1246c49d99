import assert from 'node:assert/strict';
import { join } from 'node:path';
import { processFile } from '../../indexer/process-file.js';
import type { ProcessedFile } from '../../indexer/process-file.js';

// A pdfLaTeX report (fancyhdr head and folio on A4) whose fifth page, printed 2, has no text
// (a scan): test/fixtures/pdf-latex/README.md says how it was made.
describe('a pdfLaTeX report with a page of no text', function () {
  this.timeout(120_000);
  let r: ProcessedFile;
  before(async () => {
    r = await processFile(join(process.cwd(), 'test/fixtures/pdf-latex/report-page-5-lost.pdf'), 'report-page-5-lost.pdf', [], { maxPages: 2000, timeoutMs: 120_000 });
  });

  it('keeps the printed page numbers, the lost page numbered from its neighbours', () => {
    assert.deepEqual(r.document?.pageLabels, [null, 'i', 'ii', '1', '2', '3']);
    const intro = r.passages!.find((p) => p.text.startsWith('Displacement in the central Sahel'));
    assert.equal(intro?.page, '1');
    assert.ok(!intro?.pageIsPhysical);
    assert.ok(r.passages!.every((p) => !p.pageIsPhysical), 'no passage is on an unnumbered page');
  });

  it('says which page has no text', () => {
    assert.equal(r.report.note, 'page 5 has no text (a figure or a scan?)');
  });

  it('keeps the running head and the folio out of the passages', () => {
    assert.ok(!r.passages!.some((p) => /Cash transfers in protracted displacement/.test(p.text)), r.passages!.map((p) => p.text.slice(0, 50)).join(' | '));
    assert.ok(!r.passages!.some((p) => /^(i|ii|\d) \p{Ll}/u.test(p.text)));
  });

  it('joins no paragraph across the lost page', () => {
    const before = r.passages!.find((p) => p.text.startsWith('The withdrawal of financial service providers'));
    assert.match(before?.text ?? '', /Some returned$/);
    assert.ok(!before?.pageEnd);
  });
});
