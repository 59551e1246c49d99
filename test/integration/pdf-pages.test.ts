import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { processFile } from '../../indexer/process-file.js';
import type { ProcessedFile } from '../../indexer/process-file.js';
import { locatorLabel, spanLocation } from '../../core/csl.js';

// pdfLaTeX files whose printed page numbers are not 1..n (test/fixtures/pdf-pages/README.md):
// each file's truth was written by LaTeX as it printed each folio, and the physical page of each
// paragraph's "Observation S-K" sentence by pdftotext, never from this product's output.
const dir = join(process.cwd(), 'test/fixtures/pdf-pages');
interface Truth { file: string; pages: number; cite_as: (string | null)[]; pdf_page_labels: string[] | null; observations: Record<string, number> }
const truths = readdirSync(dir).filter((n) => n.endsWith('.truth.json')).sort().map((n) => JSON.parse(readFileSync(join(dir, n), 'utf8')) as Truth);

describe('PDFs whose printed page numbers are not 1..n: the page a citation gives is the printed one', function () {
  this.timeout(300_000);
  const read = new Map<string, ProcessedFile>();
  before(async () => {
    for (const t of truths) read.set(t.file, await processFile(join(dir, t.file), t.file, [], { maxPages: 2000, timeoutMs: 120_000 }));
  });

  it('has the fixtures', () => assert.ok(truths.length >= 12, `${truths.length} truth files`));

  for (const t of truths) {
    it(`${t.file}: each page's label is the number printed on it (or the one the pagination gives it)`, () => {
      assert.deepEqual(read.get(t.file)!.document!.pageLabels, t.cite_as);
    });

    it(`${t.file}: each paragraph's observation is cited on the page it is printed on`, () => {
      const passages = read.get(t.file)!.passages!;
      const wrong: string[] = [];
      for (const [mark, physical] of Object.entries(t.observations)) {
        const words = `Observation ${mark} `;
        const p = passages.find((q) => q.text.includes(words));
        if (!p) {
          wrong.push(`${mark}: no passage`);
          continue;
        }
        const start = p.text.indexOf(words);
        const at = spanLocation(p, { start, end: start + 'Observation'.length });
        const want = t.cite_as[physical - 1];
        const says = locatorLabel(at);
        if (says !== (want === null ? `PDF p. ${physical}` : `p. ${want}`)) wrong.push(`${mark}: ${says}, printed ${want ?? 'none'} (PDF page ${physical})`);
      }
      assert.deepEqual(wrong, []);
    });
  }

  it('cites a passage running over a page turn with both printed pages (journal-245)', () => {
    const t = truths.find((x) => x.file === 'journal-245.pdf')!;
    const turned = read.get(t.file)!.passages!.filter((p) => p.pageEnd);
    assert.ok(turned.length >= 10, `${turned.length} passages run over a page`);
    for (const p of turned) {
      const first = Number(p.page);
      assert.equal(Number(p.pageEnd), first + 1, `${p.page}–${p.pageEnd}`);
      assert.ok(first >= 245 && first < 270);
      assert.match(locatorLabel(p), /^pp\. \d+–\d+$/);
    }
  });

  it('gives a catalogued article with no pages the pages its folios print (BibTeX pages, RIS SP/EP, CSL page)', async () => {
    const entry = { item: { id: 'journal-245', type: 'article-journal', title: 'Access negotiations in protracted crises', 'container-title': 'Journal of Humanitarian Practice', volume: '12', issue: '3' }, source: 'catalog.json' as const, files: [] };
    const r = await processFile(join(dir, 'journal-245.pdf'), 'journal-245.pdf', [entry], { maxPages: 2000, timeoutMs: 120_000 });
    assert.equal(r.document!.csl.page, '245-270');
    const report = await processFile(join(dir, 'report-roman.pdf'), 'report-roman.pdf', [{ ...entry, item: { id: 'report-roman', type: 'report', title: 'A report' } }], { maxPages: 2000, timeoutMs: 120_000 });
    assert.equal(report.document!.csl.page, undefined, 'a report is not part of a larger work');
  });
});
