import assert from 'node:assert/strict';
import { fidelityForDir } from '../../eval/run-fidelity.js';
import type { Fidelity } from '../../eval/fidelity.js';
import { join } from 'node:path';
import { FIXTURES, PDFS } from '../helpers/tmp.js';

describe('extraction fidelity against the ground truth of the three PDFs', function () {
  this.timeout(120_000);
  let rows: Fidelity[];
  before(async () => {
    rows = await fidelityForDir(PDFS);
  });

  it('covers the three documents', () => {
    assert.equal(rows.length, 3);
  });

  it('recovers blocks with F1 ≥ 0.97 on each document', () => {
    for (const r of rows) assert.ok(r.f1 >= 0.97, `${r.doc}: F1 ${r.f1.toFixed(3)} (missed ${r.missed.slice(0, 3).join('; ')})`);
  });

  it('leaks no running header, page number or footnote into body passages', () => {
    for (const r of rows) {
      assert.deepEqual(r.leakedFurniture, [], r.doc);
      assert.deepEqual(r.leakedFootnotes, [], r.doc);
      assert.deepEqual(r.leakedCover, [], r.doc);
    }
  });

  it('reads title, authors and year without a catalog', () => {
    for (const r of rows) assert.ok(r.metadata.title && r.metadata.authors && r.metadata.year, `${r.doc}: ${JSON.stringify(r.metadata.got)}`);
  });
});

describe('extraction fidelity on other layouts of the same documents', function () {
  this.timeout(120_000);
  let rows: Fidelity[];
  before(async () => {
    rows = await fidelityForDir(join(FIXTURES, 'pdf-variants'));
  });

  // Two hyphenated columns and endnotes, no Info dictionary (scripts/make-layout-variants.ts).
  // One of the six (the journal article in two columns) sits at 0.967: Chromium splits a long
  // endnote URL across its balanced columns in an order no reader could recover.
  it('recovers blocks with F1 ≥ 0.95 on each, with no leaks and metadata from the title page', () => {
    assert.equal(rows.length, 6);
    for (const r of rows) {
      assert.ok(r.f1 >= 0.95, `${r.doc}: F1 ${r.f1.toFixed(3)}`);
      assert.deepEqual([...r.leakedFurniture, ...r.leakedFootnotes, ...r.leakedCover], [], r.doc);
      assert.ok(r.metadata.title && r.metadata.authors && r.metadata.year, `${r.doc}: ${JSON.stringify(r.metadata.got)}`);
    }
  });
});

describe('extraction fidelity on layouts made by other producers', function () {
  this.timeout(180_000);
  let rows: Fidelity[];
  before(async () => {
    rows = await fidelityForDir(join(FIXTURES, 'pdf-unseen'));
  });

  // Chromium's CSS columns and pdfTeX (scripts/make-unseen-variants.ts), scored before the
  // extractor saw them; all fifteen now meet the target, which holds them there.
  it('holds block F1 ≥ 0.97 with authors and year right', () => {
    assert.equal(rows.length, 15);
    for (const r of rows) {
      assert.ok(r.f1 >= 0.97, `${r.doc}: F1 ${r.f1.toFixed(3)} < 0.97`);
      assert.ok(r.metadata.authors && r.metadata.year, `${r.doc}: ${JSON.stringify(r.metadata.got)}`);
    }
  });

  it('leaks no note, running head or cover line, and gets the title and details right', () => {
    for (const r of rows) {
      assert.deepEqual([...r.leakedFurniture, ...r.leakedFootnotes, ...r.leakedCover], [], r.doc);
      assert.ok(r.metadata.title && r.metadata.details.length === 0, `${r.doc}: ${JSON.stringify(r.metadata)}`);
    }
  });
});

