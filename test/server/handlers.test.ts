import assert from 'node:assert/strict';
import { corpusApp } from '../helpers/server.js';
import type { Snapshot } from '../../server/index-store.js';
import { documentDetail, passageDetail, searchJson } from '../../server/records.js';
import { rssFeed } from '../../server/feed.js';
import { workTitle } from '../../server/cited-works.js';
import { citationExplorer } from '../../server/citation-explorer.js';
import { dropFilterLinks } from '../../server/suggestions.js';
import { exportSelection } from '../../server/export/selection.js';
import { linkQuery, searchRequest } from '../../server/http/params.js';
import { MAX_SUGGESTIONS_TRIED, runSearch } from '../../server/search/service.js';
import { Budget } from '../../server/search/budget.js';
import { assertMatchesSpec } from '../helpers/openapi.js';

// The routes' logic as plain functions of a snapshot: no HTTP.

describe('route logic without HTTP', function () {
  this.timeout(60_000);
  let snap: Snapshot;
  before(async () => {
    snap = (await corpusApp()).store.snapshot;
  });

  it('search request → JSON record in the documented shape', () => {
    const r = searchRequest({ q: 'protection advocacy', kind: 'recommendation' }, snap);
    const body = searchJson(snap, r, runSearch(snap, r));
    assertMatchesSpec('/api/search', 200, body);
    assert.ok(body.hits.every((h) => h.passage.kind === 'recommendation'));
  });

  it('answers partial results with a warning once the time budget is spent', () => {
    const r = searchRequest({ q: 'humanitarian diplomacy IHL' }, snap);
    let t = 0;
    const result = runSearch(snap, { ...r, budget: new Budget(1, () => t++) });
    assert.equal(result.query.partial, true);
    assert.match(result.query.warnings.join(' '), /took too long/);
    assert.ok(result.total > 0, 'the engine’s candidates are still answered');
  });

  it('documents and passages by id, null when unknown', () => {
    const d = documentDetail(snap, 'gilder-2024-peace-operations-human-security')!;
    assertMatchesSpec('/api/documents/{id}', 200, d);
    const p = passageDetail(snap, d.passages[1].id)!;
    assert.equal(p.previous, d.passages[0].id);
    assert.equal(documentDetail(snap, 'nope'), null);
    assert.equal(passageDetail(snap, 'nope'), null);
  });

  it('the feed: escaped XML with links from the given base', () => {
    const r = searchRequest({ q: 'protection' }, snap);
    const xml = rssFeed(snap, '<b>"x"</b>', runSearch(snap, { ...r, size: 3 }), 'https://example.org', '/feed.xml?q=protection');
    assert.match(xml, /<title>Policy Passages: &lt;b&gt;&quot;x&quot;&lt;\/b&gt;<\/title>/);
    assert.equal((xml.match(/<item>/g) ?? []).length, 3);
    assert.match(xml, /<link>https:\/\/example\.org\/documents\//);
  });

  it('the citation explorer: most cited first, filtered by title or author', () => {
    const all = citationExplorer(snap, {});
    assert.ok(all.total > 10);
    for (let i = 1; i < all.works.length; i++) assert.ok(all.works[i - 1].citing.size >= all.works[i].citing.size);
    const some = citationExplorer(snap, { q: all.works[0].ref.title!.slice(0, 12) });
    assert.ok(some.total >= 1 && some.total < all.total);
    // a document's own list: only works it cites, with only its passages
    const from = [...snap.documents.values()].find((d) => d.references?.length)!;
    const its = citationExplorer(snap, { from: from.id });
    assert.ok(its.total >= 1 && its.works.every((w) => w.citing.has(from.id) && w.body.every((ord) => snap.passages.docOf(ord) === from.id) && w.passages.every(({ p }) => p.doc === from.id)));
    assert.equal(workTitle(snap, all.works[0].key), all.works[0].ref.title);
  });

  it('zero-hit suggestions: which filter to drop, at most a dozen tries, as links of the page', () => {
    const query = { q: 'protection', doc: 'gilder-2024-peace-operations-human-security', kind: 'recommendation', year: '2020' };
    const r = searchRequest(query, snap);
    const result = runSearch(snap, { ...r, budget: Budget.unlimited() });
    assert.equal(result.total, 0);
    const drops = (result.query.suggestions ?? []).filter((s) => s.drop);
    assert.ok(drops.length >= 1 && drops.length <= MAX_SUGGESTIONS_TRIED);
    assert.ok(drops.every((s) => s.total > 0 && s.q === 'protection'));
    const links = dropFilterLinks(result.query.suggestions, linkQuery(query, r), (_f, id) => id, null);
    assert.equal(links.length, drops.length);
    assert.ok(links.every((s) => s.total > 0 && s.href.startsWith('/?')));
    // a spent budget tries nothing
    assert.equal(runSearch(snap, { ...r, budget: new Budget(0) }).query.suggestions, undefined);
  });

  it('export selection: ids or a search, capped, with links from the base', () => {
    const sel = exportSelection(snap, { q: 'protection' }, 'https://example.org', {}, 5);
    assert.equal(sel.passages, 5);
    assert.equal(sel.capped, true);
    assert.ok(sel.total > 5);
    assert.match([...sel.items[0].links.values()][0], /^https:\/\/example\.org\/passages\//);
    const ids = sel.items.flatMap((i) => i.passages.map((p) => p.id));
    const chosen = exportSelection(snap, { ids: ids.join(',') }, 'https://example.org');
    assert.equal(chosen.passages, 5);
    assert.equal(chosen.capped, false);
    assert.throws(() => exportSelection(snap, { ids: ',,' }, ''), /ids lists no passage/);
  });

  it('links carry the request as read, not the raw query string', () => {
    const query = { q: 'x'.repeat(2000), theme: 'protection-of-civilians', junk: 'y'.repeat(5000) };
    const r = searchRequest({ ...query, theme: [] }, snap);
    const links = linkQuery({ ...query, theme: [] }, r);
    assert.deepEqual(Object.keys(links), ['q']);
    assert.equal((links.q as string).length, 500);
  });
});
