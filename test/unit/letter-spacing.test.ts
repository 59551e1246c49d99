import assert from 'node:assert/strict';
import { closeLetterSpacing } from '../../indexer/stages/letter-spacing.js';
import { pageLayout } from '../../indexer/stages/lines.js';
import type { LayoutPage, TextItem } from '../../indexer/readers/types.js';

// A masthead set letter-spaced (microtype's \textls): pdf.js gives one item a word, each letter
// apart, the word spaces as items of their own, wider than the type's usual space.
const item = (str: string, x: number, y = 775, size = 8): TextItem => ({ str, x, y, width: str.length * size * 0.45, size, font: 'LMRoman8', bold: false, italic: false, serif: true });
const spaced = (words: string[], x0: number, y = 775, gap = 6.4): TextItem[] => {
  const out: TextItem[] = [];
  let x = x0;
  for (const w of words) {
    const it = item([...w].join(' '), x, y);
    out.push(it);
    x += it.width + gap;
  }
  return out;
};

describe('letter-spaced type (stages/letter-spacing.ts)', () => {
  it('closes up a letter-spaced run and the short words on its line', () => {
    const out = closeLetterSpacing(spaced(['Journal', 'of', 'International', 'Peacekeeping,'], 67));
    assert.deepEqual(out.map((i) => i.str), ['Journal', 'of', 'International', 'Peacekeeping,']);
  });

  it('keeps two spaces in one item as a word space (a producer writing the whole line at once)', () => {
    assert.equal(closeLetterSpacing([item('P O L I C Y  B R I E F', 60)])[0].str, 'POLICY BRIEF');
  });

  it('leaves prose, initials and figures alone', () => {
    const items = [item('The text of a paragraph.', 60, 700), item('a b', 60, 680), item('1 0 2 1 2', 60, 660), item('J. R. R. Tolkien', 60, 640)];
    assert.deepEqual(closeLetterSpacing(items), items);
  });

  it('reads a letter-spaced line across a two-column page’s gutter as one line', () => {
    const head = spaced(['Journal', 'of', 'International', 'Peacekeeping,', 'Vol.', '27,', 'No.', '1'], 67);
    // two columns of text under it, the gutter where the masthead has a word space
    const cols = Array.from({ length: 30 }, (_, k) => [item('left column words of the text set here', 51, 700 - k * 12, 10), item('right column words of the text set', 310, 700 - k * 12, 10)]).flat();
    for (const c of cols) c.width = 240;
    // a word space of the masthead straddles the gutter between the columns (x 291–310)
    const page: LayoutPage = { n: 1, width: 595, height: 842, items: [...head, ...cols] };
    const { lines, gutters } = pageLayout(page);
    assert.equal(gutters.length, 1);
    const mast = lines.filter((l) => l.y < 100);
    assert.equal(mast.length, 1, JSON.stringify(mast.map((l) => l.text)));
    assert.equal(mast[0].text, 'Journal of International Peacekeeping, Vol. 27, No. 1');
  });
});
