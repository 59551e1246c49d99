import assert from 'node:assert/strict';
import { join } from 'node:path';
import { processFile } from '../../indexer/process-file.js';
import type { ProcessedFile } from '../../indexer/process-file.js';
import { buildCitationGraph } from '../../indexer/references/graph.js';
import type { DocumentRecord, Passage } from '../../core/types.js';

// A pdfLaTeX report (fancyhdr head and folio on A4) whose fifth page, printed 2, has no text
// (a scan): test/fixtures/pdf-latex/README.md says how it was made.
describe('a pdfLaTeX report with a page of no text', function () {
  this.timeout(120_000);
  let r: ProcessedFile;
  before(async () => {
    r = await processFile(join(process.cwd(), 'test/fixtures/pdf-latex/report-page-5-lost.pdf'), 'report-page-5-lost.pdf', [], { maxPages: 2000, timeoutMs: 120_000 });
  });

  it('keeps the printed page numbers, the lost page numbered from its neighbours', () => {
    assert.deepEqual(r.document?.pageLabels, [null, 'i', 'ii', '1', '2', '3']);
    const intro = r.passages!.find((p) => p.text.startsWith('Displacement in the central Sahel'));
    assert.equal(intro?.page, '1');
    assert.ok(!intro?.pageIsPhysical);
    assert.ok(r.passages!.every((p) => !p.pageIsPhysical), 'no passage is on an unnumbered page');
  });

  it('says which page has no text', () => {
    assert.equal(r.report.note, 'page 5 has no text (a figure or a scan?)');
  });

  it('keeps the running head and the folio out of the passages', () => {
    assert.ok(!r.passages!.some((p) => /Cash transfers in protracted displacement/.test(p.text)), r.passages!.map((p) => p.text.slice(0, 50)).join(' | '));
    assert.ok(!r.passages!.some((p) => /^(i|ii|\d) \p{Ll}/u.test(p.text)));
  });

  it('joins no paragraph across the lost page', () => {
    const before = r.passages!.find((p) => p.text.startsWith('The withdrawal of financial service providers'));
    assert.match(before?.text ?? '', /Some returned$/);
    assert.ok(!before?.pageEnd);
  });
});

// Three pdfLaTeX articles citing each other, their References typed as paragraphs (a first-line
// indent, continuations at the margin): test/fixtures/pdf-latex/README.md.
describe('pdfLaTeX articles whose reference lists are set as paragraphs', function () {
  this.timeout(180_000);
  const files = ['refs-alpha-2019', 'refs-beta-2021', 'refs-gamma-2023'];
  const documents = new Map<string, DocumentRecord>();
  const passages: Passage[] = [];
  before(async () => {
    for (const f of files) {
      const r = await processFile(join(process.cwd(), `test/fixtures/pdf-latex/${f}.pdf`), `${f}.pdf`, [], { maxPages: 2000, timeoutMs: 120_000 });
      documents.set(r.document!.id, r.document!);
      passages.push(...r.passages!);
    }
    buildCitationGraph(documents, passages);
  });

  it('reads one passage per entry, its title read, and one per indented body paragraph', () => {
    const refs = passages.filter((p) => p.doc === 'refs-gamma-2023' && p.blockType === 'reference');
    assert.deepEqual(refs.map((p) => p.text.slice(0, 12)), ['Lovelace, A.', 'Russell, B. ', 'Metcalfe-Hou'], refs.map((p) => p.text).join(' | '));
    assert.ok(!refs.some((p) => /\w- \w/.test(p.text)), 'no line-end hyphen left');
    const titles = documents.get('refs-gamma-2023')!.references!.map((r) => r.title);
    assert.deepEqual(titles, ['Negotiating humanitarian access in conflict settings', 'Protection advocacy after the access crisis', 'Collaborative advocacy between humanitarian and human rights actors: opportunities and challenges']);
    const body = passages.filter((p) => p.doc === 'refs-alpha-2019' && p.blockType === 'paragraph');
    assert.deepEqual(body.map((p) => p.text.slice(0, 20)), ['Humanitarian access ', 'The protection clust', 'Access is negotiated']);
  });

  it('links the documents that cite each other: alpha ← beta, alpha ← gamma, beta ← gamma', () => {
    assert.deepEqual(documents.get('refs-alpha-2019')!.citedBy, ['refs-beta-2021', 'refs-gamma-2023']);
    assert.deepEqual(documents.get('refs-beta-2021')!.cites, ['refs-alpha-2019']);
    assert.deepEqual(documents.get('refs-gamma-2023')!.cites, ['refs-alpha-2019', 'refs-beta-2021']);
    const said = passages.find((p) => p.doc === 'refs-gamma-2023' && p.text.startsWith('As Lovelace (2019)'));
    assert.deepEqual(said?.cites, ['doc:refs-alpha-2019', 'doc:refs-beta-2021']);
  });
});
