import assert from 'node:assert/strict';
import { corpusApp } from '../helpers/server.js';
import type { Snapshot } from '../../server/index-store.js';
import { NO_ALIASES } from '../../core/build/aliases.js';
import { HttpError } from '../../server/http/errors.js';
import { searchRequest } from '../../server/http/params.js';
import { runSearch } from '../../server/search/service.js';

// A search shared months ago (`?q=…&doc=ID`) names a document by the id it had then. After a
// rebuild saw its file renamed, the document's page answers 301 to the new id, but the search
// answered 400 "unknown doc" (user37): it follows the rename now, and a document whose file was
// removed is named as removed, with a link to the same search without it.

const GILDER = 'gilder-2024-peace-operations-human-security';

describe('a shared search naming a document by an earlier build’s id', function () {
  this.timeout(120_000);
  let snap: Snapshot;
  before(async () => {
    const live = (await corpusApp()).store.snapshot;
    const aliases = { ...NO_ALIASES, documents: { 'gilder-peace-ops-draft': GILDER }, removed: { deadbeefdeadbeef: 'yousef-2011-advocacy' }, removedTitles: { 'yousef-2011-advocacy': 'Towards effective advocacy' } };
    snap = Object.assign(Object.create(live) as Snapshot, { aliases });
  });

  it('searches the renamed document under its new id, and says so', () => {
    const r = searchRequest({ q: 'protection', doc: 'gilder-peace-ops-draft' }, snap);
    assert.deepEqual(r.filters.doc, { include: [GILDER], exclude: [] });
    assert.match((r.warnings ?? []).join(' '), /"gilder-peace-ops-draft" was renamed "gilder-2024-peace-operations-human-security"/);
    const result = runSearch(snap, r);
    assert.ok(result.total > 0);
    assert.ok(result.hits.every((h) => h.passage.doc === GILDER));
    // left out by the old id too
    const without = searchRequest({ q: 'protection', doc: '-gilder-peace-ops-draft' }, snap);
    assert.deepEqual(without.filters.doc, { include: [], exclude: [GILDER] });
  });

  it('names a removed document and links to the same search without it', () => {
    let thrown: unknown;
    try {
      searchRequest({ q: 'advocacy', doc: ['yousef-2011-advocacy', GILDER], year: '2024', page: '2' }, snap);
    } catch (e) {
      thrown = e;
    }
    assert.ok(thrown instanceof HttpError);
    assert.equal(thrown.status, 400);
    assert.match(thrown.message, /“Towards effective advocacy”\) was removed from the library by a rebuild/);
    assert.deepEqual(thrown.link, { href: `?q=advocacy&doc=${GILDER}&year=2024`, text: 'The same search without it' });
  });

  it('an id no build ever had is still "unknown doc"', () => {
    assert.throws(() => searchRequest({ q: 'x', doc: 'never-was' }, snap), /unknown doc "never-was"/);
  });
});
