import assert from 'node:assert/strict';
import { join } from 'node:path';
import { processFile, type ProcessedFile } from '../../indexer/process-file.js';
import { FIXTURES } from '../helpers/tmp.js';

// pdf19: text lost or misplaced in reading PDFs (test/fixtures/pdf-reading19/README.md).

const read = (dir: string, file: string): Promise<ProcessedFile> => processFile(join(FIXTURES, dir, file), file, [], { maxPages: 20 });
const texts = (r: ProcessedFile) => (r.passages ?? []).map((p) => p.text);
const blocks = (r: ProcessedFile) => (r.blocks ?? []).map((b) => `${b.type}: ${b.text}`);

const ACCESS = 'Humanitarian organisations reported that access to the affected districts remained constrained throughout the period, with convoys delayed at checkpoints and staff movements restricted by insecurity and bureaucratic impediments.';
const PASSAGE = 'Partners called on all parties to facilitate rapid and unimpeded passage of relief consignments, and to protect civilians and civilian infrastructure, including health facilities and water points.';

describe('pdf19: reading PDFs without losing or misplacing text', function () {
  this.timeout(120_000);

  describe('paragraphs marked by a first-line indent', () => {
    it('keeps the first paragraph whole: its indented first line is no centred title-page line (review18 c, 4)', async () => {
      const r = await read('pdf-reading19', 'indent-justified.pdf');
      assert.ok(texts(r).includes(ACCESS), texts(r).join('\n'));
      const front = (r.furniture ?? []).filter((f) => f.kind === 'front-matter').map((f) => f.text);
      // the title and the centred byline under it are still the title block
      assert.deepEqual(front, ['Access constraints in the eastern districts', 'Protection Monitoring Unit, March 2024']);
      assert.equal(r.document?.csl.title, 'Access constraints in the eastern districts');
    });

    it('reads one-line paragraphs at the paragraph indent as paragraphs, not one block quote', async () => {
      const r = await read('pdf-reading19', 'indent-justified.pdf');
      const b = blocks(r);
      for (const one of ['Convoys resumed.', 'Stocks ran out.', 'Two clinics closed.']) assert.ok(b.includes(`paragraph: ${one}`), b.join('\n'));
      assert.ok(b.includes(`paragraph: ${PASSAGE}`));
      assert.equal((r.blocks ?? []).filter((x) => x.type === 'quote' || x.type === 'list-item').length, 0);
    });

    it('reads a ragged-right text with no title the same way', async () => {
      const r = await read('pdf-reading19', 'indent-ragged.pdf');
      assert.ok(blocks(r).includes('paragraph: Convoys resumed.'), blocks(r).join('\n'));
      assert.equal((r.blocks ?? []).filter((x) => x.type === 'paragraph').length, 4);
    });
  });

  describe('lines broken by hand in a block set in on the left', () => {
    it('reads a table row cut by wide gaps as no drawn bullet, and the text after the table as a paragraph of its own', async () => {
      const r = await read('pdf-reading19', 'indented-lines.pdf');
      const b = blocks(r);
      assert.ok(b.includes('paragraph: Kadugli Closed. Dilling Open. Abu Jubayhah Open at night only.'), b.join('\n'));
      assert.ok(b.some((x) => x.startsWith('paragraph: Funding received by the end of the quarter')));
      assert.ok(b.some((x) => x.startsWith('paragraph: Yours sincerely, Amina Yusuf')));
    });
  });

  describe('review19 a: what the two-column rules must leave alone', () => {
    it('reads a form of two wide cells a row on a one-column page row by row, though the document has two columns', async () => {
      const r = await read('pdf-review19a', 'form-page.pdf');
      assert.ok(texts(r).join('\n').includes('Name of the organisation: ____________ Date of the request: ____________ Contact person in the field'), blocks(r).join('\n'));
    });

    it('keeps a source line at a column foot as text, not the rest of a note ending in a web address', async () => {
      const r = await read('pdf-review19a', 'note-foot.pdf');
      const note = (r.blocks ?? []).find((x) => x.type === 'footnote');
      assert.equal(note?.text, 'OCHA, Sudan access snapshot, available at https://reliefweb.int/report/sudan/access-snapshot');
      assert.ok(blocks(r).includes('paragraph: Source: Protection Monitoring Unit field reports and partner surveys'), blocks(r).join('\n'));
    });
  });

  describe('two columns (pdf-unseen6 colhyphens)', () => {
    it('reads a last page whose right column is short column by column, and a note broken at one column foot on at the next', async () => {
      const file = 'gilder-2024-peace-operations-human-security.latex-colhyphens-2col-a4.pdf';
      const r = await read('pdf-unseen6', file);
      const t = texts(r).join('\n');
      assert.ok(t.includes('human security has evolved alongside the UN’s promotion of global governance. Then the article then discusses the rising influence of human security on peacekeeping and discusses how the UN can be more people-centred'), 'column woven');
      assert.ok(!t.includes('S/RES/2177.rity'), 'note glued into the text');
      const note = (r.blocks ?? []).find((x) => x.type === 'footnote' && x.n === '32');
      assert.equal(note?.text, 'UN Security Council, Resolution 2177 (18 September 2014) UN Doc S/RES/2177.');
      assert.ok(blocks(r).some((x) => x.startsWith('paragraph: Then the special issue’s authors delve into security practices')));
    });

    it('reads a heading cut at a column foot in a word as one heading with the rest at the next column top', async () => {
      const r = await read('pdf-unseen6', 'metcalfe-hough-2021-collaborative-advocacy.latex-colhyphens-2col-a4.pdf');
      const headings = (r.blocks ?? []).filter((x) => x.type === 'heading').map((x) => x.text);
      assert.ok(headings.includes('4.9 Politics and the limits of protection advocacy'), headings.join('\n'));
      assert.ok(headings.includes('5.2 Garnering system-wide momentum for shifts in practice'));
      assert.ok(!headings.includes('tion advocacy'));
    });
  });
});
