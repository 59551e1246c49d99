import assert from 'node:assert/strict';
import { markRun, pageLines, readingOrder, splitMarkRun, type Line } from '../../indexer/stages/lines.js';
import type { LayoutPage } from '../../indexer/readers/types.js';
import { extractMarks } from '../../core/text.js';
import { isCallout } from '../../indexer/stages/side-heads.js';
import { fakePage } from '../helpers/layout.js';

describe('pageLines', () => {
  it('joins items on one baseline and keeps reading order top to bottom', () => {
    const page = fakePage(1, [{ text: 'First line' }, { text: 'Second line' }]);
    // items arrive in content-stream order, not reading order
    page.items.reverse();
    const lines = pageLines(page);
    assert.deepEqual(lines.map((l) => l.text), ['First line', 'Second line']);
  });

  it('keeps where a line has a gap far wider than a word space (names set side by side), and only there', () => {
    const item = (str: string, x: number) => ({ str, x, y: 842 - 150, width: str.length * 5.5, size: 12, font: 'LMRoman12', bold: false, italic: false, serif: true });
    const page = fakePage(1, []);
    // LaTeX's \and: a tabular per author, an em and two column separations between them
    page.items.push(item('Ann Example', 180), item('Bob Sample-Person', 180 + 11 * 5.5 + 40));
    page.items.push({ ...item('Ana María', 180), y: 842 - 200 }, { ...item('García Pérez', 180 + 9 * 5.5 + 3), y: 842 - 200 });
    const lines = pageLines(page);
    assert.deepEqual(lines.map((l) => [l.text, l.parts]), [['Ann Example Bob Sample-Person', ['Ann Example', 'Bob Sample-Person']], ['Ana María García Pérez', undefined]]);
  });

  it('turns a small raised number after a word into a footnote mark', () => {
    const lines = pageLines(fakePage(1, [{ text: 'the International Mechanism (IIIM).', sup: '3' }]));
    assert.equal(lines.length, 1);
    const { text, marks } = extractMarks(lines[0].text);
    assert.equal(text, 'the International Mechanism (IIIM).');
    assert.deepEqual(marks, ['3']);
  });

  it('takes a raised mark set before a note’s first word (TeX) as the note’s mark', () => {
    const page = fakePage(1, [{ text: 'See the report of the Commission.', size: 8, x: 84, top: 700 }]);
    page.items.push({ str: '12', x: 74, y: 842 - 700 + 3.5, width: 7, size: 7, font: 'CMR7', bold: false, italic: false, serif: true });
    const lines = pageLines(page);
    assert.equal(lines.length, 1);
    assert.deepEqual(extractMarks(lines[0].text).marks, ['12']);
  });

  it('sizes a line of small capitals made from capitals of two sizes by its capitals', () => {
    const items: LayoutPage['items'] = [];
    let x = 60;
    for (const [str, size] of [['H', 12], ['UMAN', 8.4], [' ', 12], ['S', 12], ['ECURITY', 8.4]] as const) {
      items.push({ str, x, y: 600, width: str.length * size * 0.6, size, font: 'Sans-Bold', bold: true, italic: false, serif: false });
      x += str.length * size * 0.6;
    }
    items.push({ str: 'A', x: 60, y: 586, width: 6, size: 12, font: 'Sans-Bold', bold: true, italic: false, serif: false }, { str: 'ND MORE', x: 66, y: 586, width: 30, size: 8.4, font: 'Sans-Bold', bold: true, italic: false, serif: false });
    items.push({ str: 'AND NOW', x: 60, y: 572, width: 30, size: 8.4, font: 'Sans-Bold', bold: true, italic: false, serif: false });
    const lines = pageLines({ n: 1, width: 595, height: 842, items });
    assert.deepEqual(lines.map((l) => l.size), [12, 12, 12]);
  });

  it('reads a two-column page column by column', () => {
    const mk = (text: string, x0: number, y: number): Line => ({ text, page: 1, x0, x1: x0 + 230, y, size: 10, font: 'f', bold: false, italic: false, serif: true, pageWidth: 595, pageHeight: 842 });
    const lines = [mk('L1', 50, 100), mk('R1', 320, 100), mk('L2', 50, 114), mk('R2', 320, 114), mk('L3', 50, 128), mk('R3', 320, 128)];
    assert.deepEqual(readingOrder(lines, 595).map((l) => l.text), ['L1', 'L2', 'L3', 'R1', 'R2', 'R3']);
  });

  it('reads a three-column page column by column, under a title across them', () => {
    const items: LayoutPage['items'] = [{ str: 'A title set across the three columns of the page', x: 40, y: 760, width: 500, size: 18, font: 'F', bold: true, italic: false, serif: true }];
    for (let k = 0; k < 30; k++) {
      for (const [c, x] of [40, 220, 400].entries()) items.push({ str: `col${c + 1} line ${k} words of a ragged line`, x, y: 720 - k * 11, width: 150 - (k % 4) * 9, size: 8.4, font: 'F', bold: false, italic: false, serif: false });
    }
    const lines = pageLines({ n: 1, width: 612, height: 792, items });
    assert.deepEqual([lines[0].column, lines[1].text.slice(0, 11), lines[31].text.slice(0, 11), lines[61].text.slice(0, 11)], [0, 'col1 line 0', 'col2 line 0', 'col3 line 0']);
  });

  it('reads several notes cited at one place ("21,22,23", "4–6") as one mark each', () => {
    const { marks } = extractMarks(markRun('21,22,23') + markRun('4–6') + markRun('*'));
    assert.deepEqual(marks, ['21', '22', '23', '4', '5', '6', '*']);
  });

  it('reads marks set side by side with nothing between ("11121314") as notes in rising order', () => {
    assert.deepEqual(splitMarkRun('11121314'), [11, 12, 13, 14]);
    assert.deepEqual(splitMarkRun('1234'), [1, 2, 3, 4]);
    assert.deepEqual(splitMarkRun('2830'), [28, 30]);
    assert.deepEqual(splitMarkRun('91011'), [9, 10, 11]);
    // three digits are one mark as printed; numbers that do not rise in small steps are no run
    for (const s of ['123', '2024', '1325', '9101', '1000', '12a4']) assert.equal(splitMarkRun(s), null, s);
    assert.deepEqual(extractMarks(markRun('171819')).marks, ['17', '18', '19']);
  });

  it('keeps a raised run of marks ("11121314", gilder css2col p. 2) at the end of the line it follows, out of the words', () => {
    // Chromium's page.pdf: one item of four marks raised over the paragraph's last line; the
    // run used to stay a line of its own, read before that line: "two years 11121314 later."
    const page = fakePage(1, [{ text: 'and published its Human Security Now Report two years', size: 10 }, { text: 'later. The Commission defined human security as:', size: 10, sup: '11121314' }]);
    const lines = pageLines(page);
    assert.equal(lines.length, 2);
    const { text, marks } = extractMarks(lines[1].text);
    assert.equal(text, 'later. The Commission defined human security as:');
    assert.deepEqual(marks, ['11', '12', '13', '14']);
    assert.deepEqual(extractMarks(lines[0].text).marks, []);
  });

  it('keeps a mark standing in the gutter with the left-column line it follows', () => {
    // two columns of 40 lines, the left one's last word followed by marks reaching past the gutter
    const items: LayoutPage['items'] = [];
    for (let k = 0; k < 40; k++) {
      const y = 800 - k * 11;
      items.push({ str: 'left column words of a justified line', x: 54, y, width: 243, size: 9, font: 'F', bold: false, italic: false, serif: true });
      items.push({ str: 'right column words of a justified line', x: 315, y, width: 243, size: 9, font: 'F', bold: false, italic: false, serif: true });
    }
    items.push({ str: '21,22,', x: 297.5, y: 800 - 5 * 11 + 3.5, width: 13, size: 5.8, font: 'F', bold: false, italic: false, serif: true });
    items.push({ str: '23', x: 310.6, y: 800 - 5 * 11 + 3.5, width: 5, size: 5.8, font: 'F', bold: false, italic: false, serif: true });
    const lines = pageLines({ n: 1, width: 612, height: 842, items });
    const left = lines.filter((l) => l.column === 1);
    assert.equal(left.length, 40);
    assert.deepEqual(extractMarks(left[5].text).marks, ['21', '22', '23']);
    assert.ok(lines.filter((l) => l.column === 2).every((l) => extractMarks(l.text).marks.length === 0));
  });

  it('reads a one-column page with a short year centred over the text off the page’s middle top to bottom (LaTeX on A4)', () => {
    // m1.pdf (meta40): the measure runs 133.8–477.5 on a 595.3 pt page, so "2024" and the folio,
    // centred over it, stand right of the page's middle; they had made a right column, and the
    // year was read after the first heading, out of the title block
    const mk = (text: string, x0: number, x1: number, y: number, size = 10): Line => ({ text, page: 1, x0, x1, y, size, font: 'f', bold: false, italic: false, serif: true, pageWidth: 595.3, pageHeight: 842 });
    const text = (y: number, k: number) => mk(`Text line ${k}`, 133.8, 477.5, y);
    const lines = [
      mk('Peace Operations in a Warming World', 186.5, 424.8, 134.8, 14.3),
      mk('Armed Groups', 273.3, 338, 156.7),
      mk('2024', 295.7, 315.6, 178.6),
      mk('1 Introduction', 133.8, 246.8, 211.5, 14.3),
      ...[233.4, 245.3, 257.3, 269.2].map(text),
      mk('2 Findings', 133.8, 218.4, 302.2, 14.3),
      text(324, 5),
      text(336, 6),
      mk('roads wash away.', 133.8, 208.6, 347.9),
      mk('1', 303.1, 308.1, 702.6),
    ];
    assert.deepEqual(
      readingOrder(lines, 595.3).map((l) => l.text),
      lines.map((l) => l.text),
    );
    // two columns still read column by column: no column's line lies across the text's middle
    const mk2 = (t: string, x0: number, y: number): Line => mk(t, x0, x0 + 230, y);
    const two = [mk('A centred title', 250, 345, 60), mk2('L1', 50, 100), mk2('R1', 315, 100), mk2('L2', 50, 114), mk2('R2', 315, 114), mk('1', 295, 300, 800)];
    assert.deepEqual(readingOrder(two, 595).map((l) => l.text), ['A centred title', 'L1', 'L2', 'R1', 'R2', '1']);
  });

  it('keeps a left-column line that runs on past the gutter (an unbreakable URL) in its column', () => {
    const mk = (text: string, x0: number, y: number, x1 = x0 + 230): Line => ({ text, page: 1, x0, x1, y, size: 10, font: 'f', bold: false, italic: false, serif: true, pageWidth: 595, pageHeight: 842 });
    const lines = [mk('L1', 50, 100), mk('R1', 320, 100), mk('(https://example.org/a-long-unbroken-address)', 62, 114, 470), mk('R2', 320, 126), mk('L3', 50, 128), mk('R3', 320, 140), mk('L4', 50, 142)];
    assert.deepEqual(readingOrder(lines, 595).map((l) => l.text), ['L1', '(https://example.org/a-long-unbroken-address)', 'L3', 'L4', 'R1', 'R2', 'R3']);
    // a full-width line with space around it still divides the page
    const title = [mk('L1', 50, 100), mk('R1', 320, 100), mk('A full-width heading', 50, 140, 540), mk('L2', 50, 180), mk('R2', 320, 180)];
    assert.deepEqual(readingOrder(title, 595).map((l) => l.text), ['L1', 'R1', 'A full-width heading', 'L2', 'R2']);
  });

  it('does not cut a full-width line at the gutter where a word was split into two items there', () => {
    const item = (str: string, x: number, y: number, width: number) => ({ str, x, y, width, size: 9, font: 'F', bold: false, italic: false, serif: true });
    const items: LayoutPage['items'] = [];
    for (let k = 0; k < 40; k++) items.push(item('left column words of a justified line', 54, 800 - k * 11, 243), item('right column words of a justified line', 315, 800 - k * 11, 243));
    // a note across the foot: '... Paci' + 'fica Review' meet at the gutter (a ligature)
    items.push(item("16 Anthony Burke, 'Caught between', Paci", 54, 300, 254), item('fica Review, vol. 13.', 308, 300, 120));
    const lines = pageLines({ n: 1, width: 612, height: 842, items });
    assert.ok(lines.some((l) => l.text === "16 Anthony Burke, 'Caught between', Pacifica Review, vol. 13."), lines.map((l) => l.text).join(' | ').slice(-300));
  });
  it('reads a table across both columns mid-page row by row, between the column blocks (stages/wide-rows.ts)', () => {
    const item = (str: string, x: number, y: number, width: number) => ({ str, x, y, width, size: 9, font: 'F', bold: false, italic: false, serif: true });
    const items: LayoutPage['items'] = [];
    // twenty lines of two columns above the table, twenty below it
    for (let k = 0; k < 20; k++) items.push(item(`left above ${k}`, 54, 780 - k * 11, 243), item(`right above ${k}`, 315, 780 - k * 11, 243));
    for (let k = 0; k < 20; k++) items.push(item(`left below ${k}`, 54, 480 - k * 11, 243), item(`right below ${k}`, 315, 480 - k * 11, 243));
    // the table's rows: cells at 54 and 200 left of the gutter (~306), 390 and 520 right of it
    const rows = [['Part', 'Paragraphs', 'Notes', 'Words'], ['Part 1', '19', '31', '2975'], ['Part 2', '8', '0', '645']];
    rows.forEach((r, k) => items.push(item(r[0], 54, 540 - k * 11, 30), item(r[1], 200, 540 - k * 11, 45), item(r[2], 390, 540 - k * 11, 25), item(r[3], 520, 540 - k * 11, 20)));
    const lines = pageLines({ n: 1, width: 612, height: 842, items });
    const texts = lines.map((l) => l.text);
    assert.deepEqual(
      lines.filter((l) => l.column === 0).map((l) => l.text),
      ['Part Paragraphs Notes Words', 'Part 1 19 31 2975', 'Part 2 8 0 645'],
    );
    // the left column above, the right column above, the rows, then the columns below
    assert.ok(texts.indexOf('right above 19') < texts.indexOf('Part 1 19 31 2975') && texts.indexOf('Part 2 8 0 645') < texts.indexOf('left below 0'));
    // one line like a row (a paragraph's short last line beside an indented one) is still cut
    const one = [...items.filter((i) => !rows.flat().includes(i.str)), item('end.', 54, 540, 20), item('indented start', 350, 540, 120)];
    assert.ok(pageLines({ n: 1, width: 612, height: 842, items: one }).every((l) => l.column !== 0));
    // block quotes side by side (indented in both columns, ragged) are the columns' lines
    const quotes = [...items.filter((i) => !rows.flat().includes(i.str))];
    for (let k = 0; k < 3; k++) quotes.push(item(`quoted left ${k}`, 54, 540 - k * 11, 80), item(`quoted right ${k}`, 382, 540 - k * 11, 80));
    assert.ok(pageLines({ n: 1, width: 612, height: 842, items: quotes }).every((l) => l.column !== 0));
  });

  it('does not cut a line of a block across the columns where its word space falls deep in the right column', () => {
    const item = (str: string, x: number, y: number, width: number) => ({ str, x, y, width, size: 9, font: 'F', bold: false, italic: false, serif: true });
    const items: LayoutPage['items'] = [];
    for (let k = 0; k < 40; k++) items.push(item('left column words of a justified line', 54, 600 - k * 11, 243), item('right column words of a justified line', 315, 600 - k * 11, 243));
    // an abstract across the page above the columns (LaTeX's \maketitle), whose justified lines
    // are drawn in pieces: one piece runs from the left margin far into the right column
    items.push(item('coordinating diplomatic efforts to secure peace are two of its core functions.', 70, 700, 376), item('In its early years,', 452, 700, 72));
    items.push(item('the peace diplomacy of the organisation was conceived as addressing conflict.', 70, 689, 346), item('However, the geopolitical', 422, 689, 102));
    const lines = pageLines({ n: 1, width: 595, height: 842, items });
    const across = lines.filter((l) => l.column === 0).map((l) => l.text);
    assert.deepEqual(across, [
      'coordinating diplomatic efforts to secure peace are two of its core functions. In its early years,',
      'the peace diplomacy of the organisation was conceived as addressing conflict. However, the geopolitical',
    ]);
    assert.equal(lines.filter((l) => l.column === 2).length, 40);
  });

  it('reads a side note in the margin apart from the text line it shares a baseline with', () => {
    const item = (str: string, x: number, top: number, width: number, size: number) => ({ str, x, y: 842 - top, width, size, font: 'Sans', bold: false, italic: false, serif: false });
    const items: LayoutPage['items'] = [];
    for (let k = 0; k < 12; k++) items.push(item(`text line ${k + 1} of the single column of running text`, 62, 100 + k * 15, 325, 10.5));
    // a note of three lines floated into the right margin; its second line meets text line 3
    items.push(item('3 The mechanism was set up by', 414, 120.5, 120, 7.5), item('the General Assembly in 2016,', 414, 130, 115, 7.5), item('to assist the investigation.', 414, 139.5, 110, 7.5));
    items.push(item('7', 62, 811, 5, 8));
    const lines = pageLines({ n: 1, width: 595, height: 842, items });
    assert.ok(lines.some((l) => l.text === 'text line 3 of the single column of running text'), lines.map((l) => l.text).join(' | '));
    // the text first, then the note in its own column, then the foot
    assert.deepEqual(lines.slice(12).map((l) => [l.text, l.column]), [
      ['3 The mechanism was set up by', 2],
      ['the General Assembly in 2016,', 2],
      ['to assist the investigation.', 2],
      ['7', undefined],
    ]);
  });

  it('reads a bold side head in the margin as a heading before the text line it stands beside', () => {
    const item = (str: string, x: number, top: number, width: number, size: number, bold = false) => ({ str, x, y: 842 - top, width, size, font: bold ? 'LMRoman10-Bold' : 'LMRoman11', bold, italic: false, serif: true });
    const items: LayoutPage['items'] = [];
    for (let k = 0; k < 24; k++) items.push(item(`text line ${k + 1} of the single column of running text`, 62, 100 + k * 13.6, 325, 10.95));
    // KOMA's \marginpar: a side head of two lines, a size down and bold, beside text line 6's baseline and the next
    items.push(item('Humanitarian', 414, 100 + 5 * 13.6, 60, 10, true), item('Coordinators', 414, 100 + 6 * 13.6, 58, 10, true));
    const lines = pageLines({ n: 1, width: 595, height: 842, items });
    assert.equal(lines.length, 26, lines.map((l) => l.text).join(' | '));
    assert.deepEqual(lines.slice(4, 8).map((l) => [l.text, l.sideHead ?? false]), [
      ['text line 5 of the single column of running text', false],
      ['Humanitarian', true],
      ['Coordinators', true],
      ['text line 6 of the single column of running text', false],
    ]);
  });

  it('reads a bold callout in the margin, sentences repeating the text, as a pull quote, not a side head (pdf23)', () => {
    const item = (str: string, x: number, top: number, width: number, size: number, bold = false) => ({ str, x, y: 842 - top, width, size, font: bold ? 'LMRoman10-Bold' : 'LMRoman11', bold, italic: false, serif: true });
    const items: LayoutPage['items'] = [];
    for (let k = 0; k < 24; k++) items.push(item(`text line ${k + 1} of the single column of running text`, 62, 100 + k * 13.6, 325, 10.95));
    // \marginpar{\small\bfseries …}: a quoted interviewee's words, four lines beside text lines 6–9
    const callout = ['“There is a trade-off', 'everywhere. You just have', 'to ensure you compromise', 'less with principles.”'];
    callout.forEach((t, k) => items.push(item(t, 414, 100 + (5 + k) * 13.6, 110, 10, true)));
    const lines = pageLines({ n: 1, width: 595, height: 842, items });
    const out = lines.filter((l) => l.x0 > 400);
    assert.deepEqual(out.map((l) => [l.text, l.sideHead ?? false, l.callout ?? false]), callout.map((t) => [t, false, true]));
  });

  it('tells a callout’s sentences from a side head’s title', () => {
    assert.equal(isCallout('Humanitarian Coordinators'), false);
    assert.equal(isCallout('The role of the Emergency Relief Coordinator'), false);
    assert.equal(isCallout('“The price of access is silence”'), true);
    assert.equal(isCallout('War is not the same as before. It is fought by proxy'), true);
    assert.equal(isCallout('Human security provides a bottom-up and localised perspective on the priorities of insecurity.'), true);
  });

  it('leaves a fact sheet’s bold labels in their rows, each value running to two lines (review20c finding 1)', () => {
    const item = (str: string, x: number, top: number, width: number, bold = false) => ({ str, x, y: 842 - top, width, size: 11, font: bold ? 'Bold' : 'Roman', bold, italic: false, serif: true });
    const items: LayoutPage['items'] = [];
    for (let k = 0; k < 12; k++) {
      items.push(item(`Label number ${k + 1}`, 120, 100 + k * 30, 70, true));
      items.push(item(`the first line of value ${k + 1} in the table`, 260, 100 + k * 30, 200), item(`and its second line`, 260, 113.6 + k * 30, 90));
    }
    const lines = pageLines({ n: 1, width: 595, height: 842, items });
    assert.ok(lines.every((l) => !l.sideHead), lines.filter((l) => l.sideHead).map((l) => l.text).join(' | '));
    assert.equal(lines[0].text, 'Label number 1 the first line of value 1 in the table');
  });

  it('leaves a section number hung in the margin in its heading’s line (no side head)', () => {
    const item = (str: string, x: number, top: number, width: number, size: number, bold = false) => ({ str, x, y: 842 - top, width, size, font: bold ? 'Sans-Bold' : 'Sans', bold, italic: false, serif: false });
    const items: LayoutPage['items'] = [];
    for (let k = 0; k < 24; k++) items.push(item(`text line ${k + 1} of the single column of running text`, 90, 100 + k * 13, 325, 10));
    items.push(item('II.', 62, 100 + 24 * 13, 12, 10, true), item('Protection in practice', 90, 100 + 24 * 13, 110, 10, true));
    const lines = pageLines({ n: 1, width: 595, height: 842, items });
    assert.equal(lines[lines.length - 1].text, 'II. Protection in practice');
    assert.ok(lines.every((l) => !l.sideHead));
  });

  it('reads a full-width table on a page of its own row by row, though a free strip runs between two of its columns', () => {
    const item = (str: string, x: number, top: number, bold = false) => ({ str, x, y: 595 - top, width: str.length * 6, size: 12, font: bold ? 'Bold' : 'Roman', bold, italic: false, serif: true });
    const items: LayoutPage['items'] = [item('Part', 80, 100, true), item('Paragraphs', 330, 100, true), item('Notes', 520, 100, true), item('Words', 720, 100, true)];
    const rows = [['Opening', '1', '0', '212'], ['Part 1', '3', '0', '578'], ['Part 2', '22', '0', '3523'], ['Part 3', '21', '1', '3268'], ['Part 4', '14', '0', '2073'], ['Part 5', '9', '2', '1410']];
    rows.forEach((r, k) => items.push(item(r[0], 80, 120 + k * 16), item(r[1], 380, 120 + k * 16), item(r[2], 540, 120 + k * 16), item(r[3], 730, 120 + k * 16)));
    const lines = pageLines({ n: 1, width: 842, height: 595, items });
    assert.deepEqual(lines.map((l) => l.text), ['Part Paragraphs Notes Words', ...rows.map((r) => r.join(' '))]);
  });

  it('leaves a short small word just past the text’s edge in its line (no side note)', () => {
    const item = (str: string, x: number, top: number, width: number, size: number) => ({ str, x, y: 842 - top, width, size, font: 'Sans', bold: false, italic: false, serif: false });
    const items: LayoutPage['items'] = [];
    for (let k = 0; k < 8; k++) items.push(item(`text line ${k + 1} of the single column of running text`, 62, 100 + k * 15, 325, 10.5));
    items.push(item('(a)', 400, 115, 10, 8));
    const lines = pageLines({ n: 1, width: 595, height: 842, items });
    assert.equal(lines.length, 8);
    assert.ok(lines.every((l) => l.column === undefined));
  });
});

