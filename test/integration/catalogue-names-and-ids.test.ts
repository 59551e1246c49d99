import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import request from 'supertest';
import type { EngineName } from '../../core/build/format.js';
import { runIndex } from '../../indexer/run.js';
import { summaryTable } from '../../indexer/summary.js';
import { createApp } from '../../server/app.js';
import { IndexStore } from '../../server/index-store.js';
import { removeAll, tempDir } from '../helpers/tmp.js';

// A user edits catalog.json by hand and renames files (catalog41): an entry naming a file with
// spaces or in another letter case took nothing, or the file its last word named, without a
// word; an entry's id changed for the same file showed only through its fields; and an id freed
// by one file and taken by another led links kept to it to another work, said nowhere.

const text = (title: string, place: string) =>
  `# ${title}\n\n${[1, 2, 3].map((i) => `${title}, paragraph ${i}, discusses the protection of civilians in ${place}, the humanitarian access negotiated with armed groups and the obligations of the parties under international humanitarian law.`).join('\n\n')}\n`;

const entry = (id: string, title: string, file: string) => ({ id, type: 'report', title, author: [{ literal: 'Access Monitor' }], issued: { 'date-parts': [[2019]] }, file });

describe('catalogue names with spaces or in another case, and ids changed or taken by another file', function () {
  this.timeout(300_000);
  const dirs: string[] = [];
  after(() => removeAll(...dirs));

  for (const engine of ['lunr', 'fts5'] as const satisfies EngineName[]) {
    it(`takes the files meant, reports a changed id and an id another file took (${engine})`, async () => {
      const corpus = await tempDir();
      const out = await tempDir();
      dirs.push(corpus, out);
      await mkdir(join(corpus, '2019'));
      await mkdir(join(corpus, '2020'));
      await writeFile(join(corpus, '2019', 'report.txt'), text('Access report 2019', 'Yemen'));
      await writeFile(join(corpus, '2020', 'report.txt'), text('Access report 2020', 'Sudan'));
      await writeFile(join(corpus, 'Annual Report 2019.txt'), text('Annual report', 'Somalia'));
      await writeFile(join(corpus, '2019.txt'), text('Figures sheet', 'Mali'));
      await writeFile(join(corpus, 'brief.txt'), text('Field brief', 'South Sudan'));
      await writeFile(join(corpus, 'catalog.json'), JSON.stringify([entry('annual', 'Annual Report on Protection', 'Annual Report 2019.txt'), entry('fieldbrief', 'Field Brief on Access', 'Brief.TXT')]));
      const opts = { corpusDir: corpus, indexDir: out, maxPages: 2000, timeoutMs: 60_000, useCache: true, engine, workers: 1 };
      const first = await runIndex(opts);
      const store = new IndexStore(out);
      await store.refresh();
      const docs = store.snapshot.documents;
      assert.equal(docs.get('annual')?.file, 'Annual Report 2019.txt', 'the name with spaces takes its file');
      assert.equal(docs.get('annual')?.csl.title, 'Annual Report on Protection');
      assert.equal(docs.get('fieldbrief')?.file, 'brief.txt', 'the name in another case takes the one file it fits');
      assert.deepEqual([docs.get('report')?.file, docs.get('report-2')?.file], ['2019/report.txt', '2020/report.txt']);
      const warning = 'warning: entry fieldbrief: "Brief.TXT" names no file as written; brief.txt differs from it only in letter case, so it takes the entry (write the name as it is on disk in the entry\'s file field)';
      assert.deepEqual(first.report.catalogs[0].problems, [warning]);
      assert.ok(summaryTable(first.report).includes(`  ${warning}`));

      // the annual report's entry gets a new id; an entry takes 2019/report.txt, whose id 2020's report inherits
      await writeFile(join(corpus, 'catalog.json'), JSON.stringify([entry('annual2019', 'Annual Report on Protection', 'Annual Report 2019.txt'), entry('fieldbrief', 'Field Brief on Access', 'Brief.TXT'), entry('access2019', 'Access Report 2019', '2019/report.txt')]));
      const second = await runIndex(opts);
      const changes = second.report.changes!;
      assert.deepEqual([changes.added, changes.changed, changes.removed, changes.renamed], [[], [], [], []], 'the files are the same');
      assert.deepEqual(changes.records?.map((r) => [r.file, r.id]), [
        ['2019/report.txt', { from: 'report', to: 'access2019' }],
        ['2020/report.txt', { from: 'report-2', to: 'report' }],
        ['Annual Report 2019.txt', { from: 'annual', to: 'annual2019' }],
      ]);
      assert.deepEqual(changes.reused, [{ id: 'report', file: '2020/report.txt', was: '2019/report.txt', movedTo: 'access2019' }]);
      const summary = summaryTable(second.report);
      assert.match(summary, /^ {2}3 records changed by the catalogue \(3 document ids changed: links kept to the old one lead to the new, unless another file now has it \(below\)\):$/m);
      assert.match(summary, /^ {4}Annual Report 2019\.txt: id annual → annual2019$/m);
      assert.match(summary, /^ {2}1 document id now given to another file \(update links kept to it\):$/m);
      assert.match(summary, /^ {4}\/documents\/report opened 2019\/report\.txt and now opens 2020\/report\.txt, another file: links kept to it lead there; 2019\/report\.txt is now \/documents\/access2019$/m);

      await store.refresh();
      const app = createApp(store, { capacity: { perClientPerMinute: 0 } });
      const about = await request(app).get('/about').expect(200);
      assert.match(about.text, /3 records changed by the catalogue \(3 document ids changed/);
      assert.match(about.text, /<a href="\/documents\/annual2019">Annual Report 2019\.txt<\/a>: id annual → annual2019/);
      assert.match(about.text, /<a href="\/documents\/report">\/documents\/report<\/a> opened 2019\/report\.txt and now opens 2020\/report\.txt, another file: links kept to it lead there; 2019\/report\.txt is now <a href="\/documents\/access2019">/);
      assert.match(about.text, /Catalogue entries to check[\s\S]*catalog\.json: warning: entry fieldbrief: &#34;Brief\.TXT&#34; names no file as written; brief\.txt differs from it only in letter case/);
      // the old id of the renamed entry leads to its document; the id another file took opens that file
      await request(app).get('/documents/annual').expect(301).expect('Location', /\/documents\/annual2019$/);
      assert.match((await request(app).get('/documents/report').expect(200)).text, /Access report 2020/);

      // nothing changed since: nothing reported
      const third = await runIndex(opts);
      assert.equal(third.report.changes?.records, undefined);
      assert.equal(third.report.changes?.reused, undefined);
      assert.match(summaryTable(third.report), /no document added, removed or changed/);
      store.close();
    });
  }
});
