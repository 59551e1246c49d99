import assert from 'node:assert/strict';
import { HELP_FIRST_PAGES, PageLending, RUN_PAGES } from '../../indexer/page-lending.js';

describe('page lending between pool workers (indexer/page-lending.ts)', () => {
  it('hands a reader its pages a run at a time, then null with the runs lent', () => {
    const lending = new PageLending();
    assert.deepEqual(lending.claim(3, RUN_PAGES + 2), { run: { from: 1, to: RUN_PAGES }, lent: 0 });
    assert.deepEqual(lending.lend(1), { index: 3, run: { from: RUN_PAGES + 1, to: RUN_PAGES + 2 } });
    assert.deepEqual(lending.claim(3, RUN_PAGES + 2), { run: null, lent: 1 });
    assert.equal(lending.lend(1), undefined);
  });

  it('lends from the file with most pages left, and only a long one before new files', () => {
    const lending = new PageLending();
    lending.claim(0, HELP_FIRST_PAGES);
    lending.claim(1, 3 * HELP_FIRST_PAGES);
    assert.equal(lending.lend(HELP_FIRST_PAGES)?.index, 1);
    lending.claim(1, 3 * HELP_FIRST_PAGES);
    lending.forget(1);
    // file 0 has HELP_FIRST_PAGES - RUN_PAGES pages unclaimed: worth help only when nothing else waits
    assert.equal(lending.lend(HELP_FIRST_PAGES), undefined);
    assert.deepEqual(lending.lend(1), { index: 0, run: { from: RUN_PAGES + 1, to: 2 * RUN_PAGES } });
  });
});