describe('pdf29: a gutter beside a column of hanging entries', () => {
  it("cuts at the strip's least-crossed stretch, so a right-column entry's outdented first line is not read into the left column", () => {
    // two columns of 9 pt text: the left ends at x 285; the right column's entries open at its
    // edge (298) and their continuations hang indented (314), as a reference list sets them; one
    // entry opens on this page, too few lines to stop the strip between the columns at its edge
    const items: LayoutPage['items'] = [];
    const item = (str: string, x: number, x1: number, top: number) => items.push({ str, x, y: 842 - top, width: x1 - x, size: 9, font: 'Serif', bold: false, italic: false, serif: true });
    for (let k = 0; k < 40; k++) {
      const top = 80 + k * 11;
      item(`left column line ${k} of running text set full`, 54, 285, top);
      if (k === 20) item(`Author, A. (20${10 + k}) An entry opening here`, 298, 541, top);
      else item(`the entry ${k} goes on hanging under it`, 314, 541, top);
    }
    const lines = pageLines({ n: 1, width: 595, height: 842, items });
    assert.ok(lines.some((l) => l.text === 'Author, A. (2030) An entry opening here' && l.x0 === 298), JSON.stringify(lines.filter((l) => /Author/.test(l.text)).map((l) => l.text)));
    assert.ok(lines.every((l) => !/set full Author/.test(l.text)));
  });
});

