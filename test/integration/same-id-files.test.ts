import assert from 'node:assert/strict';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { LIBRARY_DB, type EngineName } from '../../core/build/format.js';
import type { DocumentRecord, Passage } from '../../core/types.js';
import { listCorpus } from '../../indexer/corpus.js';
import { processCorpus } from '../../indexer/process-corpus.js';
import type { ProcessedFile } from '../../indexer/process-file.js';
import { runIndex, type RunOptions } from '../../indexer/run.js';
import { makeCorpus, PDFS, removeAll, tempDir } from '../helpers/tmp.js';

// Two files resolving to one document id (notes.txt in two folders, x.pdf beside x.txt): the
// run renames the second `-2`, and its passages must get ids of their own. They hashed the
// first name, so the paragraphs both files share collided: FTS5 refused the whole build at its
// last step, lunr published one file's passage under the other's id.

const SHARED = 'Humanitarian access negotiations in Yemen stalled in 2019 after convoys were blocked at checkpoints.';

async function builtPassages(dir: string, engine: EngineName): Promise<Passage[]> {
  if (engine === 'lunr') return JSON.parse(await readFile(join(dir, 'passages.json'), 'utf8')) as Passage[];
  const db = new Database(join(dir, LIBRARY_DB), { readonly: true });
  try {
    return (db.prepare('SELECT record FROM passages ORDER BY ord').all() as { record: string }[]).map((r) => JSON.parse(r.record) as Passage);
  } finally {
    db.close();
  }
}

const options = (corpusDir: string, indexDir: string, engine: EngineName): RunOptions => ({ corpusDir, indexDir, maxPages: 2000, timeoutMs: 300_000, useCache: false, engine, workers: 1 });

describe('files resolving to one document id', function () {
  this.timeout(300_000);
  const dirs: string[] = [];
  after(() => removeAll(...dirs));

  async function notesCorpus(): Promise<string> {
    const dir = await tempDir('same-name-');
    dirs.push(dir);
    await mkdir(join(dir, 'a'));
    await mkdir(join(dir, 'b'));
    await writeFile(join(dir, 'a', 'notes.txt'), `Field notes\n\n${SHARED}\n`);
    await writeFile(join(dir, 'b', 'notes.txt'), `Field notes\n\n${SHARED}\n\nA second paragraph only in this copy about Sudan.\n`);
    return dir;
  }

  for (const engine of ['fts5', 'lunr'] as const) {
    it(`same-named files sharing a paragraph publish with distinct passage ids (${engine})`, async () => {
      const corpus = await notesCorpus();
      const out = await tempDir('same-name-out-');
      dirs.push(out);
      const { manifest, report } = await runIndex(options(corpus, out, engine));
      assert.ok(manifest, 'the build is published');
      assert.deepEqual(report.files.map((f) => [f.file, f.status, f.doc]), [
        ['a/notes.txt', 'indexed', 'notes'],
        ['b/notes.txt', 'indexed', 'notes-2'],
      ]);
      const passages = await builtPassages(join(out, 'builds', manifest.id), engine);
      assert.equal(new Set(passages.map((p) => p.id)).size, passages.length, 'no passage id twice');
      const shared = passages.filter((p) => p.text === SHARED);
      assert.deepEqual(shared.map((p) => p.doc).sort(), ['notes', 'notes-2']);
    });
  }

  it('a PDF beside its text (x.pdf, x.txt in one folder) publishes both under their own ids', async () => {
    const stem = 'gilder-2024-peace-operations-human-security';
    const corpus = await makeCorpus([
      { from: join(PDFS, `${stem}.pdf`), to: `${stem}.pdf` },
      { from: join(process.cwd(), 'corpus', `${stem}.txt`), to: `${stem}.txt` },
    ]);
    const out = await tempDir('pdf-txt-out-');
    dirs.push(corpus, out);
    const { manifest, report } = await runIndex(options(corpus, out, 'fts5'));
    assert.ok(manifest, 'the build is published');
    assert.deepEqual(report.files.map((f) => f.status), ['indexed', 'indexed']);
    const passages = await builtPassages(join(out, 'builds', manifest.id), 'fts5');
    assert.equal(new Set(passages.map((p) => p.id)).size, passages.length, 'no passage id twice');
    const docs = new Set(passages.map((p) => p.doc));
    assert.equal(docs.size, 2);
  });

  it('a work in two files (x.pdf beside x.txt, one catalog entry) is reported, and the first file keeps its key', async () => {
    const stem = 'gilder-2024-peace-operations-human-security';
    const bundled = join(process.cwd(), 'corpus');
    const corpus = await makeCorpus([
      ...['catalog.json', `${stem}.txt`, 'metcalfe-hough-2021-collaborative-advocacy.txt'].map((f) => ({ from: join(bundled, f), to: f })),
      { from: join(PDFS, `${stem}.pdf`), to: `${stem}.pdf` },
    ]);
    const out = await tempDir('same-work-out-');
    dirs.push(corpus, out);
    const { manifest, report } = await runIndex(options(corpus, out, 'lunr'));
    assert.ok(manifest);
    const txt = report.files.find((f) => f.file === `${stem}.txt`);
    assert.deepEqual(txt?.sameWork, { file: `${stem}.pdf`, reason: 'same title, authors and year' });
    assert.equal(report.totals.sameWork, 1);
    assert.equal(report.files.filter((f) => f.sameWork).length, 1);
    const docs = JSON.parse(await readFile(join(out, 'builds', manifest.id, 'documents.json'), 'utf8')) as DocumentRecord[];
    const keys = Object.fromEntries(docs.map((d) => [d.file, d.csl['citation-key']]));
    assert.deepEqual(keys, { [`${stem}.pdf`]: 'gilder2024Peace', [`${stem}.txt`]: 'gilder2024Peacea', 'metcalfe-hough-2021-collaborative-advocacy.txt': 'metcalfeHough2021Collaborative' });
  });

  it('a passage id that repeats an earlier file\'s leaves that file out, named, and the build is published', async () => {
    const corpus = await notesCorpus();
    const listing = await listCorpus(corpus);
    const results: ProcessedFile[] = [];
    for await (const r of processCorpus(listing.files, listing.entries, { maxPages: 2000, timeoutMs: 300_000, workers: 1 })) results.push(r);
    // as a hash collision would: another document whose passage has the first one's id
    const [first, second] = results;
    second.document!.id = 'other';
    second.document!.csl = { ...second.document!.csl, id: 'other' };
    for (const p of second.passages!) p.doc = 'other';
    second.passages![0].id = first.passages![0].id;
    for (const engine of ['fts5', 'lunr'] as const) {
      const out = await tempDir('collision-out-');
      dirs.push(out);
      const process: RunOptions['process'] = async function* () {
        for (const r of results) yield structuredClone(r);
      };
      const { manifest, report } = await runIndex({ ...options(corpus, out, engine), process });
      assert.ok(manifest, `the build is published (${engine})`);
      assert.equal(report.files[1].status, 'skipped');
      assert.match(report.files[1].reason ?? '', /passage id repeats one of a\/notes\.txt/);
      assert.equal(report.totals.documents, 1);
      const passages = await builtPassages(join(out, 'builds', manifest.id), engine);
      assert.ok(passages.every((p) => p.doc === 'notes'));
    }
  });
});
