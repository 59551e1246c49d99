import assert from 'node:assert/strict';
import { join } from 'node:path';
import { processFile, type ProcessedFile } from '../../indexer/process-file.js';
import { FIXTURES } from '../helpers/tmp.js';

// userreview21b: a fact-checker's quotes, each looked for verbatim on its page of the PDF
// (findings in docs/measurements.md, "Quotes checked against the page").

const read = (path: string): Promise<ProcessedFile> => processFile(join(FIXTURES, path), path.split('/').pop()!, [], { maxPages: 20 });
const texts = (r: ProcessedFile) => (r.passages ?? []).map((p) => p.text);

describe('quotes as the page prints them (userreview21b)', function () {
  this.timeout(120_000);

  it('reads a run of raised note marks ("11121314") as notes, not a number in the quote (finding 1)', async () => {
    for (const path of ['pdf-unseen/gilder-2024-peace-operations-human-security.css2col-a4-serif.pdf', 'pdf-unseen6/gilder-2024-peace-operations-human-security.latex-colhyphens-2col-a4.pdf']) {
      const r = await read(path);
      const all = texts(r).join('\n');
      assert.ok(!/\b(11121314|171819|24252627|2830|3132|1234)\b/.test(all), path);
      assert.match(all, /Report two years later\. The Commission defined human security as:/, path);
      assert.match(all, /implement solutions to security threats\./, path);
      const p = (r.passages ?? []).find((x) => x.text.includes('two years later'))!;
      assert.deepEqual(p.notes?.map((n) => n.n), ['11', '12', '13', '14'], path);
    }
  });

  it('joins an acronym the document writes whole ("UN- HCR" → "UNHCR") (finding 2)', async () => {
    const r = await read('pdf-unseen2/metcalfe-hough-2021-collaborative-advocacy.latex-report-1col-letter.pdf');
    const all = texts(r).join('\n');
    assert.ok(!all.includes('UN-HCR'));
    assert.match(all, /the UN Refugee Agency \(UNHCR\) as the cluster lead/);
  });

  it('keeps a masthead line standing over the next column out of that column’s first paragraph (finding 6)', async () => {
    const r = await read('pdf-typeset/gilder-2024-peace-operations-human-security.journal2col.pdf');
    const all = texts(r).join('\n');
    assert.ok(!all.includes('brill.com/joup'));
    assert.match(all, /\(2\) the United Nations Organization Stabilization Mission in the Democratic Republic of the Congo/);
  });
});