describe('review30: a title across two columns whose word space falls at the strip’s edge', () => {
  it('is one line across the columns, not cut at a gutter moved left of its next word', () => {
    // two columns of 9 pt text (54–285, 306–541); the title's second word opens 9 pt after the
    // first, inside the strip between the columns, and runs on well into the right column
    const items: LayoutPage['items'] = [];
    const item = (str: string, x: number, x1: number, top: number, size = 9) => items.push({ str, x, y: 842 - top, width: x1 - x, size, font: 'Serif', bold: false, italic: false, serif: true });
    item('Protecting', 120, 285, 50, 20);
    item('civilians in two columns', 294, 480, 50, 20);
    for (let k = 0; k < 40; k++) {
      item(`left column line ${k} of running text set full`, 54, 285, 90 + k * 11);
      item(`right column line ${k} of running text set full`, 306, 541, 90 + k * 11);
    }
    const lines = pageLines({ n: 1, width: 595, height: 842, items });
    assert.ok(lines.some((l) => l.text === 'Protecting civilians in two columns' && l.column === 0), JSON.stringify(lines.filter((l) => /Protecting|civilians/.test(l.text)).map((l) => [l.text, l.column])));
  });
});

describe('pdf36: one column of justified text placed word by word (pdf-lib, pdfmake)', () => {
  it('reads every line whole, though every other line leaves a wide word space in the same strip', () => {
    // 11 pt words on 72–540; every other line (a few long words, justified) has a 30 pt space
    // at 372–402, and the lines between run words across it: no gutter, a river of spaces
    const items: LayoutPage['items'] = [];
    const word = (str: string, x: number, x1: number, top: number) => items.push({ str, x, y: 792 - top, width: x1 - x, size: 11, font: 'Times-Roman', bold: false, italic: false, serif: true });
    for (let k = 0; k < 30; k++) {
      const top = 80 + k * 14;
      if (k % 2) {
        word(`wide${k}`, 72, 160, top);
        word('justified', 190, 280, top);
        word('words', 310, 372, top);
        word('(www.example.org/report)', 402, 540, top);
      } else {
        [72, 156, 246, 336, 360, 426].forEach((x, n, xs) => word(`w${k}x${n}`, x, (xs[n + 1] ?? 546) - 6, top));
      }
    }
    const lines = pageLines({ n: 1, width: 612, height: 792, items });
    assert.equal(lines.length, 30);
    assert.ok(lines.every((l) => l.column === undefined && l.x0 === 72), JSON.stringify(lines.slice(0, 4).map((l) => [l.text, l.x0, l.column])));
  });
});
