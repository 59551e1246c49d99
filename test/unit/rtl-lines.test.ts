import { strict as assert } from 'node:assert';
import { logicalLine } from '../../indexer/stages/bidi.js';
import { pageLines } from '../../indexer/stages/lines.js';
import type { TextItem } from '../../indexer/readers/types.js';

// hostile16: Chromium prints Arabic glyph by glyph; pdf.js gives one item per glyph in the
// order they stand on the page, so the line came out backwards and in presentation forms.
describe('right-to-left lines (bidi.ts)', () => {
  it('puts an Arabic line printed glyph by glyph in reading order, as letters', () => {
    // "حماية المدنيين" as printed left to right: the last letter first, in its shaped forms
    const visual = ['ﻦ', 'ﻴ', 'ﻴ', 'ﻧ', 'ﺪ', 'ﻤ', 'ﻟ', 'ا', ' ', 'ﺔ', 'ﻳ', 'ﺎ', 'ﻤ', 'ﺣ'];
    assert.equal(logicalLine(visual), 'حماية المدنيين');
  });

  it('keeps a Latin run inside an Arabic line in its own order, after the Arabic that precedes it', () => {
    // reading right to left: "المدنيين" then "UN"; printed: "UN" on the left
    assert.equal(logicalLine(['UN', ' ', 'ﻦ', 'ﻴ', 'ﻴ', 'ﻧ', 'ﺪ', 'ﻤ', 'ﻟ', 'ا']), 'المدنيين UN');
  });

  it('keeps an English line with one Arabic word in English order, the word reversed', () => {
    assert.equal(logicalLine(['The', ' ', 'word', ' ', 'ﺔ', 'ﻳ', 'ﺎ', 'ﻤ', 'ﺣ', ' ', 'means', ' ', 'protection']), 'The word حماية means protection');
  });

  it('leaves an item pdf.js already ordered (a whole word) as it is', () => {
    assert.equal(logicalLine(['المدنيين', ' ', 'حماية']), 'حماية المدنيين');
  });

  it('changes nothing on a line with no right-to-left letter', () => {
    assert.equal(logicalLine(['Access', ' ', '(2021),', ' ', 'p.', ' ', '4']), 'Access (2021), p. 4');
  });

  it('gives pageLines an Arabic line in reading order', () => {
    const glyphs = ['ﺔ', 'ﻳ', 'ﺎ', 'ﻤ', 'ﺣ'];
    const items: TextItem[] = glyphs.map((str, i) => ({ str, x: 100 + i * 6, y: 700, width: 6, size: 12, font: 'f1', bold: false, italic: false, serif: false }));
    const lines = pageLines({ n: 1, width: 600, height: 800, items });
    assert.equal(lines[0].text, 'حماية');
  });
});
