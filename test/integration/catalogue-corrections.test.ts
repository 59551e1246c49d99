import assert from 'node:assert/strict';
import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import request from 'supertest';
import type { EngineName } from '../../core/build/format.js';
import type { CslItem } from '../../core/types.js';
import { runIndex } from '../../indexer/run.js';
import { summaryTable } from '../../indexer/summary.js';
import { createApp } from '../../server/app.js';
import { IndexStore } from '../../server/index-store.js';
import { removeAll, tempDir } from '../helpers/tmp.js';

// A librarian fixes a name, a year and a DOI in catalog.json and gives one entry a citation key,
// then rebuilds: the records change, and the report, the summary and the About page said no
// document had changed. Each correction is named now, and a changed key old → new.

const CORPUS = join(process.cwd(), 'corpus');
const GILDER = 'gilder-2024-peace-operations-human-security';
const METCALFE = 'metcalfe-hough-2021-collaborative-advocacy';

describe('a catalogue correction, rebuilt', function () {
  this.timeout(300_000);
  const dirs: string[] = [];
  after(() => removeAll(...dirs));

  for (const engine of ['lunr', 'fts5'] as const satisfies EngineName[]) {
    it(`names the records changed, their fields and a changed citation key (${engine})`, async () => {
      const corpus = await tempDir();
      const out = await tempDir();
      dirs.push(corpus, out);
      for (const d of [GILDER, METCALFE]) await cp(join(CORPUS, `${d}.txt`), join(corpus, `${d}.txt`));
      const catalog = (JSON.parse(await readFile(join(CORPUS, 'catalog.json'), 'utf8')) as CslItem[]).filter((c) => c.id === GILDER || c.id === METCALFE);
      await writeFile(join(corpus, 'catalog.json'), JSON.stringify(catalog));
      const opts = { corpusDir: corpus, indexDir: out, maxPages: 2000, timeoutMs: 60_000, useCache: true, engine, workers: 1 };
      const first = await runIndex(opts);
      assert.equal(first.report.changes, undefined, 'a first build has nothing to compare with');
      const store = new IndexStore(out);
      await store.refresh();
      const oldKey = String(store.snapshot.documents.get(METCALFE)!.csl['citation-key']);

      const corrected = catalog.map((c) =>
        c.id === GILDER ? { ...c, author: [{ family: 'Gilder', given: 'Alex' }], issued: { 'date-parts': [[2023]] }, DOI: '10.1163/18754112-27010005' } : { ...c, 'citation-key': 'vmh2021advocacy' },
      );
      await writeFile(join(corpus, 'catalog.json'), JSON.stringify(corrected));
      const second = await runIndex(opts);
      const changes = second.report.changes!;
      assert.deepEqual([changes.added, changes.changed, changes.removed], [[], [], []], 'the files are the same');
      assert.deepEqual(changes.records, [
        {
          doc: GILDER,
          file: `${GILDER}.txt`,
          fields: [
            { field: 'DOI', from: '10.1163/18754112-27010004', to: '10.1163/18754112-27010005' },
            { field: 'author', from: 'Gilder, Alexander', to: 'Gilder, Alex' },
            { field: 'issued', from: '2024', to: '2023' },
          ],
        },
        { doc: METCALFE, file: `${METCALFE}.txt`, fields: [], key: { from: oldKey, to: 'vmh2021advocacy' } },
      ]);
      const summary = summaryTable(second.report);
      assert.match(summary, /^ {2}2 records changed by the catalogue \(1 citation key changed: a manuscript citing the old one must be updated\):$/m);
      assert.match(summary, new RegExp(`^ {4}${GILDER}\\.txt: DOI "10\\.1163/18754112-27010004" → "10\\.1163/18754112-27010005", author "Gilder, Alexander" → "Gilder, Alex", issued "2024" → "2023"$`, 'm'));
      assert.match(summary, new RegExp(`^ {4}${METCALFE}\\.txt: citation key ${oldKey} → vmh2021advocacy$`, 'm'));

      await store.refresh();
      const about = await request(createApp(store, { capacity: { perClientPerMinute: 0 } })).get('/about').expect(200);
      assert.match(about.text, /2 records changed by the catalogue \(1 citation key changed/);
      assert.match(about.text, new RegExp(`<a href="/documents/${METCALFE}">${METCALFE}\\.txt</a>: citation key ${oldKey} → vmh2021advocacy`));
      assert.match(about.text, /author “Gilder, Alexander” → “Gilder, Alex”/);

      // nothing corrected since: nothing reported
      const third = await runIndex(opts);
      assert.equal(third.report.changes?.records, undefined);
      assert.match(summaryTable(third.report), /no document added, removed or changed/);
      store.close();
    });
  }
});
