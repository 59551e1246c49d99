import assert from 'node:assert/strict';
import { layoutBlocks } from '../../indexer/stages/layout-blocks.js';
import { fakePage, type FakeLine } from '../helpers/layout.js';

// reviewfix21b: the masthead rule (userreview21b, 6) must take no line of the next column that
// merely starts as high as the masthead: a right column of text opening at the top margin.
const col = (name: string, x: number, from: number, n: number, size = 10): FakeLine[] =>
  Array.from({ length: n }, (_, i) => ({ text: `${name} ${i + 1} the column of running text goes on here`.padEnd(50, '.'), x, top: from + i * 13, size }));

describe('layoutBlocks: a masthead over the left column only (reviewfix21b)', () => {
  it('keeps the right column\'s first lines, level with the masthead, as text', () => {
    const first = fakePage(1, [
      { text: 'Humanitarian Policy Review 12', size: 10, x: 50, top: 80, font: 'Sans' },
      { text: 'Protection and access', size: 20, x: 50, top: 120, bold: true, font: 'Serif-Bold' },
      { text: 'in an age of caution', size: 20, x: 50, top: 145, bold: true, font: 'Serif-Bold' },
      ...col('Left', 50, 180, 40),
      ...col('Right', 310, 80, 48),
    ]);
    const more = [2, 3].map((n) => fakePage(n, [...col(`L${n}`, 50, 80, 48), ...col(`R${n}`, 310, 80, 48)]));
    const s = layoutBlocks([first, ...more]);
    const text = s.blocks.map((b) => b.text).join('\n');
    assert.match(text, /Right 1 the column/, s.furniture.map((f) => f.text).join(' | '));
  });
});
