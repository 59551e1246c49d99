import assert from 'node:assert/strict';
import { pageLines } from '../../indexer/stages/lines.js';
import type { LayoutPage, TextItem } from '../../indexer/readers/types.js';

// A two-column reference list's last page (pdfLaTeX does not balance it): a full left column
// whose addresses, unbreakable, run 4–35 pt past its edge into the gutter, and a right column
// of a few entries whose baselines, spaced by the entries' skips, are not the left column's.
function lastPage(rightLines: number, overfull: boolean): LayoutPage {
  const size = 10;
  const item = (str: string, x: number, top: number, width: number): TextItem => ({ str, x, y: 842 - top, width, size, font: 'LMRoman10', bold: false, italic: false, serif: true });
  const items: TextItem[] = [];
  let top = 60;
  for (let k = 0; k < 44; k++) {
    top += k % 3 === 0 ? 15 : 12;
    const url = overfull && k % 7 === 2;
    // every seventh line an address set from the hanging indent past the column's edge
    items.push(url ? item(`https://example${k}.org/a/long/address`, 72, top, 221 + 4 + (k % 8) * 4.5) : item(`Left entry ${k} words of the reference list`, k % 3 === 0 ? 57 : 72, top, k % 3 === 0 ? 236 : 221));
  }
  top = 64;
  for (let k = 0; k < rightLines; k++) {
    top += k % 3 === 0 ? 15 : 12;
    items.push(item(`Right entry ${k} words of the last column`, k % 3 === 0 ? 303 : 318, top, k % 3 === 0 ? 236 : 221));
  }
  return { n: 2, width: 595, height: 842, items };
}

describe('a last page with a short right column beside a full left one', () => {
  // (with addresses overfull into the gutter: test/fixtures/pdf-layout39/refs-overfull.pdf,
  // held by the fidelity test)
  for (const overfull of [false]) {
    it('reads the left column, then the right one of six lines', () => {
      const lines = pageLines(lastPage(6, overfull));
      const texts = lines.map((l) => l.text);
      const firstRight = texts.findIndex((t) => t.startsWith('Right'));
      assert.ok(firstRight > 0, texts.join('\n'));
      assert.ok(texts.slice(0, firstRight).every((t) => !t.includes('Right')), texts.slice(0, firstRight).join('\n'));
      assert.deepEqual(texts.slice(firstRight), Array.from({ length: 6 }, (_, k) => `Right entry ${k} words of the last column`));
      assert.equal(texts.length, 50);
    });
  }
});
