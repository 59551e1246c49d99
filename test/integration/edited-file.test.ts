import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import request from 'supertest';
import type { Aliases } from '../../core/build/aliases.js';
import type { EngineName } from '../../core/build/format.js';
import { runIndex } from '../../indexer/run.js';
import { IndexStore } from '../../server/index-store.js';
import { createApp } from '../../server/app.js';
import { removeAll, tempDir } from '../helpers/tmp.js';

// A paragraph edited in place gets a new id (ids hash the text): a link a user kept to it must
// lead to its successor where the build can tell it, else to the document it was in.

const PARAGRAPHS = [
  'The first paragraph describes how humanitarian convoys negotiate access through contested checkpoints in the north of the country.',
  'The original sentence mentions logistics corridors for humanitarian access that donors funded during the long dry season of that year.',
  'A third paragraph on cholera vaccination campaigns run by local health workers across the coastal districts and the islands.',
  'A fourth paragraph on displacement camps whose residents asked for water, shelter and schooling before anything else.',
];
const file = (paragraphs: string[]) => `Editing test note\n\n${paragraphs.join('\n\n')}\n`;

describe('a file whose paragraphs were edited in place', function () {
  this.timeout(300_000);
  const dirs: string[] = [];
  after(() => removeAll(...dirs));

  for (const engine of ['lunr', 'fts5'] as const satisfies EngineName[]) {
    it(`leads an edited paragraph's old id to its successor, and a rewritten one's to its document (${engine})`, async () => {
      const corpus = await tempDir();
      const out = await tempDir();
      dirs.push(corpus, out);
      const path = join(corpus, 'edited-2024-note.txt');
      await writeFile(path, file(PARAGRAPHS));
      const opts = { corpusDir: corpus, indexDir: out, maxPages: 2000, timeoutMs: 60_000, useCache: true, engine, workers: 1 };
      await runIndex(opts);
      const store = new IndexStore(out);
      await store.refresh();
      const doc = [...store.snapshot.documents.keys()][0];
      const find = (start: string) => store.snapshot.passages.ofDocument(doc).find((p) => p.text.startsWith(start))!.id;
      const [edited, rewritten, kept] = [find('The original'), find('A fourth'), find('A third')];

      // one word changed, a paragraph rewritten, and a new one before them (positions move by one)
      await writeFile(path, file(['A new opening paragraph on wolframite mining and displacement in the highlands.', PARAGRAPHS[0], PARAGRAPHS[1].replace('logistics', 'logistic'), PARAGRAPHS[2], 'Entirely different words now stand here about budgets, audits and procurement rules.']));
      const second = await runIndex(opts);
      const aliases = JSON.parse(await readFile(join(out, 'builds', second.manifest!.id, 'aliases.json'), 'utf8')) as Aliases;
      await store.refresh();
      const successor = find('The original');
      assert.notEqual(successor, edited);
      assert.equal(find('A third'), kept, 'an unchanged paragraph keeps its id');
      // an edit is no rename: its successor is listed apart, the text having changed
      assert.deepEqual(aliases.passages, {});
      assert.deepEqual(aliases.edited, { [edited]: successor });
      assert.deepEqual(aliases.gone, { [rewritten]: doc });

      const app = createApp(store, { capacity: { perClientPerMinute: 0 } });
      // a temporary redirect: the content changed, a browser must not remember the move for ever
      const moved = await request(app).get(`/passages/${edited}`).expect(302);
      assert.equal(moved.headers.location, `/passages/${successor}`);
      assert.equal((await request(app).get(`/api/passages/${edited}`).expect(302)).headers.location, `/api/passages/${successor}`);
      // a quote by offsets is not redirected (they moved with the edit): a 404 names the document and links to the successor
      const byOffsets = await request(app).get(`/api/passages/${edited}/cite?start=0&end=10`).expect(404);
      assert.equal(byOffsets.body.link, `/api/passages/${successor}`);
      assert.match(byOffsets.body.error, /in “Editing test note” was edited since/);
      // a quote by its words is, when the successor holds them exactly, and is not when the edit touched them
      const byWords = `/api/passages/${edited}/cite?text=${encodeURIComponent('humanitarian access that donors')}`;
      assert.equal((await request(app).get(byWords).expect(302)).headers.location, byWords.replace(edited, successor));
      const touched = await request(app).get(`/api/passages/${edited}/cite?text=${encodeURIComponent('logistics corridors')}&start=0&end=10`).expect(404);
      assert.equal(touched.body.link, `/api/passages/${successor}`);
      const page = await request(app).get(`/passages/${rewritten}`).expect(404);
      assert.match(page.text, /it was in “Editing test note”/);
      assert.match(page.text, new RegExp(`<a href="/documents/${doc}">Read “Editing test note”</a>`));
      const api = await request(app).get(`/api/passages/${rewritten}`).expect(404);
      assert.equal(api.body.link, `/api/documents/${doc}`);
      assert.match(api.body.error, /it was in “Editing test note”/);
      // a saved id of the edited paragraph (a reading list, an export of it): the successor, said to be edited
      const exported = await request(app).get(`/api/export?format=csv&ids=${edited},${kept}`).expect(200);
      assert.equal(exported.headers['x-export-edited'], `${edited}:${successor}`);
      assert.match(exported.headers.warning ?? '', /1 passage\(s\) were edited since they were saved/);
      assert.match(exported.text, /logistic corridors/);
      assert.equal((await request(app).get(`/api/export?format=csv&ids=${kept}`).expect(200)).headers['x-export-edited'], undefined);
      const list = await request(app).get(`/list?ids=${edited},${kept}&note-${edited}=mine`).expect(200);
      assert.equal((list.text.match(/was edited in its document since you saved it/g) ?? []).length, 1);
      assert.match(list.text, new RegExp(`data-renamed="[^"]*${edited}`));
      assert.match(list.text, />mine</, 'the note follows the successor');
      // a selection of the edited paragraph: its offsets meant the old text, so the successor's
      // whole passage is exported and listed, said to be edited
      const words = await request(app).get(`/api/export?format=csv&ids=${edited}.4-12`).expect(200);
      assert.equal(words.headers['x-export-edited'], `${edited}.4-12:${successor}`);
      assert.match(words.text, /logistic corridors/);
      assert.ok(words.text.includes(`,${successor},`), 'the successor passage, whole');
      const listed = await request(app).get(`/list?ids=${edited}.4-12`).expect(200);
      assert.match(listed.text, /since you saved words of it: the whole paragraph is shown, cited and exported as it reads now/);
      assert.match(listed.text, new RegExp(`data-renamed="[^"]*${edited}\\.4-12&#34;:&#34;${successor}`));
      // an id never known is still a plain 404
      const never = await request(app).get('/api/passages/0000000000000000').expect(404);
      assert.equal(never.body.link, undefined);

      // a later build with nothing changed keeps both
      const third = await runIndex({ ...opts, useCache: false });
      const again = JSON.parse(await readFile(join(out, 'builds', third.manifest!.id, 'aliases.json'), 'utf8')) as Aliases;
      assert.deepEqual(again.edited, { [edited]: successor });
      assert.deepEqual(again.gone, { [rewritten]: doc });
    });
  }
});
