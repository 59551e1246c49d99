import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DocumentRecord } from '../../core/types.js';
import { runIndex } from '../../indexer/run.js';
import { summaryTable } from '../../indexer/summary.js';
import { IndexStore } from '../../server/index-store.js';
import { removeAll, tempDir } from '../helpers/tmp.js';

// Two years' reports under one name, 2019/report.txt and 2020/report.txt, and a catalogue entry
// for one of them. Named bare, it took both (two reports under one title and key): now neither
// takes it and the run names the candidates; named with its folder, it takes that file only.

const text = (year: number) =>
  [
    `Annual access report ${year}`,
    `Humanitarian convoys negotiated access through ${year === 2019 ? 'northern checkpoints during the rainy season' : 'coastal ports after the floods receded'} in ${year}.`,
    `Local partners ${year === 2019 ? 'ran cholera vaccination in the islands' : 'distributed seed and tools to returning families'} with donor funding.`,
    `The ${year} report closes with recommendations on ${year === 2019 ? 'protection monitoring' : 'cash transfers'} for the year ahead.`,
  ].join('\n\n') + '\n';

const catalogs = {
  json: (file: string) => ({ name: 'catalog.json', text: JSON.stringify([{ id: 'access2019', type: 'report', title: 'Access under fire: the 2019 review', author: [{ family: 'Osman', given: 'Leila' }], issued: { 'date-parts': [[2019]] }, file }]) }),
  bib: (file: string) => ({ name: 'catalog.bib', text: `@report{access2019,\n\ttitle = {Access under fire: the 2019 review},\n\tauthor = {Osman, Leila},\n\tyear = {2019},\n\tfile = {Full Text PDF:${file}:text/plain},\n}\n` }),
};

describe('a catalogue entry and same-named files in two folders, rebuilt', function () {
  this.timeout(300_000);
  const dirs: string[] = [];
  after(() => removeAll(...dirs));

  for (const kind of ['json', 'bib'] as const) {
    it(`a bare name takes neither and is reported; the folder path takes that file only (catalog.${kind})`, async () => {
      const corpus = await tempDir();
      const out = await tempDir();
      dirs.push(corpus, out);
      for (const year of [2019, 2020]) {
        await mkdir(join(corpus, String(year)));
        await writeFile(join(corpus, String(year), 'report.txt'), text(year));
      }
      const write = async (file: string) => {
        const c = catalogs[kind](file);
        await writeFile(join(corpus, c.name), c.text);
      };
      const opts = { corpusDir: corpus, indexDir: out, maxPages: 2000, timeoutMs: 60_000, useCache: true, engine: 'lunr' as const, workers: 1 };
      const titles = async () => {
        const store = new IndexStore(out);
        await store.refresh();
        const byFile = Object.fromEntries([...store.snapshot.documents.values()].map((d: DocumentRecord) => [d.file, `${String(d.csl.title)} [${String(d.csl['citation-key'])}]`]));
        store.close();
        return byFile;
      };

      await write('report.txt');
      const first = await runIndex(opts);
      const problems = first.report.catalogs.flatMap((c) => c.problems ?? []);
      assert.deepEqual(problems, [`entry access2019: "report.txt" names files in 2 folders (2019/report.txt, 2020/report.txt), so none takes it; name the one meant with its folder in the entry's file field (e.g. "2019/report.txt")`]);
      assert.match(summaryTable(first.report), /"report\.txt" names files in 2 folders/);
      const before = await titles();
      assert.deepEqual(before, { '2019/report.txt': 'Annual access report 2019 [anon2019Annual]', '2020/report.txt': 'Annual access report 2020 [anon2020Annual]' }, 'neither file takes the entry');

      await write('2019/report.txt');
      const second = await runIndex(opts);
      assert.deepEqual(second.report.catalogs.flatMap((c) => c.problems ?? []), []);
      const after = await titles();
      // a catalogue key (the BibTeX entry's) is the work's; otherwise the key it had stays, as every key does
      const key = kind === 'bib' ? 'access2019' : 'anon2019Annual';
      assert.deepEqual(after, { '2019/report.txt': `Access under fire: the 2019 review [${key}]`, '2020/report.txt': 'Annual access report 2020 [anon2020Annual]' }, 'the 2020 report keeps its own record and key');
      // the entry now taken is a change of the 2019 report's record
      const records = second.report.changes?.records ?? [];
      assert.deepEqual(records.map((r) => r.file), ['2019/report.txt', '2020/report.txt'], JSON.stringify(records));
      assert.ok(records[0].fields.some((f) => f.field === 'title' && f.to === 'Access under fire: the 2019 review'), JSON.stringify(records));
      assert.deepEqual(records[0].key, kind === 'bib' ? { from: 'anon2019Annual', to: 'access2019' } : undefined);
      // the 2019 report's id went to the entry, and the 2020 report took the id it left (catalog41)
      assert.deepEqual(records.map((r) => r.id), [{ from: 'report', to: 'access2019' }, { from: 'report-2', to: 'report' }]);
      assert.deepEqual(records[1].fields, []);
      assert.deepEqual(second.report.changes?.reused, [{ id: 'report', file: '2020/report.txt', was: '2019/report.txt', movedTo: 'access2019' }]);
    });
  }
});
