import assert from 'node:assert/strict';
import { join } from 'node:path';
import { processFile } from '../../indexer/process-file.js';
import { FIXTURES } from '../helpers/tmp.js';

// review30: pdf29's reading rules on a page they were not made for (test/fixtures/pdf-review30/README.md).

describe('review30: pdf29 reading rules on pages they were not made for', function () {
  this.timeout(120_000);

  it('reads the title at the top of page 1 that the running foot repeats beside its folio as the title', async () => {
    const r = await processFile(join(FIXTURES, 'pdf-review30', 'title-foot.pdf'), 'title-foot.pdf', [], { maxPages: 20 });
    assert.equal(r.document?.csl.title, 'Humanitarian advocacy in an age of caution');
    assert.ok(!(r.blocks ?? []).some((b) => b.text === 'Ann Author and Ben Writer, 2020'), JSON.stringify((r.blocks ?? []).slice(0, 2)));
  });

  it('leaves a float page’s small caption out of the note the page before ends without a full stop', async () => {
    const r = await processFile(join(FIXTURES, 'pdf-review30', 'caption-page.pdf'), 'caption-page.pdf', [], { maxPages: 20 });
    const notes = (r.blocks ?? []).filter((b) => b.type === 'footnote');
    assert.equal(notes.length, 1);
    assert.match(notes[0].text, /north during the period$/, notes[0].text);
    assert.ok((r.blocks ?? []).some((b) => b.type !== 'footnote' && b.text.includes('Returns of refugees')));
  });
});
