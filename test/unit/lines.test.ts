import assert from 'node:assert/strict';
import { pageLines, readingOrder, type Line } from '../../indexer/stages/lines.js';
import { extractMarks } from '../../core/text.js';
import { fakePage } from '../helpers/layout.js';

describe('pageLines', () => {
  it('joins items on one baseline and keeps reading order top to bottom', () => {
    const page = fakePage(1, [{ text: 'First line' }, { text: 'Second line' }]);
    // items arrive in content-stream order, not reading order
    page.items.reverse();
    const lines = pageLines(page);
    assert.deepEqual(lines.map((l) => l.text), ['First line', 'Second line']);
  });

  it('turns a small raised number after a word into a footnote mark', () => {
    const lines = pageLines(fakePage(1, [{ text: 'the International Mechanism (IIIM).', sup: '3' }]));
    assert.equal(lines.length, 1);
    const { text, marks } = extractMarks(lines[0].text);
    assert.equal(text, 'the International Mechanism (IIIM).');
    assert.deepEqual(marks, ['3']);
  });

  it('reads a two-column page column by column', () => {
    const mk = (text: string, x0: number, y: number): Line => ({ text, page: 1, x0, x1: x0 + 230, y, size: 10, font: 'f', bold: false, italic: false, serif: true, pageWidth: 595, pageHeight: 842 });
    const lines = [mk('L1', 50, 100), mk('R1', 320, 100), mk('L2', 50, 114), mk('R2', 320, 114), mk('L3', 50, 128), mk('R3', 320, 128)];
    assert.deepEqual(readingOrder(lines, 595).map((l) => l.text), ['L1', 'L2', 'L3', 'R1', 'R2', 'R3']);
  });
});
