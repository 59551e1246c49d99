import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import request from 'supertest';
import { runIndex } from '../../indexer/run.js';
import { IndexStore } from '../../server/index-store.js';
import { createApp } from '../../server/app.js';
import { MemoryPassageStore } from '../../core/passage-store.js';
import type { Passage } from '../../core/types.js';
import type { Snapshot } from '../../server/index-store.js';
import { PART_PASSAGES, WHOLE_MAX_PASSAGES, partsOf } from '../../server/reading-view.js';
import { removeAll, tempDir } from '../helpers/tmp.js';

// A long document's reading view is a part of it around the passage asked for (a 306-page PDF
// rendered whole was 4.96 MB of HTML), with links to the other parts and to the whole.

const WORDS = ['access', 'negotiation', 'ceasefire', 'displacement', 'shelter', 'famine', 'mandate', 'militia', 'convoy', 'border', 'harvest', 'clinic'];
/** a paragraph of its own words, so that each is its own passage */
const para = (i: number) => `Paragraph ${i} reports on ${WORDS[i % WORDS.length]} and ${WORDS[(i * 7 + 3) % WORDS.length]} in district number ${i}, where the team ${i % 5 === 0 ? 'negotiated humanitarian access with the local militia' : 'met community leaders'} over ${i % 9 + 2} weeks of field work in the season ${i}.`;