describe('extraction fidelity on a second set of producers, scored before any fix', function () {
  this.timeout(240_000);
  let rows: Fidelity[];
  before(async () => {
    rows = await fidelityForDir(join(FIXTURES, 'pdf-unseen2'));
  });

  // pdfLaTeX (article in two columns, report with fancyhdr and endnotes), groff -ms through
  // gropdf and Ghostscript, LibreOffice Writer (scripts/make-unseen2-variants.ts), measured on
  // 2026-12-03 on the extractor as it was, before anyone looked at them. Each file is held
  // where it stands (block F1 a little under its figure, leaks at most as many, authors where
  // they were right), so a change cannot make one worse unnoticed; lift an entry when a fix
  // moves it.
  const BELOW_TARGET: Record<string, number> = {
    'bowden-metcalfe-hough-2020-age-of-caution.groff-ms-1col-letter': 0.915,
    'bowden-metcalfe-hough-2020-age-of-caution.groff-ms-2col-a4': 0.945,
    'bowden-metcalfe-hough-2020-age-of-caution.latex-article-2col-a4': 0.96,
    'gilder-2024-peace-operations-human-security.groff-ms-2col-a4': 0.95,
    'gilder-2024-peace-operations-human-security.latex-report-1col-letter': 0.875,
    'gilder-2024-peace-operations-human-security.writer-2col-letter-endnotes': 0.615,
    'metcalfe-hough-2021-collaborative-advocacy.groff-ms-1col-letter': 0.955,
    'metcalfe-hough-2021-collaborative-advocacy.latex-article-2col-a4': 0.945,
  };
  const LEAKS: Record<string, number> = {
    'bowden-metcalfe-hough-2020-age-of-caution.groff-ms-1col-letter': 1,
    'bowden-metcalfe-hough-2020-age-of-caution.groff-ms-2col-a4': 3,
    'bowden-metcalfe-hough-2020-age-of-caution.latex-report-1col-letter': 1,
    'gilder-2024-peace-operations-human-security.groff-ms-1col-letter': 1,
    'gilder-2024-peace-operations-human-security.groff-ms-2col-a4': 3,
    'gilder-2024-peace-operations-human-security.latex-report-1col-letter': 20,
    'metcalfe-hough-2021-collaborative-advocacy.groff-ms-2col-a4': 1,
    'metcalfe-hough-2021-collaborative-advocacy.latex-report-1col-letter': 3,
    'metcalfe-hough-2021-collaborative-advocacy.writer-2col-letter-endnotes': 4,
  };
  const AUTHORS_WRONG = new Set([
    'bowden-metcalfe-hough-2020-age-of-caution.groff-ms-1col-letter',
    'bowden-metcalfe-hough-2020-age-of-caution.groff-ms-2col-a4',
    'bowden-metcalfe-hough-2020-age-of-caution.latex-report-1col-letter',
    'gilder-2024-peace-operations-human-security.groff-ms-1col-letter',
    'gilder-2024-peace-operations-human-security.groff-ms-2col-a4',
    'gilder-2024-peace-operations-human-security.latex-report-1col-letter',
    'gilder-2024-peace-operations-human-security.writer-1col-a4',
    'gilder-2024-peace-operations-human-security.writer-2col-letter-endnotes',
  ]);

  it('holds block F1 ≥ 0.97 (or the floor of a layout still below it)', () => {
    assert.equal(rows.length, 18);
    for (const r of rows) {
      const floor = BELOW_TARGET[r.doc] ?? 0.97;
      assert.ok(r.f1 >= floor, `${r.doc}: F1 ${r.f1.toFixed(3)} < ${floor}`);
    }
  });

  it('leaks no more notes, running heads or cover lines than it did', () => {
    for (const r of rows) {
      const leaks = [...r.leakedFurniture, ...r.leakedFootnotes, ...r.leakedCover];
      assert.ok(leaks.length <= (LEAKS[r.doc] ?? 0), `${r.doc}: ${leaks.length} leaked: ${leaks.slice(0, 3).join('; ')}`);
    }
  });

  it('reads title, year and the journal or series from the first page, and the authors where it did', () => {
    for (const r of rows) {
      assert.ok(r.metadata.title && r.metadata.year && r.metadata.details.length === 0, `${r.doc}: ${JSON.stringify(r.metadata)}`);
      if (!AUTHORS_WRONG.has(r.doc)) assert.ok(r.metadata.authors, `${r.doc}: ${JSON.stringify(r.metadata.got)}`);
    }
  });
});
