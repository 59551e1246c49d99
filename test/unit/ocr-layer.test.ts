import assert from 'node:assert/strict';
import { evenOcrSizes, isOcrLayer, joinOcrWords } from '../../indexer/readers/ocr-layer.js';
import type { LayoutPage, TextItem } from '../../indexer/readers/types.js';

const word = (str: string, x: number, y: number, size: number, font = 'GlyphLessFont'): TextItem => ({ str, x, y, width: str.length * 5, size, font, bold: false, italic: false, serif: false });

describe('OCR text layer (readers/ocr-layer.ts)', () => {
  it("gives each OCR word its line's median size, so a tall word makes no heading", () => {
    // tesseract sizes each word by its box: 'a' small, 'Highly' tall, on one baseline
    const page: LayoutPage = { n: 1, width: 595, height: 842, items: [word('Highly', 50, 700, 13.1), word('a', 90, 700, 7.9), word('placed', 100, 700.4, 11.2), word('word', 140, 700, 10.6), word('Next', 50, 686, 10.4), word('line', 80, 686, 11.8), word('here', 110, 686, 10.9)] };
    assert.ok(isOcrLayer(page));
    const even = evenOcrSizes(page);
    assert.deepEqual(even.items.map((i) => i.size), [11.2, 11.2, 11.2, 11.2, 10.9, 10.9, 10.9]);
  });

  it('leaves a page set in real fonts as it is', () => {
    const page: LayoutPage = { n: 1, width: 595, height: 842, items: [word('Heading', 50, 700, 14, 'Times-Bold'), word('text', 50, 680, 10, 'Times-Roman')] };
    assert.equal(isOcrLayer(page), false);
    assert.equal(evenOcrSizes(page), page);
  });

  it('joins words a word space apart, not across a space the layer draws as wide as a gutter (userreview19a finding 5)', () => {
    // the OCR copy's byline as tesseract lays it: each space an item spanning its gap
    const at = (str: string, x: number, width: number): TextItem => ({ ...word(str, x, 699.4, 10.7), width });
    const page: LayoutPage = { n: 1, width: 595, height: 842, items: [at('Mark', 177.12, 21.31), at(' ', 198.43, 9.89), at('Bowden', 208.32, 33.94), at(' ', 242.26, 50.3), at('Victoria', 292.56, 36.48), at(' ', 329.04, 8.88), at('Metcalfe-Hough', 337.92, 74.82)] };
    assert.deepEqual(joinOcrWords(page).items.map((i) => i.str.trim()), ['Mark Bowden', 'Victoria Metcalfe-Hough']);
  });
});
