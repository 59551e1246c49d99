import assert from 'node:assert/strict';
import { isSheet, layoutBySheet, sheetLabels, splitSheets, twoPages } from '../../indexer/stages/sheets.js';
import { DEFAULT_SEGMENT, segment } from '../../indexer/stages/segment.js';
import { layoutBlocks } from '../../indexer/stages/layout-blocks.js';
import { endnoteStart } from '../../indexer/stages/block-rules.js';
import { sidewaysAsShown, uprightPoint } from '../../indexer/readers/upright.js';
import { plausibleTitle } from '../../indexer/readers/info-title.js';
import { fakePage, para, type FakeLine } from '../helpers/layout.js';
import type { LayoutPage } from '../../indexer/readers/types.js';

// A Letter page as a 2-up sheet holds it: half of a landscape Letter sheet, its text between
// margins of ~47 pt on either side.
const HALF = 396;
function pageOf(n: number, head: string, words: string): FakeLine[] {
  return [{ text: head, size: 7, top: 40, x: 47 }, ...para(`${words} ${n}`, 14).map((l) => ({ ...l, size: 7, x: 47 })), { text: `${n}`, size: 7, top: 590, x: 190 }];
}
/** A landscape sheet holding two pages side by side. */
function sheet(n: number, left: FakeLine[], right: FakeLine[]): LayoutPage {
  const l = fakePage(n, left, 612, HALF);
  const r = fakePage(n, right, 612, HALF);
  // fakePage sets lines of 7 pt text as wide as 0.45 em a letter: keep them inside their half
  const fit = (p: LayoutPage, dx: number) => p.items.map((i) => ({ ...i, width: Math.min(i.width, HALF - 94), x: i.x + dx }));
  return { n, width: 2 * HALF, height: 612, items: [...fit(l, 0), ...fit(r, HALF)] };
}

describe('pages printed two to a sheet (2-up handouts)', () => {
  const handout = [1, 2, 3].map((s) => sheet(s, pageOf(2 * s - 1, 'Running head of the report', 'Left page text'), pageOf(2 * s, 'Running head of the report', 'Right page text')));

  it('tells a sheet of two pages from a landscape page in two columns', () => {
    assert.equal(isSheet(handout[0]), true);
    // two columns with a 20 pt gutter between 40 pt margins
    const cols = fakePage(1, [], 612, 792);
    for (const [k, l] of para('Column text', 20).entries()) {
      cols.items.push({ str: l.text, x: 40, y: 560 - k * 12, width: 346, size: 9, font: 'Serif', bold: false, italic: false, serif: true });
      cols.items.push({ str: l.text, x: 406, y: 560 - k * 12, width: 346, size: 9, font: 'Serif', bold: false, italic: false, serif: true });
    }
    assert.equal(isSheet(cols), false);
    assert.equal(splitSheets([cols, { ...cols, n: 2 }]), null);
    // portrait pages are never sheets (below)
  });

  it('takes a landscape brief in two columns, 0.5" margins and a 0.75" gutter, for no 2-up handout (review17 finding 7)', () => {
    // its gap (54 pt) passes the gutter test; a running head left and one folio right are one page's
    const brief = (n: number): LayoutPage => {
      const item = (str: string, x: number, y: number, width: number, size = 10) => ({ str, x, y, width, size, font: 'f', bold: false, italic: false, serif: false });
      const items = [];
      for (let y = 560; y > 60; y -= 14) items.push(item('column text of the brief runs here', 36, y, 333), item('second column text runs here too', 423, y, 333));
      items.push(item('Policy Brief 12', 36, 590, 80, 8), item(String(n), 740, 590, 16, 8));
      return { n, width: 792, height: 612, items };
    };
    const pages = Array.from({ length: 10 }, (_, i) => brief(i + 1));
    assert.equal(isSheet(pages[0]), true);
    assert.equal(twoPages(pages[0]), false);
    assert.equal(splitSheets(pages), null);
    // the handout's sheets each print two folios
    assert.ok(handout.every(twoPages));
  });

  it('never takes portrait pages for sheets', () => {
    assert.equal(splitSheets([fakePage(1, para('Portrait', 20))]), null);
  });

  it('reads each sheet as its two pages, each page head furniture, and keeps the sheet as the page', () => {
    const split = splitSheets(handout);
    assert.ok(split);
    assert.equal(split.pages.length, 6);
    assert.deepEqual(split.sheetOf, [1, 1, 2, 2, 3, 3]);
    assert.ok(split.pages.every((p) => p.width === HALF && p.items.every((i) => i.x >= 0 && i.x + i.width <= HALF)));
    const s = layoutBySheet(handout, layoutBlocks);
    const text = s.blocks.map((b) => b.text).join(' ');
    assert.doesNotMatch(text, /Running head/);
    // the left page's text comes before the right page's, each on the sheet that holds it
    const at = (words: string) => text.indexOf(words);
    assert.ok(at('Left page text 1') < at('Right page text 2') && at('Right page text 2') < at('Left page text 3'));
    // blocks count the pages the sheets hold; sheetOf puts each on its sheet
    assert.deepEqual(s.sheetOf, [1, 1, 2, 2, 3, 3]);
    assert.ok(s.furniture.every((f) => f.page === null || f.page <= 6));
  });

  it('cites a passage with the number printed on its own half, and opens the PDF at its sheet (review17 findings 3, 8)', () => {
    const s = layoutBySheet(handout, layoutBlocks);
    // each half prints its own folio: the sheet holding pages 3 and 4 is no longer labelled 3 for both
    assert.deepEqual(s.pageLabels, ['1', '2', '3', '4', '5', '6']);
    const passages = segment('doc', s.blocks, s.pageLabels, { ...DEFAULT_SEGMENT, sheetOf: s.sheetOf });
    const at = (words: string) => {
      const p = passages.find((x) => x.text.includes(words))!;
      const turn = (p.pageBreaks ?? []).filter((b) => b.offset <= p.text.indexOf(words)).pop();
      return turn?.page ?? p.page;
    };
    assert.equal(at('Right page text 2'), '2');
    assert.equal(at('Left page text 3'), '3');
    assert.equal(at('Right page text 4'), '4');
    assert.equal(at('Right page text 6'), '6');
    // a passage starting on printed page n starts on sheet ceil(n / 2)
    for (const p of passages) assert.equal(p.physicalPage, Math.ceil(Number(p.page) / 2), p.text);
    assert.ok(passages.every((p) => !p.pageIsPhysical));
    // the document lists each sheet by the pages it holds
    assert.deepEqual(sheetLabels(s.pageLabels, s.sheetOf!, 3), ['1\u20132', '3\u20134', '5\u20136']);
    assert.deepEqual(sheetLabels([null, '1', '2', '3'], [1, 1, 2, 2], 2), ['1', '2\u20133']);
  });
});

