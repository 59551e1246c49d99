import assert from 'node:assert/strict';
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { EngineName } from '../../core/build/format.js';
import type { DocumentRecord } from '../../core/types.js';
import { runIndex, type RunOptions } from '../../indexer/run.js';
import { IndexStore } from '../../server/index-store.js';
import { exportSelection } from '../../server/export/selection.js';
import { citedWorks } from '../../server/cited-works.js';
import { citationExplorer } from '../../server/citation-explorer.js';
import { removeAll, tempDir } from '../helpers/tmp.js';

// cite20: a key once given stays with its work and is never given to another (review19c: a
// deleted work's `keller2023Negotiatingb` went to a new Keller 2023 work two builds later, so a
// manuscript citing it silently cited the wrong work); a corrected title keeps its key; a copy of
// a catalogued work (userreview19a finding 3) is that work: one key, the catalogue's record.

const note = (title: string, body: string, author = 'Keller, Jonas') => `---\ntitle: "${title}"\nauthor: "${author}"\ndate: 2023-06-01\n---\n\n${body}\n`;

describe('citation keys retired, kept and shared across builds (cite20)', function () {
  this.timeout(300_000);
  const dirs: string[] = [];
  after(() => removeAll(...dirs));
  const setUp = async (engine: EngineName) => {
    const corpus = await tempDir();
    const out = await tempDir();
    dirs.push(corpus, out);
    const opts: RunOptions = { corpusDir: corpus, indexDir: out, maxPages: 2000, timeoutMs: 60_000, useCache: true, engine, workers: 1 };
    const store = new IndexStore(out);
    const keys = async () => {
      await store.refresh();
      return Object.fromEntries([...store.snapshot.documents.values()].map((d) => [d.id, d.csl['citation-key']]));
    };
    return { corpus, out, opts, store, keys };
  };

  for (const engine of ['lunr', 'fts5'] as const satisfies EngineName[]) {
    it(`never gives a deleted work's key to another work, and keeps a key when the title is corrected (${engine})`, async () => {
      const { corpus, opts, keys } = await setUp(engine);
      await writeFile(join(corpus, 'a-keller-access.md'), note('Negotiating humanitarian access', 'Access negotiations with armed groups depend on trust built over months of contact.'));
      await writeFile(join(corpus, 'b-keller-checkpoints.md'), note('Negotiating at checkpoints', 'A practitioner writes about checkpoints, permits and the patience that access requires.'));
      await runIndex(opts);
      assert.deepEqual(await keys(), { 'a-keller-access': 'keller2023Negotiatinga', 'b-keller-checkpoints': 'keller2023Negotiatingb' });
      // build 2: the second work deleted
      await rm(join(corpus, 'b-keller-checkpoints.md'));
      const second = await runIndex(opts);
      assert.deepEqual(await keys(), { 'a-keller-access': 'keller2023Negotiatinga' });
      assert.equal(second.report.build !== null, true);
      // build 3: a different work of the same base key: a new letter, never the deleted work's `b`
      await writeFile(join(corpus, 'c-keller-ceasefire.md'), note('Negotiating local ceasefires', 'Local ceasefires were brokered by elders and lasted for weeks, sometimes months.'));
      await runIndex(opts);
      assert.deepEqual(await keys(), { 'a-keller-access': 'keller2023Negotiatinga', 'c-keller-ceasefire': 'keller2023Negotiatingc' });
      // build 4: a title corrected keeps the key a writer cites (the title word is no longer its word)
      await writeFile(join(corpus, 'c-keller-ceasefire.md'), note('Brokering local ceasefires', 'Local ceasefires were brokered by elders and lasted for weeks, sometimes months.'));
      await runIndex(opts);
      assert.equal((await keys())['c-keller-ceasefire'], 'keller2023Negotiatingc');
      // build 5: the deleted work put back takes its own key again
      await writeFile(join(corpus, 'b-keller-checkpoints.md'), note('Negotiating at checkpoints', 'A practitioner writes about checkpoints, permits and the patience that access requires.'));
      await runIndex(opts);
      assert.equal((await keys())['b-keller-checkpoints'], 'keller2023Negotiatingb');
    });
  }

  it('keeps the keys and the retired keys when aliases.json was edited by hand into a wrong shape (review20b finding 2)', async () => {
    const { corpus, out, opts, keys } = await setUp('lunr');
    await writeFile(join(corpus, 'a-keller-access.md'), note('Negotiating humanitarian access', 'Access negotiations with armed groups depend on trust built over months of contact.'));
    await writeFile(join(corpus, 'b-keller-checkpoints.md'), note('Negotiating at checkpoints', 'A practitioner writes about checkpoints, permits and the patience that access requires.'));
    await runIndex(opts);
    await rm(join(corpus, 'b-keller-checkpoints.md'));
    const { report } = await runIndex(opts);
    const path = join(out, 'builds', report.build!, 'aliases.json');
    const table = JSON.parse(await readFile(path, 'utf8')) as Record<string, Record<string, unknown>>;
    assert.equal(table.retiredKeys['keller2023Negotiatingb'], 'b-keller-checkpoints');
    // a hand edit: one entry that is not a string
    await writeFile(path, JSON.stringify({ ...table, documents: { ...table.documents, 'old-name': 7 } }));
    await writeFile(join(corpus, 'c-keller-ceasefire.md'), note('Negotiating local ceasefires', 'Local ceasefires were brokered by elders and lasted for weeks, sometimes months.'));
    await runIndex(opts);
    assert.deepEqual(await keys(), { 'a-keller-access': 'keller2023Negotiatinga', 'c-keller-ceasefire': 'keller2023Negotiatingc' });
  });

  it('makes a copy of a catalogued work that work: one key, the catalogue record, one export entry with both files\' passages', async () => {
    const { corpus, out, opts, store, keys } = await setUp('lunr');
    const CORPUS = join(process.cwd(), 'corpus');
    const GILDER = 'gilder-2024-peace-operations-human-security';
    await cp(join(CORPUS, `${GILDER}.txt`), join(corpus, `${GILDER}.txt`));
    await cp(join(CORPUS, 'catalog.json'), join(corpus, 'catalog.json'));
    // the same text with a changed line (other bytes: no duplicate) and none of the catalogue's publisher
    const text = await readFile(join(CORPUS, `${GILDER}.txt`), 'utf8');
    await writeFile(join(corpus, 'a-gilder-download.txt'), `${text}\n\nDownloaded from the publisher's site.\n`);
    const { report } = await runIndex(opts);
    // the run names whichever file it read second as the repeat; either way the row says the one key
    const rows = report.files.filter((f) => f.sameWork);
    assert.equal(rows.length, 1, JSON.stringify(report.files));
    assert.equal(rows[0].sameWork!.key, 'gilder2024Peace');
    const k = await keys();
    assert.equal(k[GILDER], 'gilder2024Peace');
    assert.equal(k['a-gilder-download'], 'gilder2024Peace');
    const docs = JSON.parse(await readFile(join(out, 'builds', report.build!, 'documents.json'), 'utf8')) as DocumentRecord[];
    const work = docs.find((d) => d.id === GILDER)!;
    const other = docs.find((d) => d.id === 'a-gilder-download')!;
    assert.equal(other.copyOf, GILDER);
    assert.deepEqual(work.copies, ['a-gilder-download']);
    assert.equal(other.csl.publisher, work.csl.publisher);
    assert.ok(work.csl.publisher);
    // one passage of each file: one entry, both quotes
    const snap = store.snapshot;
    const ids = [snap.passages.ofDocument(GILDER)[3].id, snap.passages.ofDocument('a-gilder-download')[5].id];
    const selection = exportSelection(snap, { ids: ids.join(',') }, 'http://x');
    assert.equal(selection.items.length, 1);
    assert.equal(selection.items[0].csl.id, GILDER);
    assert.deepEqual(selection.items[0].passages.map((p) => p.id), ids);
    // the citation explorer: the copy cites as its work, once, and is offered as no citing document
    const works = citedWorks(snap);
    assert.ok(works.length > 0);
    assert.ok(works.every((w) => !w.citing.has('a-gilder-download') && w.body.every((ord) => snap.passages.docOf(ord) === GILDER)));
    assert.ok(!citationExplorer(snap, {}).documents.some((d) => d.id === 'a-gilder-download'));
    // a rebuild keeps it so, and retires nothing
    await runIndex(opts);
    assert.deepEqual(await keys(), k);
    // the copy catalogued as a work of its own (the README's way to part them): the work keeps
    // its key, the file that was a copy takes a new one, never the work's (review20b finding 3)
    const catalog = JSON.parse(await readFile(join(corpus, 'catalog.json'), 'utf8')) as Record<string, unknown>[];
    const entry = catalog.find((c) => c.id === GILDER)!;
    catalog.push({ ...entry, id: 'a-gilder-download', title: 'Peace operations and human security: the accepted version' });
    await writeFile(join(corpus, 'catalog.json'), JSON.stringify(catalog));
    await runIndex(opts);
    const parted = await keys();
    assert.equal(parted[GILDER], 'gilder2024Peace');
    assert.notEqual(parted['a-gilder-download'], 'gilder2024Peace');
  });
});
