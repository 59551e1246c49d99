import assert from 'node:assert/strict';
import { join } from 'node:path';
import { nameDisplay } from '../../core/csl.js';
import type { FrontLine } from '../../core/types.js';
import { processFile } from '../../indexer/process-file.js';
import { firstPageGuess } from '../../indexer/metadata/resolve.js';

// meta44 (after pdf43): LaTeX's \author{A \and B\\ affiliation} centres each name over a box as
// wide as its widest line, so a short name beside a name with a long affiliation under it stands
// 6–7 type sizes off, past the 5 sizes a gutter was allowed, and only the first author was
// read; the \date under them, set alone as a heading or a box, dated nothing (the year fell to
// the PDF's CreationDate).

const dir = 'test/fixtures/pdf-latex44';
const title: FrontLine = { text: 'Water Trucking in Protracted Camps', size: 17.2, font: 'LMRoman17', x0: 72, x1: 522, y: 168 };
const name = (text: string, x0: number, x1: number, y = 197): FrontLine => ({ text, size: 12, font: 'LMRoman12', x0, x1, y });
const authors = (lines: FrontLine[]) => firstPageGuess(lines).author?.map(nameDisplay);

describe('a LaTeX title block: names by \\and, the date under them (meta44)', () => {
  it('reads a second name LaTeX centred over a wider box, short of the margin, as an author', () => {
    // the geometry of pdf43's two-column papers: gaps of 81, 72, 80 and 82 pt at 12 pt
    assert.deepEqual(authors([title, name('Mariam Yusuf', 154, 229), name('Thandiwe Dube', 310, 396)]), ['Mariam Yusuf', 'Thandiwe Dube']);
    assert.deepEqual(authors([title, name('Lucía Paredes', 154, 241), name('Tomás Ferreira', 313, 405)]), ['Lucía Paredes', 'Tomás Ferreira']);
  });

  it('still reads no line at the margin, nor a series, place or body beside the name, as an author', () => {
    assert.deepEqual(authors([title, name('Mariam Yusuf', 154, 229), name('Thandiwe Dube', 440, 522)]), ['Mariam Yusuf']);
    for (const right of ['Working Paper', 'Policy Note', 'Second Edition']) assert.deepEqual(authors([title, name('Mariam Yusuf', 154, 229), name(right, 310, 396)]), ['Mariam Yusuf'], right);
    // on a later baseline it is no name beside
    assert.deepEqual(authors([title, name('Mariam Yusuf', 154, 229), name('Thandiwe Dube', 310, 396, 215)]), ['Mariam Yusuf']);
    // farther off than ten sizes it is no name's box either
    assert.deepEqual(authors([title, name('Mariam Yusuf', 100, 170), name('Thandiwe Dube', 300, 380)]), ['Mariam Yusuf']);
  });

  it('dates a paper by the \\date LaTeX sets alone under the names, and keeps both authors', async function () {
    this.timeout(60_000);
    for (const [file, year, month] of [['two-authors-twocolumn.pdf', 2019, 10], ['two-authors-onecolumn.pdf', 2020, 5]] as const) {
      const r = await processFile(join(dir, file), file, [], { maxPages: 4, timeoutMs: 60_000 });
      assert.deepEqual(r.document?.csl.issued, { 'date-parts': [[year, month]] }, file);
      assert.equal(r.document?.provenance.issued, 'first-page', file);
      assert.equal(r.document?.csl.author?.length, 2, file);
    }
  });
});
