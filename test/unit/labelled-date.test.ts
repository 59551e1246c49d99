import assert from 'node:assert/strict';
import { join } from 'node:path';
import { nameDisplay } from '../../core/csl.js';
import { processFile } from '../../indexer/process-file.js';
import { labelledDate } from '../../indexer/metadata/date-alone.js';

// meta45: amsart prints `\date` as "Date: June 2023." at the first page's foot, under the text;
// no date rule read it and the year fell to the PDF's CreationDate (2026). It now dates the work
// where nothing before it on the first page does, and is front matter, not a passage.

describe('a "Date:" line on the first page (meta45)', () => {
  it('labels a date with its month, with or without a day or a closing stop', () => {
    assert.equal(labelledDate('Date: June 2023.'), 'June 2023');
    assert.equal(labelledDate('Date: 12 March 2021'), '12 March 2021');
    assert.equal(labelledDate('Date: December 7, 2026.'), 'December 7, 2026');
  });

  it('labels no date where the line says something else', () => {
    for (const line of ['Date: see below', 'Date: 2023', 'Date: to be confirmed.', 'Due date: June 2023.', 'Date: June 2023, revised after the review of the pilots.', 'The date: June 2023 saw the first transfers.']) {
      assert.equal(labelledDate(line), null, line);
    }
  });

  it('dates amsart\'s paper by its "Date:" line, reads its capitals byline, and keeps the date line out of the passages', async function () {
    this.timeout(60_000);
    const file = 'haddad-ferreira-2023-climate-displacement.amsart.pdf';
    const r = await processFile(join('test/fixtures/pdf-unseen13', file), file, [], { maxPages: 4, timeoutMs: 60_000 });
    const csl = r.document?.csl;
    assert.deepEqual(csl?.issued?.['date-parts'], [[2023, 6]]);
    assert.deepEqual((csl?.author ?? []).map(nameDisplay), ['Rania Haddad', 'Tomás Ferreira']);
    assert.ok(!r.passages?.some((p) => p.text.startsWith('Date:')));
  });
});
