import assert from 'node:assert/strict';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import request from 'supertest';
import { runIndex } from '../../indexer/run.js';
import { summaryTable } from '../../indexer/summary.js';
import { createApp } from '../../server/app.js';
import { IndexStore } from '../../server/index-store.js';
import { removeAll, tempDir } from '../helpers/tmp.js';

// What catalog41 left (catalog42): entries whose file is absent said nowhere; a removed file whose
// id another file took was said "not found" and reused at once; and whether `x`, `x-2` could swap
// between two builds of the same folder (a false reused id).

const text = (title: string, paragraphs = 3) =>
  `# ${title}\n\n${Array.from({ length: paragraphs }, (_, i) => `${title}, paragraph ${i + 1}, discusses the protection of civilians, the humanitarian access negotiated with armed groups and the obligations of the parties under international humanitarian law.`).join('\n\n')}\n`;

describe('catalogue entries with no file, removed files whose id is taken, and suffixed ids across builds', function () {
  this.timeout(300_000);
  const dirs: string[] = [];
  after(() => removeAll(...dirs));
  const folders = async () => {
    const corpus = await tempDir();
    const out = await tempDir();
    dirs.push(corpus, out);
    return { corpus, out };
  };

  it('entries whose file is absent: one count line with the first five, every one in report.json and on the About page', async () => {
    const { corpus, out } = await folders();
    await writeFile(join(corpus, 'a.txt'), text('Access report'));
    const entries = [
      { id: 'access', type: 'report', title: 'Access', file: 'a.txt' },
      ...[1, 2, 3, 4, 5, 6].map((n) => ({ id: `gone${n}`, type: 'report', title: `Gone ${n}`, file: `Missing Report ${n}.pdf` })),
      { id: 'noname', type: 'report', title: 'No file field' },
    ];
    await writeFile(join(corpus, 'catalog.json'), JSON.stringify(entries));
    const { report } = await runIndex({ corpusDir: corpus, indexDir: out, maxPages: 2000, timeoutMs: 60_000, useCache: false, workers: 1 });
    const absent = [1, 2, 3, 4, 5, 6].map((n) => `gone${n} ("Missing Report ${n}.pdf")`);
    assert.deepEqual(report.catalogs[0].absent, [...absent, 'noname']);
    const line = `7 entries name no file in the folder, so they are not indexed (usual for a catalogue of a larger library; for a file that is here, write its name as it is on disk): ${absent.slice(0, 5).join(', ')} and 2 more (report.json's "absent" lists them)`;
    assert.deepEqual(report.catalogs[0].problems, [line]);
    const summary = summaryTable(report);
    assert.equal(summary.split('\n').filter((l) => l.includes('Missing Report')).length, 1, 'one line, not one per entry');
    assert.ok(summary.includes(`  ${line}`));
    const store = new IndexStore(out);
    await store.refresh();
    const about = await request(createApp(store, { capacity: { perClientPerMinute: 0 } })).get('/about').expect(200);
    assert.match(about.text, /Catalogue entries to check[\s\S]*catalog\.json: 7 entries name no file in the folder/);
  });

  it('entries naming only a file of a type not indexed (a Word file, a Zotero snapshot): a line of their own, not "write its name as it is on disk" (review43)', async () => {
    const { corpus, out } = await folders();
    await writeFile(join(corpus, 'a.txt'), text('Access report'));
    await writeFile(join(corpus, 'Draft Brief.docx'), 'PK not really a Word file');
    await writeFile(join(corpus, 'catalog.json'), JSON.stringify([
      { id: 'access', type: 'report', title: 'Access', file: 'a.txt' },
      { id: 'draft', type: 'report', title: 'Draft', file: 'Draft Brief.docx' },
      { id: 'gone', type: 'report', title: 'Gone', file: 'Missing.pdf' },
    ]));
    await writeFile(join(corpus, 'catalog.bib'), '@report{snap,\n  title = {Snapshot},\n  file = {Snapshot:storage/AB12/Snapshot.html:text/html}\n}\n');
    const { report } = await runIndex({ corpusDir: corpus, indexDir: out, maxPages: 2000, timeoutMs: 60_000, useCache: false, workers: 1 });
    const json = report.catalogs.find((c) => c.file.endsWith('catalog.json'))!;
    assert.deepEqual(json.absent, ['draft ("Draft Brief.docx")', 'gone ("Missing.pdf")']);
    assert.deepEqual(json.problems?.slice(0, 2), [
      '1 entry names no file in the folder, so it is not indexed (usual for a catalogue of a larger library; for a file that is here, write its name as it is on disk): gone ("Missing.pdf")',
      '1 entry names only a file of a type not indexed (Word, HTML, slides…), so it is not indexed (save it as PDF in the folder to index it): draft ("Draft Brief.docx")',
    ]);
    const bib = report.catalogs.find((c) => c.file.endsWith('catalog.bib'))!;
    assert.deepEqual(bib.absent, ['snap ("storage/AB12/Snapshot.html")']);
    assert.match(bib.problems?.[0] ?? '', /^1 entry names only a file of a type not indexed/);
  });

  it('a removed file whose id another file took: said once, in the reused-id line, not "not found"', async () => {
    const { corpus, out } = await folders();
    await mkdir(join(corpus, '2019'));
    await mkdir(join(corpus, '2020'));
    await writeFile(join(corpus, '2019', 'report.txt'), text('Access report 2019'));
    await writeFile(join(corpus, '2020', 'report.txt'), text('Access report 2020'));
    await writeFile(join(corpus, 'brief.txt'), text('Field brief'));
    const opts = { corpusDir: corpus, indexDir: out, maxPages: 2000, timeoutMs: 60_000, useCache: false, workers: 1 };
    await runIndex(opts);
    const keysOf = async () => {
      const store = new IndexStore(out);
      await store.refresh();
      const app = createApp(store, { capacity: { perClientPerMinute: 0 } });
      return async (id: string) => String((await request(app).get(`/api/documents/${id}`).expect(200)).body['citation-key']);
    };
    const before = await keysOf();
    const [key2019, key2020] = [await before('report'), await before('report-2')];
    assert.notEqual(key2019, key2020);
    await rm(join(corpus, '2019', 'report.txt'));
    await rm(join(corpus, 'brief.txt'));
    const { report } = await runIndex(opts);
    const changes = report.changes!;
    assert.deepEqual(changes.removed, ['2019/report.txt', 'brief.txt'], 'report.json keeps every removed file');
    assert.deepEqual(changes.reused, [{ id: 'report', file: '2020/report.txt', was: '2019/report.txt' }]);
    // a manuscript's citation of the 2019 key must not now point at the 2020 report: the key stays
    // with the 2020 report's bytes
    assert.equal(await (await keysOf())('report'), key2020);
    const summary = summaryTable(report);
    assert.match(summary, /^ {4}\/documents\/report opened 2019\/report\.txt and now opens 2020\/report\.txt, another file: links kept to it lead there; 2019\/report\.txt was removed$/m);
    assert.match(summary, /^ {2}1 file removed or no longer indexed \(links to its document now answer "not found"\): brief\.txt$/m);
    const store = new IndexStore(out);
    await store.refresh();
    const about = await request(createApp(store, { capacity: { perClientPerMinute: 0 } })).get('/about').expect(200);
    assert.match(about.text, /another file: links kept to it lead there; 2019\/report\.txt was removed<\/li>/);
    assert.match(about.text, /1 file removed or no longer indexed \(links to it now answer “not found”\): brief\.txt</);
  });

  it('files sharing an id take x, x-2, x-3 by path whichever finishes first, the same at every build', async () => {
    const { corpus, out } = await folders();
    for (const d of ['a', 'b', 'c']) await mkdir(join(corpus, d));
    // the first by path is the longest to read, so with two workers it finishes last
    await writeFile(join(corpus, 'a', 'x.txt'), text('Long report', 400));
    await writeFile(join(corpus, 'b', 'x.txt'), text('Short brief'));
    await writeFile(join(corpus, 'c', 'x.md'), text('Short note'));
    const opts = { corpusDir: corpus, indexDir: out, maxPages: 2000, timeoutMs: 60_000, useCache: false, workers: 2 };
    const ids = (r: Awaited<ReturnType<typeof runIndex>>) => Object.fromEntries(r.report.files.map((f) => [f.file, f.doc]));
    const first = await runIndex(opts);
    assert.deepEqual(ids(first), { 'a/x.txt': 'x', 'b/x.txt': 'x-2', 'c/x.md': 'x-3' });
    const second = await runIndex({ ...opts, useCache: true });
    assert.deepEqual(ids(second), ids(first));
    assert.equal(second.report.changes?.reused, undefined, 'no id reported as given to another file');
    assert.deepEqual(summaryTable(second.report).split('\n').filter((l) => l.startsWith('Since the last build')).map((l) => l.replace(/\(.*\)/, '()')), ['Since the last build (): no document added, removed or changed.']);
  });
});
