import assert from 'node:assert/strict';
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import request from 'supertest';
import { runIndex } from '../../indexer/run.js';
import { IndexStore } from '../../server/index-store.js';
import { createApp } from '../../server/app.js';
import { tempDir } from '../helpers/tmp.js';

// A document cited by many (library19): the reading view named every citing document before its
// first passage, and the citation explorer every one under the work (1,000 at 486 kB). Fifteen
// notes cite the bundled Bowden & Metcalfe-Hough report, in the text and in a reference list.

const CITING = 15;
const BOWDEN = 'bowden-metcalfe-hough-2020-age-of-caution';

function note(i: number): string {
  return [
    `Field note ${i} on protection advocacy`,
    '',
    `Agencies in region ${i} weighed public statements against access, as others have observed (Bowden and Metcalfe-Hough, 2020). The teams kept their concerns private.`,
    '',
    `Quiet diplomacy in region ${i} was preferred to public criticism of the authorities, which the staff interviewed described as a trade-off.`,
    '',
    'References',
    '',
    'Bowden, M. and Metcalfe-Hough, V. (2020) ‘Humanitarian diplomacy and protection advocacy in an age of caution’. HPG briefing note. London: ODI.',
    '',
  ].join('\n');
}

describe('a document cited by many documents', function () {
  this.timeout(180_000);
  let app: ReturnType<typeof createApp>;
  before(async () => {
    const corpusDir = await tempDir('much-cited-corpus-');
    await copyFile(join(process.cwd(), 'corpus', `${BOWDEN}.txt`), join(corpusDir, `${BOWDEN}.txt`));
    const catalog = JSON.parse(await readFile(join(process.cwd(), 'corpus', 'catalog.json'), 'utf8')) as { id: string }[];
    const notes = Array.from({ length: CITING }, (_, i) => ({ id: `note-${String(i).padStart(2, '0')}`, type: 'report', title: `Field note ${i} on protection advocacy`, author: [{ family: `Writer${i}`, given: 'A.' }], issued: { 'date-parts': [[2022]] } }));
    await writeFile(join(corpusDir, 'catalog.json'), JSON.stringify([...catalog.filter((c) => c.id === BOWDEN), ...notes]));
    for (const [i, n] of notes.entries()) await writeFile(join(corpusDir, `${n.id}.txt`), note(i));
    const indexDir = await tempDir('much-cited-index-');
    await runIndex({ corpusDir, indexDir, maxPages: 2000, timeoutMs: 60_000, useCache: true });
    const store = new IndexStore(indexDir);
    await store.refresh();
    app = createApp(store, { capacity: { perClientPerMinute: 0 } });
  });

  it('names a dozen citing documents in the reading view and links the explorer for the rest', async () => {
    const doc = await request(app).get(`/api/documents/${BOWDEN}`).expect(200);
    assert.equal(doc.body.citedBy.length, CITING);
    const page = await request(app).get(`/documents/${BOWDEN}`).expect(200);
    const cited = /Cited by: ([\s\S]*?)\.<\/p>/.exec(page.text)?.[1] ?? '';
    assert.equal((cited.match(/<a href="\/documents\//g) ?? []).length, 12);
    assert.match(cited, new RegExp(`and <a class="cited-by-more" href="/citations\\?work=doc%3A${BOWDEN}">${CITING - 12} other documents</a>`));
  });

  it('names a dozen under the work in the explorer, the rest counted and found by the search', async () => {
    const page = await request(app).get('/citations').expect(200);
    const work = page.text.slice(page.text.indexOf('<li class="work">'), page.text.indexOf('</li>', page.text.indexOf('<ul class="citing">')));
    assert.match(work, /in the corpus/);
    const citedBy = /Cited by ([\s\S]*?)<\/p>/.exec(work)?.[1] ?? '';
    assert.equal((citedBy.match(/<a href="\/documents\//g) ?? []).length, 12);
    const more = new RegExp(`and <a href="(/\\?cites=doc%3A${BOWDEN})">${CITING - 12} other documents</a>`).exec(citedBy);
    assert.ok(more, citedBy);
    const search = await request(app).get('/api/search').query({ cites: `doc:${BOWDEN}`, perDoc: '0', size: '100' }).expect(200);
    assert.equal(new Set((search.body.hits as { passage: { doc: string } }[]).map((h) => h.passage.doc)).size, CITING);
    // the work's own page: every citing passage here (fewer than a hundred), their sentences marked
    const one = await request(app).get('/citations').query({ work: `doc:${BOWDEN}` }).expect(200);
    assert.equal((one.text.match(/<mark>Bowden and Metcalfe-Hough, 2020<\/mark>/g) ?? []).length, CITING);
    assert.doesNotMatch(one.text, /citing-more/);
  });
});
