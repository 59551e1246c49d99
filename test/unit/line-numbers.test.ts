import assert from 'node:assert/strict';
import { pageLines } from '../../indexer/stages/lines.js';
import { withoutLineNumbers } from '../../indexer/stages/line-numbers.js';
import type { LayoutPage, TextItem } from '../../indexer/readers/types.js';

// A review copy's page (LaTeX's lineno): a small number right-aligned in the left margin at the
// baseline of every text line, counting on from the page before.
const text = (str: string, y: number, x = 79): TextItem => ({ str, x, y, width: str.length * 5, size: 10.9, font: 'LMRoman10', bold: false, italic: false, serif: true });
const num = (n: number, y: number, right = 56.7): TextItem => ({ str: String(n), x: right - String(n).length * 3.2, y, width: String(n).length * 3.2, size: 6, font: 'LMSans8', bold: false, italic: false, serif: false });

function page(items: TextItem[]): LayoutPage {
  return { n: 1, width: 595, height: 842, items } as LayoutPage;
}

describe('line numbers in the margin (stages/line-numbers.ts)', () => {
  const words = ['The practical and policy links that developed organically in the', 'nineties between peacekeeping and humanitarian work were strained', 'by the end of the decade, when the Council turned to sanctions.'];
  const lines = (from: number, step = 1) => Array.from({ length: 12 }, (_, k) => [text(words[k % 3], 700 - k * 16.4), num(from + k * step, 700 - k * 16.4)]).flat();

  it('leaves out a strip of numbers counting down the margin beside the lines', () => {
    const got = pageLines(page(lines(37)));
    assert.equal(got.length, 12);
    assert.ok(got.every((l) => !/\d/.test(l.text)), got.map((l) => l.text).join(' | '));
  });

  it('takes every fifth line numbered, and a number skipped beside a display', () => {
    const items = lines(5, 5).filter((i) => i.str !== '25');
    assert.equal(withoutLineNumbers(items, 10.9).filter((i) => /^\d+$/.test(i.str)).length, 0);
  });

  it('keeps numbers that do not count up (a contents page’s page numbers, a column of figures)', () => {
    const items = lines(1).map((i) => (/^\d+$/.test(i.str) ? { ...i, str: String([3, 4, 4, 7, 9, 9, 12, 15, 15, 16, 18, 20][Number(i.str) - 1]) } : i));
    assert.equal(withoutLineNumbers(items, 10.9), items);
  });

  it('keeps numbers standing close to the text (a table’s first column) and too few of them', () => {
    const near = lines(1).map((i) => (/^\d+$/.test(i.str) ? { ...i, x: 79 - i.width - 4 } : i));
    assert.equal(withoutLineNumbers(near, 10.9), near);
    const few = lines(1).slice(0, 12);
    assert.equal(withoutLineNumbers(few, 10.9), few);
  });

  it('keeps the first column of a full-page table counting its rows: wrapped cells put lines between the counts (leftovers23, review22 b finding 10)', () => {
    // rows of one to three lines, the row's number beside its first, far left of the cells
    const rows: TextItem[] = [];
    let y = 760;
    for (let r = 1; r <= 12; r++) {
      const height = 1 + (r % 3);
      rows.push(num(r, y, 40));
      for (let l = 0; l < height; l++) rows.push(text(words[l % 3], y - l * 12, 90));
      y -= height * 12 + 6;
    }
    assert.equal(withoutLineNumbers(rows, 10.9), rows);
    // evenly spaced rows of two lines each: two lines a count are no line numbers either
    const two = Array.from({ length: 12 }, (_, r) => [num(r + 1, 760 - r * 30, 40), text(words[0], 760 - r * 30, 90), text(words[1], 748 - r * 30, 90)]).flat();
    assert.equal(withoutLineNumbers(two, 10.9), two);
  });
});
