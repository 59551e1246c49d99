import assert from 'node:assert/strict';
import { join } from 'node:path';
import { processFile } from '../../indexer/process-file.js';
import { withoutZeroWidthSpace } from '../../indexer/readers/zero-width-space.js';
import type { TextItem } from '../../indexer/readers/types.js';
import { FIXTURES } from '../helpers/tmp.js';

// reviewfix21b: a soft hyphen Chromium drew as a zero-width space split words ("collabo ra tion").

const item = (str: string, x: number, width: number, y = 700, size = 10): TextItem => ({ str, x, y, width, size, font: 'f', bold: false, italic: false, serif: false });

describe('zero-width spaces (soft hyphens not broken at)', () => {
  it('drops the space of an item that starts where the one before it ends', () => {
    assert.equal(withoutZeroWidthSpace(item(' rtu', 283.46, 16), item('oppo', 257.37, 26.09)).str, 'rtu');
  });

  it('keeps a word space that takes room, and one on another line or in another size', () => {
    assert.equal(withoutZeroWidthSpace(item(' and', 286, 16), item('oppo', 257.37, 26.09)).str, ' and');
    assert.equal(withoutZeroWidthSpace(item(' rtu', 283.46, 16, 688), item('oppo', 257.37, 26.09)).str, ' rtu');
    assert.equal(withoutZeroWidthSpace(item(' 12', 283.46, 6, 700, 6), item('oppo', 257.37, 26.09)).str, ' 12');
    assert.equal(withoutZeroWidthSpace(item(' rtu', 283.46, 16), undefined).str, ' rtu');
  });

  it('reads the unseen8 briefing whole: words with soft hyphens are one word', async function () {
    this.timeout(60_000);
    const file = 'metcalfe-hough-2021-collaborative-advocacy.briefing-keyfacts-letter.pdf';
    const r = await processFile(join(FIXTURES, 'pdf-unseen8', file), file, [], { maxPages: 20 });
    const text = (r.passages ?? []).map((p) => p.text).join('\n');
    assert.doesNotMatch(text, /collabo ra|oppo rtu|compre he/);
    assert.match(text, /collaboration/);
  });
});