describe('reading view of a long document: parts', function () {
  this.timeout(180_000);
  let dir = '';
  let app: ReturnType<typeof createApp>;
  let ids: string[] = [];
  before(async () => {
    dir = await tempDir('parts-');
    const corpus = join(dir, 'corpus');
    await (await import('node:fs/promises')).mkdir(corpus);
    await writeFile(join(corpus, 'long-report.txt'), `Long field report\n\n${Array.from({ length: 700 }, (_, i) => para(i + 1)).join('\n\n')}\n`);
    await writeFile(join(corpus, 'short-note.txt'), `Short note\n\n${Array.from({ length: 20 }, (_, i) => para(i + 1000)).join('\n\n')}\n`);
    await runIndex({ corpusDir: corpus, indexDir: join(dir, 'index'), maxPages: 100, timeoutMs: 120_000, useCache: false });
    const store = new IndexStore(join(dir, 'index'));
    await store.refresh();
    app = createApp(store, { capacity: { perClientPerMinute: 0 } });
    ids = (await request(app).get('/api/documents/long-report').expect(200)).body.passages.map((p: { id: string }) => p.id);
  });
  after(() => removeAll(dir));

  const anchors = (html: string) => [...html.matchAll(/<section id="p-([0-9a-f]{16})"/g)].map((m) => m[1]);

  it('renders a part around the highlighted passage, with links to the parts beside it and to the whole', async () => {
    assert.ok(ids.length > 2 * WHOLE_MAX_PASSAGES, `${ids.length} passages`);
    const target = ids[400];
    const r = await request(app).get('/documents/long-report').query({ hl: target }).expect(200);
    const shown = anchors(r.text);
    assert.ok(shown.includes(target));
    assert.ok(shown.length <= PART_PASSAGES * 1.4 && shown.length >= PART_PASSAGES / 2, `${shown.length} passages shown`);
    assert.match(r.text, /class="[^"]*highlight/);
    const nav = /<nav class="doc-parts"[\s\S]*?<\/nav>/.exec(r.text)?.[0] ?? '';
    const prev = /rel="prev" href="([^"]+)"/.exec(nav)?.[1]?.replace(/&amp;/g, '&');
    const next = /rel="next" href="([^"]+)"/.exec(nav)?.[1]?.replace(/&amp;/g, '&');
    assert.ok(prev && next, nav.slice(0, 300));
    const before = anchors((await request(app).get(prev).expect(200)).text);
    const after = anchors((await request(app).get(next).expect(200)).text);
    // the parts tile the document: the one before ends where this one starts, the next starts after it
    assert.equal(ids.indexOf(before[before.length - 1]) + 1, ids.indexOf(shown[0]));
    assert.equal(ids.indexOf(shown[shown.length - 1]) + 1, ids.indexOf(after[0]));
    const whole = /href="([^"]+)">Whole document/.exec(nav)?.[1]?.replace(/&amp;/g, '&') ?? '';
    assert.deepEqual(anchors((await request(app).get(whole).expect(200)).text), ids);
  });

  it('opens the first part without hl, and links a passage in another part into that part', async () => {
    const r = await request(app).get('/documents/long-report').expect(200);
    assert.equal(anchors(r.text)[0], ids[0]);
    assert.doesNotMatch(r.text, /rel="prev"/);
    const far = await request(app).get('/documents/long-report').query({ part: 3 }).expect(200);
    assert.ok(anchors(far.text).includes(ids[2 * PART_PASSAGES]));
    // the part asked for wins over the highlighted passage; a number out of range is the default
    assert.ok(!anchors((await request(app).get('/documents/long-report').query({ part: 1, hl: ids[500] })).text).includes(ids[500]));
    assert.equal(anchors((await request(app).get('/documents/long-report').query({ part: 99 })).text)[0], ids[0]);
  });

  it('keeps the query and its hit links across parts', async () => {
    const r = await request(app).get('/documents/long-report').query({ q: 'militia access', hl: ids[400] }).expect(200);
    const nav = /<nav class="hit-nav"[\s\S]*?<\/nav>/.exec(r.text)?.[0] ?? '';
    assert.match(nav, /\d+ hits for “militia access”/);
    assert.match(r.text, /<mark>militia<\/mark>/);
    // the next hit may lie in the next part: its link opens the part that holds it
    const next = /rel="next" href="([^"]+)"/.exec(nav)?.[1]?.replace(/&amp;/g, '&') ?? '';
    const hit = await request(app).get(next.replace(/#.*/, '')).expect(200);
    assert.match(hit.text, /Hit \d+ of \d+/);
    assert.ok(anchors(hit.text).includes(next.slice(-16)));
    const parts = /<nav class="doc-parts"[\s\S]*?<\/nav>/.exec(r.text)?.[0] ?? '';
    assert.match(parts, /rel="next" href="[^"]*q=militia\+access/);
  });

  it("says so when the hit asked for (hl) is not in the part shown, and links into its part", async () => {
    // the reviewer's request: part=1 with a hit in a later part said "Hit 2 of 2" of a passage not on the page
    const hits = (await request(app).get('/api/search').query({ q: 'militia', doc: 'long-report', perDoc: 0, size: 100 }).expect(200)).body.hits.map((h: { passage: { id: string } }) => h.passage.id);
    const far = hits.map((id: string) => ids.indexOf(id)).filter((i: number) => i > 2 * PART_PASSAGES)[0];
    const r = await request(app).get('/documents/long-report').query({ q: 'militia', hl: ids[far], part: 1 }).expect(200);
    assert.ok(!anchors(r.text).includes(ids[far]));
    const nav = /<nav class="hit-nav"[\s\S]*?<\/nav>/.exec(r.text)?.[0] ?? '';
    assert.match(nav, /Hit \d+ of \d+ for “militia” in this document; that hit is in part [3-9] \([^)]*\), not this one: <a class="hit-elsewhere" href="([^"]+)">go to it/);
    const href = /class="hit-elsewhere" href="([^"]+)"/.exec(nav)![1].replace(/&amp;/g, '&');
    assert.ok(href.endsWith(`#p-${ids[far]}`), href);
    assert.ok(anchors((await request(app).get(href.replace(/#.*/, '')).expect(200)).text).includes(ids[far]));
    // in its own part, no such note
    assert.doesNotMatch((await request(app).get('/documents/long-report').query({ q: 'militia', hl: ids[far] })).text, /hit-elsewhere/);
  });

  it('gives no hit bar for a query that searched for nothing (every passage would be a hit)', async () => {
    for (const q of ['*', 'title:(']) {
      const r = await request(app).get('/documents/long-report').query({ q }).expect(200);
      assert.doesNotMatch(r.text, /class="hit-nav"/, q);
      assert.doesNotMatch(r.text, /<mark>/, q);
    }
    // a real query still has one
    assert.match((await request(app).get('/documents/long-report').query({ q: 'militia' })).text, /class="hit-nav"/);
  });

  it('renders a small document whole, with no parts', async () => {
    const r = await request(app).get('/documents/short-note').expect(200);
    assert.doesNotMatch(r.text, /class="doc-parts"/);
    assert.equal(anchors(r.text).length, (await request(app).get('/api/documents/short-note')).body.passages.length);
  });

  it('ends a part of a paged document with a page, not within one', () => {
    // 4 passages a page: a part of PART_PASSAGES is moved on to the end of its last page
    const passages = Array.from({ length: 700 }, (_, i) => ({ id: `p${i}`, doc: 'd', ordinal: i, block: i, text: `t${i}`, section: [], page: String(Math.floor(i / 4) + 1), physicalPage: Math.floor(i / 4) + 1, start: 0, end: 0, kind: 'finding', blockType: 'paragraph', actors: [], themes: [], places: [], evidence: [] }) as unknown as Passage);
    passages[PART_PASSAGES + 1].physicalPage = passages[PART_PASSAGES].physicalPage; // a page of 5
    const snap = { passages: new MemoryPassageStore(passages) } as unknown as Snapshot;
    const parts = partsOf(snap, 'd');
    assert.ok(parts.length > 1);
    for (const [i, part] of parts.entries()) {
      if (i) assert.equal(part.first, parts[i - 1].end);
      if (part.end < 700) assert.notEqual(passages[part.end].physicalPage, passages[part.end - 1].physicalPage, `part ${i} ends with its page`);
    }
    assert.equal(parts[parts.length - 1].end, 700);
    assert.match(parts[0].label, /^pp\. 1–\d+$/);
    // printed numbers that start again (a compilation of reports): the file's pages instead
    const restarting = passages.map((p, i) => ({ ...p, doc: 'e', page: String((i % 300) + 1) }) as Passage);
    const labels = partsOf({ passages: new MemoryPassageStore(restarting) } as unknown as Snapshot, 'e').map((x) => x.label);
    assert.ok(labels.some((l) => /^PDF pp\. \d+–\d+$/.test(l)), labels.join(' / '));
    assert.ok(labels.every((l) => !/pp\. (\d+)–(\d+)/.test(l) || Number(/–(\d+)/.exec(l)![1]) > Number(/pp\. (\d+)/.exec(l)![1])), labels.join(' / '));
  });
});
