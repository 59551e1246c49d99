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

  // review16c finding 1: Arabic-Indic digits are numbers (bidi AN), shown left to right even in
  // right-to-left text, so their printed order is their reading order: 2021 read as 1202.
  it('keeps a year in Arabic-Indic or Eastern Arabic-Indic digits in its order', () => {
    // "حماية ٢٠٢١" printed glyph by glyph: the number on the left, in its own order
    assert.equal(logicalLine(['٢', '٠', '٢', '١', ' ', 'ة', 'ي', 'ا', 'م', 'ح']), 'حماية ٢٠٢١');
    assert.equal(logicalLine(['۲', '۰', '۲', '۱', ' ', 'ة', 'ي', 'ا', 'م', 'ح']), 'حماية ۲۰۲۱');
    assert.equal(logicalLine(['2', '0', '2', '1', ' ', 'ة', 'ي', 'ا', 'م', 'ح']), 'حماية 2021');
    // a number between two words: each word reversed, the number kept
    assert.equal(logicalLine(['ة', 'ي', 'ا', 'م', 'ح', ' ', '٢', '٠', '٢', '١', ' ', 'م', 'ا', 'ع']), 'عام ٢٠٢١ حماية');
  });

  it('keeps a resolution number in order, in an Arabic line and in an English one', () => {
    assert.equal(logicalLine(['٢', '٢', '١', '٦', ' ', 'ر', 'ا', 'ر', 'ق', 'ل', 'ا']), 'القرار ٢٢١٦');
    assert.equal(logicalLine(['resolution', ' ', '٢', '٢', '١', '٦']), 'resolution ٢٢١٦');
    // "resolution ٢٢١٦ القرار": the number goes with the Arabic after it, shown right of it
    assert.equal(logicalLine(['resolution', ' ', 'ر', 'ا', 'ر', 'ق', 'ل', 'ا', ' ', '٢٢١٦']), 'resolution ٢٢١٦ القرار');
  });

  it('keeps a percentage with its sign, and a number with separators, whole', () => {
    // "بنسبة ٥٠٪" (at a rate of 50%): the Arabic percent sign stands left of the number
    assert.equal(logicalLine(['٪', '٥', '٠', ' ', 'ة', 'ب', 'س', 'ن', 'ب']), 'بنسبة ٥٠٪');
    assert.equal(logicalLine(['5', '0', '%', ' ', 'ة', 'ب', 'س', 'ن', 'ب']), 'بنسبة 50%');
    assert.equal(logicalLine(['١', '٬', '٥', '٠', '٠', ' ', 'ص', 'خ', 'ش']), 'شخص ١٬٥٠٠');
  });

  it('gives pageLines an Arabic line in reading order', () => {
    const glyphs = ['ﺔ', 'ﻳ', 'ﺎ', 'ﻤ', 'ﺣ'];
    const items: TextItem[] = glyphs.map((str, i) => ({ str, x: 100 + i * 6, y: 700, width: 6, size: 12, font: 'f1', bold: false, italic: false, serif: false }));
    const lines = pageLines({ n: 1, width: 600, height: 800, items });
    assert.equal(lines[0].text, 'حماية');
  });
});
