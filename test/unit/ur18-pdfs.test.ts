import assert from 'node:assert/strict';
import { join } from 'node:path';
import { processFile, type ProcessedFile } from '../../indexer/process-file.js';
import { levelPage, pageSlope } from '../../indexer/stages/skew.js';
import { joinOcrWords } from '../../indexer/readers/ocr-layer.js';
import { locatorLabel, locatorOf } from '../../core/csl.js';
import type { LayoutPage, TextItem } from '../../indexer/readers/types.js';
import { FIXTURES } from '../helpers/tmp.js';

// userreview18 findings 4, 5, 6: a policy officer's PDFs (test/fixtures/pdf-ur18/README.md).

const DIR = join(FIXTURES, 'pdf-ur18');
const read = (file: string): Promise<ProcessedFile> => processFile(join(DIR, file), file, [], { maxPages: 20 });
const texts = (r: ProcessedFile) => (r.passages ?? []).map((p) => p.text);

const word = (str: string, x: number, y: number, font = 'GlyphLessFont'): TextItem => ({ str, x, y, width: str.length * 9, size: 20, font, bold: false, italic: false, serif: false });

/** Two lines of words, in the order an OCR layer draws them, falling `slope` per point across. */
function turnedPage(slope: number, font?: string): LayoutPage {
  const items: TextItem[] = [];
  for (const [row, words] of [['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'], ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta']].entries()) {
    let x = 90;
    for (const w of words) {
      items.push(word(w, x, 700 - row * 30 + slope * x, font));
      x += w.length * 9 + 12;
    }
  }
  return { n: 1, width: 1240, height: 1754, items };
}

describe('PDFs as a policy officer has them (userreview18)', function () {
  this.timeout(120_000);

  describe('a slightly turned scan (finding 4)', () => {
    it("reads the page's slope from neighbouring words and levels the page by it", () => {
      const page = turnedPage(-0.014);
      assert.ok(Math.abs(pageSlope(page) + 0.014) < 1e-9);
      const level = levelPage(page);
      const ys = new Set(level.items.map((i) => Math.round(i.y)));
      assert.deepEqual([...ys].sort(), [670, 700]);
    });

    it('leaves a level page, and one set in real fonts, as they are', () => {
      const flat = turnedPage(0);
      assert.equal(pageSlope(flat), 0);
      assert.equal(levelPage(flat), flat);
      assert.equal(joinOcrWords(turnedPage(0, 'Times-Roman')).items.length, 18);
    });

    it("joins an OCR layer's words a word space apart on one baseline into runs", () => {
      const runs = joinOcrWords(turnedPage(0)).items;
      assert.deepEqual(
        runs.map((r) => r.str),
        ['one two three four five six seven eight nine ten', 'alpha beta gamma delta epsilon zeta eta theta'],
      );
    });

    it("reads tesseract's layer of a page turned 0.8° line by line, as printed", async () => {
      const all = texts(await read('hrw-letter-haiti-scan.pdf')).join(' ');
      assert.match(all, /We urge the Security Council to ensure that the Multinational Security Support mission deploys with robust human rights safeguards, including screening of personnel and a mechanism for complaints\./);
      assert.match(all, /where armed gangs killed more than 4,000 people in 2023\. Gang violence has displaced over 360,000 people, and sexual violence is used to terrorise communities in Port-au-Prince\./);
      assert.doesNotMatch(all, /ensure and sexual violence/);
    });
  });

  describe('UN numbered paragraphs (finding 5)', () => {
    let r: ProcessedFile;
    before(async () => {
      r = await read('S-2024-385.pdf');
    });

    it('keeps a continuation line at the number\'s margin opening with a capital in its paragraph', () => {
      const para3 = texts(r).find((t) => t.startsWith('Conflict continued'));
      assert.ok(para3?.includes('Myanmar and the Democratic Republic of the Congo. The use of explosive weapons'), para3);
      assert.ok(!texts(r).some((t) => t.startsWith('Republic of the Congo')));
    });

    it('cites each numbered paragraph by its printed number', () => {
      const numbered = (r.passages ?? []).filter((p) => p.para);
      assert.deepEqual(numbered.map((p) => p.para), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
      const third = numbered[2];
      // the page stays beside the paragraph in a note; the CSL locator is the paragraph alone
      assert.match(locatorLabel(third), /^(?:PDF )?p\. \d+, para\. 3$/);
      assert.deepEqual(locatorOf(third), { label: 'paragraph', locator: '3' });
      // the masthead's lines above paragraph 1 are cited by their page
      const masthead = (r.passages ?? []).find((p) => p.text === 'Original: English');
      assert.ok(masthead && !masthead.para && locatorLabel(masthead).endsWith('p. 1'));
    });
  });

  describe('bullets drawn, not typed (finding 6)', () => {
    it('keeps an indented quotation with ragged lines one quotation, not items (eval: widegap-endnotes)', async () => {
      const file = 'bowden-metcalfe-hough-2020-age-of-caution.widegap-endnotes.pdf';
      const r = await processFile(join(FIXTURES, 'pdf-typeset', file), file, [], { maxPages: 20 });
      const quote = (r.passages ?? []).filter((p) => p.text.includes('trying to get the humanitarian and development actors'));
      assert.equal(quote.length, 1);
      assert.ok(quote[0].text.includes('(HPG interviews, 2020)'), quote[0].text);
    });

    it('makes each drawn bullet of the Key recommendations box a recommendation of its own, with its own actor', async () => {
      const r = await read('civwatch-2024-sudan-el-fasher-briefing.pdf');
      const recs = (r.passages ?? []).filter((p) => p.kind === 'recommendation');
      assert.deepEqual(
        recs.map((p) => p.text.split(' ').slice(0, 2).join(' ')),
        ['The UN', 'Member States', 'OCHA should', 'Donors should'],
      );
      assert.ok(recs[0].actors?.includes('un-security-council'));
      assert.ok(!recs[1].actors?.includes('un-security-council'));
      assert.ok(recs[2].actors?.includes('ocha'));
      assert.ok(recs[3].actors?.includes('donors'));
    });

    it("reads the sitrep's drawn bullets as items, one line or several, and its paragraphs as paragraphs", async () => {
      const t = texts(await read('ocha-2024-sudan-sitrep-12.pdf'));
      for (const item of [
        'On 10 July 2024, heavy fighting in Sennar displaced an estimated 136,000 people to Gedaref and Blue Nile states.',
        'Cholera cases reported in Kassala since 1 July 2024; 210 suspected cases and 8 deaths.',
        'WFP reached 1.2 million people with food assistance in June 2024.',
        'Famine conditions were confirmed in Zamzam camp near El Fasher on 1 August 2024.',
        'Protection partners call on all parties to allow civilians safe passage.',
      ])
        assert.ok(t.includes(item), item);
      assert.ok(t.some((x) => x.startsWith('Hostilities between') && x.endsWith('10.7 million people have been internally displaced.')));
    });

    it('keeps an indented poem and address block whole: their short lines are no drawn bullets (review18 c, 1)', async () => {
      const r = await read('review18c-indented-lines.pdf');
      const t = texts(r);
      assert.ok(t.includes('Where the river bends we built our homes, and where it floods we left them, carrying what the water spared, walking toward the border.'));
      assert.ok(t.some((x) => x.startsWith('Office of the Resident Coordinator 12 Independence Avenue')));
      assert.equal((r.blocks ?? []).filter((b) => b.type === 'list-item').length, 0);
    });
  });
});