/** A viewport as pdf.js's PageViewport makes it for a view box at the origin, scale 1. */
function viewport(w: number, h: number, rotation: 0 | 90) {
  // rotation 0: [1, 0, 0, -1, 0, h]; rotation 90: [0, 1, 1, 0, 0, 0] (the page turned clockwise)
  const m = rotation === 0 ? [1, 0, 0, -1, 0, h] : [0, 1, 1, 0, 0, 0];
  return {
    rotation,
    width: rotation === 0 ? w : h,
    height: rotation === 0 ? h : w,
    convertToViewportPoint: (x: number, y: number) => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]],
  };
}

describe('pages stored turned with /Rotate', () => {
  it('tells text running up the page as shown from text running across, on a turned page and an unturned one', () => {
    // a /Rotate 90 page: its text is drawn up the stored page (a = 0, b = 1) and shown across
    const turned = sidewaysAsShown(90);
    assert.equal(turned(0, 10), false);
    // the folio a landscape page keeps for the unturned sheet, drawn across the stored page
    assert.equal(turned(10, 0), true);
    const flat = sidewaysAsShown(0);
    assert.equal(flat(10, 0), false);
    assert.equal(flat(0, 10), true);
    assert.equal(sidewaysAsShown(270)(0, -10), false);
  });

  it('leaves an unturned page as it is', () => {
    const at = uprightPoint(viewport(595, 842, 0));
    assert.deepEqual(at(100, 700), [100, 700]);
  });

  it('puts text drawn sideways on a /Rotate 90 page where the turned page shows it', () => {
    // A landscape media box shown as a portrait page: its left edge is the page's top.
    const vp = viewport(842, 595, 90);
    const at = uprightPoint(vp);
    assert.equal(vp.width, 595);
    assert.equal(vp.height, 842);
    const [x0, y0] = at(0, 0);
    assert.ok(Math.abs(x0) < 1e-6 && Math.abs(y0 - 842) < 1e-6, `${x0},${y0}`);
    const [x1, y1] = at(842, 0);
    assert.ok(Math.abs(x1) < 1e-6 && Math.abs(y1) < 1e-6, `${x1},${y1}`);
    // a line's glyphs, drawn up the unturned page, run left to right on one baseline
    const a = at(300, 100);
    const b = at(300, 200);
    assert.equal(a[1], b[1]);
    assert.ok(b[0] > a[0]);
  });
});

describe("a print pipeline's stamp is no title", () => {
  it('drops enscript, standard input and text-file names, keeps a real title', () => {
    for (const t of ['Enscript Output', '(stdin)', '%stdin', 'Standard input', 'report.txt', 'notes.ps', 'Microsoft Word - brief.docx']) assert.equal(plausibleTitle(t), undefined, t);
    assert.equal(plausibleTitle('Peace Operations and Human Security'), 'Peace Operations and Human Security');
    assert.equal(plausibleTitle('Output of the enscript review'), 'Output of the enscript review');
  });
});

describe('endnotes numbered in brackets, as plain text types them', () => {
  it('opens a note at "[12] " under a Notes heading, and only at a number', () => {
    assert.deepEqual(endnoteStart('[12] Commission on Human Security, Human Security Now (New York 2003)'), { n: '12', rest: 'Commission on Human Security, Human Security Now (New York 2003)' });
    assert.deepEqual(endnoteStart('12. See above.'), { n: '12', rest: 'See above.' });
    assert.equal(endnoteStart('[sic] the text goes on'), null);
    assert.equal(endnoteStart('[2003] UKHL 12'), null);
  });
});
