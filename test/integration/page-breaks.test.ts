import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import request from 'supertest';
import type { EngineName } from '../../core/build/format.js';
import { runIndex } from '../../indexer/run.js';
import { processFile } from '../../indexer/process-file.js';
import { IndexStore } from '../../server/index-store.js';
import { createApp } from '../../server/app.js';
import { removeAll, tempDir } from '../helpers/tmp.js';

// A researcher quoting words from a passage that runs over a page turn cites the page the words
// are on: the build keeps where the page turns (pageBreaks) and the cite route reads the span's.

// pdftotext's output: a form feed ends each page; the sentence cut by the turn goes on in lower case
const TEXT = [
  'Page turns in a quoted passage',
  '',
  'Humanitarian negotiators told the researchers that access to the northern districts was granted only after',
  '\fweeks of talks with the armed group controlling the checkpoints. Donors funded the convoys that followed.',
  '',
  'A closing paragraph on the second page.',
  '\f',
].join('\n');

describe('a quotation from a passage running over a page turn', function () {
  this.timeout(300_000);
  const dirs: string[] = [];
  after(() => removeAll(...dirs));

  for (const engine of ['lunr', 'fts5'] as const satisfies EngineName[]) {
    it(`is cited by the page its words are on, through the API (${engine})`, async () => {
      const corpus = await tempDir();
      const out = await tempDir();
      dirs.push(corpus, out);
      await writeFile(join(corpus, 'turns-2024-note.txt'), TEXT);
      await runIndex({ corpusDir: corpus, indexDir: out, maxPages: 2000, timeoutMs: 60_000, useCache: false, engine, workers: 1 });
      const store = new IndexStore(out);
      await store.refresh();
      const doc = [...store.snapshot.documents.keys()][0];
      const p = store.snapshot.passages.ofDocument(doc).find((x) => x.text.startsWith('Humanitarian negotiators'))!;
      assert.deepEqual([p.page, p.pageEnd], ['1', '2']);
      const app = createApp(store, { capacity: { perClientPerMinute: 0 } });

      const record = (await request(app).get(`/api/passages/${p.id}`).expect(200)).body as { passage: { pageBreaks: { offset: number; page: string }[] } };
      assert.deepEqual(record.passage.pageBreaks, [{ offset: p.text.indexOf('weeks of talks'), page: '2' }]);

      const cite = async (words: string) => {
        const start = p.text.indexOf(words);
        return (await request(app).get(`/api/passages/${p.id}/cite?start=${start}&end=${start + words.length}`).expect(200)).body as { page: string; pageEnd?: string; locator: string; citations: Record<string, string> };
      };
      const second = await cite('Donors funded the convoys that followed.');
      assert.deepEqual([second.page, second.pageEnd, second.locator], ['2', undefined, 'p. 2']);
      assert.match(second.citations.apa, /p\. 2\)/);
      assert.doesNotMatch(second.citations.apa, /pp\./);
      const first = await cite('access to the northern districts');
      assert.deepEqual([first.page, first.locator], ['1', 'p. 1']);
      const across = await cite('granted only after weeks of talks');
      assert.deepEqual([across.page, across.pageEnd, across.locator], ['1', '2', 'pp. 1–2']);
      assert.match(across.citations.chicago, /1–2/);
      // the selected words as the browser gives them (?text=) are found and cited alike
      const byText = (await request(app).get(`/api/passages/${p.id}/cite`).query({ text: 'the armed group controlling' }).expect(200)).body as { locator: string };
      assert.equal(byText.locator, 'p. 2');
      // the whole passage keeps its range
      const whole = await cite(p.text);
      assert.equal(whole.locator, 'pp. 1–2');

      // a selection id exports the words with their own page, and one across the turn both
      const sel = (words: string) => `${p.id}.${p.text.indexOf(words)}-${p.text.indexOf(words) + words.length}`;
      const ris = (await request(app).get('/api/export').query({ format: 'ris', ids: `${sel('the armed group')},${sel('granted only after weeks')}` }).expect(200)).text;
      assert.match(ris, /^N1 {2}- p\. 2: “… the armed group …”\r?$/m);
      assert.match(ris, /^N1 {2}- pp\. 1–2: “… granted only after weeks …”\r?$/m);

      // the reading view and the passage's page show where page 2 starts, as a marker that is no text
      const reading = (await request(app).get(`/documents/${doc}`).expect(200)).text;
      const passagePage = (await request(app).get(`/passages/${p.id}`).expect(200)).text;
      for (const html of [reading, passagePage]) {
        assert.match(html, /granted only after <span class="page-turn" data-page="p\. 2"><\/span>weeks of talks/);
        const shown = /<p class="text">((?:(?!<\/p>)[\s\S])*weeks of talks[\s\S]*?)<\/p>/.exec(html)![1];
        assert.equal(shown.replace(/<[^>]+>/g, ''), p.text, 'the text as copied holds the words alone');
      }
    });
  }
});

// A fixture PDF (test/fixtures/pdf): a paragraph of HPG's briefing note runs from page 2 onto page 3.
describe('a PDF paragraph running over a page turn', function () {
  this.timeout(120_000);
  it('knows where page 3 starts in it, as pdftotext shows page 3 starting', async () => {
    const file = 'test/fixtures/pdf/bowden-metcalfe-hough-2020-age-of-caution.pdf';
    const r = await processFile(file, 'bowden-metcalfe-hough-2020-age-of-caution.pdf', [], { maxPages: 100 });
    const crossing = r.passages!.filter((p) => p.pageEnd);
    assert.ok(crossing.length >= 5);
    assert.ok(crossing.every((p) => p.pageBreaks?.length), 'every passage running over a page knows where the page turns');
    const p = crossing.find((x) => x.page === '2' && x.pageEnd === '3')!;
    assert.match(p.text.slice(p.pageBreaks![0].offset), /^greater compliance with IHL\/IHRL by conflict actors/);
    assert.match(p.text.slice(0, p.pageBreaks![0].offset), /and to promote $/);
  });
});
