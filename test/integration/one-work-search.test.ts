import assert from 'node:assert/strict';
import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { EngineName } from '../../core/build/format.js';
import { runIndex, type RunOptions } from '../../indexer/run.js';
import { IndexStore } from '../../server/index-store.js';
import { searchRequest } from '../../server/http/params.js';
import { documentDetail } from '../../server/records.js';
import { runSearch } from '../../server/search/service.js';
import { removeAll, tempDir } from '../helpers/tmp.js';

// cite21: a work held in two files (the catalogued .txt and a downloaded copy, indexer/work-copies.ts)
// answers a search once: before, each passage was two hits, "in 2 documents", and the document
// facet listed the work twice. The copy's passages answer when the copy is chosen. And two
// catalogue entries giving one citation key: one keeps it, the run says so (report, About).

const CORPUS = join(process.cwd(), 'corpus');
const GILDER = 'gilder-2024-peace-operations-human-security';
const COPY = 'a-gilder-download';

describe('one work in two files: one hit per passage, one document (cite21)', function () {
  this.timeout(300_000);
  const dirs: string[] = [];
  after(() => removeAll(...dirs));

  for (const engine of ['lunr', 'fts5'] as const satisfies EngineName[]) {
    it(`searches the work's file, not its copy, unless the copy is chosen (${engine})`, async () => {
      const corpus = await tempDir();
      const out = await tempDir();
      dirs.push(corpus, out);
      await cp(join(CORPUS, `${GILDER}.txt`), join(corpus, `${GILDER}.txt`));
      await cp(join(CORPUS, 'catalog.json'), join(corpus, 'catalog.json'));
      const text = await readFile(join(CORPUS, `${GILDER}.txt`), 'utf8');
      await writeFile(join(corpus, `${COPY}.txt`), `${text}\n\nDownloaded from the publisher's site.\n`);
      const opts: RunOptions = { corpusDir: corpus, indexDir: out, maxPages: 2000, timeoutMs: 60_000, useCache: true, engine, workers: 1 };
      await runIndex(opts);
      const store = new IndexStore(out);
      await store.refresh();
      const snap = store.snapshot;
      assert.equal(snap.documents.get(COPY)?.copyOf, GILDER);
      const search = (query: Record<string, string>) => runSearch(snap, searchRequest({ size: '50', ...query }, snap));
      for (const q of ['peace operations', '"human security"', '', 'peace -xyzzy']) {
        for (const sort of ['relevance', 'date']) {
          const r = search({ q, sort });
          assert.ok(r.total > 0, `${q} ${sort}`);
          assert.equal(r.documents, 1, `${q} ${sort}: ${r.documents} documents`);
          assert.ok(r.hits.every((h) => h.passage.doc === GILDER), q);
          assert.deepEqual(r.facets.doc.map((v) => v.id), [GILDER], q);
          // each passage of the work once: as many hits as the work's file alone gives
          assert.equal(r.total, search({ q, sort, doc: GILDER }).total, q);
        }
      }
      // the copy chosen: its own passages, its chip told apart from the work's
      const chosen = search({ q: 'peace operations', doc: COPY });
      assert.ok(chosen.total > 0);
      assert.ok(chosen.hits.every((h) => h.passage.doc === COPY));
      const chip = chosen.facets.doc.find((v) => v.id === COPY);
      assert.ok(chip?.selected && chip.label.includes('copy'), JSON.stringify(chosen.facets.doc));
      store.close?.();
    });
  }

  it('names a citing work once in the API, as its page does, when the work is held in two files', async () => {
    const corpus = await tempDir();
    const out = await tempDir();
    dirs.push(corpus, out);
    const CITED = 'bowden-metcalfe-hough-2020-age-of-caution';
    const CITING = 'metcalfe-hough-2021-collaborative-advocacy';
    for (const id of [CITED, CITING]) await cp(join(CORPUS, `${id}.txt`), join(corpus, `${id}.txt`));
    await cp(join(CORPUS, 'catalog.json'), join(corpus, 'catalog.json'));
    await writeFile(join(corpus, 'advocacy-download.txt'), `${await readFile(join(CORPUS, `${CITING}.txt`), 'utf8')}\n\nDownloaded.\n`);
    await runIndex({ corpusDir: corpus, indexDir: out, maxPages: 2000, timeoutMs: 60_000, useCache: true, engine: 'lunr', workers: 1 });
    const store = new IndexStore(out);
    await store.refresh();
    const snap = store.snapshot;
    assert.equal(snap.documents.get('advocacy-download')?.copyOf, CITING);
    assert.deepEqual(documentDetail(snap, CITED)?.citedBy, [CITING]);
    assert.deepEqual(documentDetail(snap, 'advocacy-download')?.cites, [CITED]);
    store.close?.();
  });

  it('gives a citation key two catalogue entries share to one work, and the report and About say so', async () => {
    const corpus = await tempDir();
    const out = await tempDir();
    dirs.push(corpus, out);
    const catalog = JSON.parse(await readFile(join(CORPUS, 'catalog.json'), 'utf8')) as Record<string, unknown>[];
    for (const c of catalog) await cp(join(CORPUS, `${String(c.id)}.txt`), join(corpus, `${String(c.id)}.txt`));
    // the user pasted one key twice
    catalog[0]['citation-key'] = 'hpg2020';
    catalog[1]['citation-key'] = 'hpg2020';
    await writeFile(join(corpus, 'catalog.json'), JSON.stringify(catalog));
    const { report } = await runIndex({ corpusDir: corpus, indexDir: out, maxPages: 2000, timeoutMs: 60_000, useCache: true, engine: 'lunr', workers: 1 });
    const store = new IndexStore(out);
    await store.refresh();
    const keys = [...store.snapshot.documents.values()].map((d) => d.csl['citation-key']);
    assert.equal(keys.filter((k) => k === 'hpg2020').length, 1, keys.join(' '));
    assert.equal(new Set(keys).size, keys.length);
    assert.equal(report.keyWarnings?.length, 1);
    assert.match(report.keyWarnings![0], /citation key hpg2020 is given by the catalogue to two works/);
    assert.deepEqual(store.snapshot.keyWarnings, report.keyWarnings);
    store.close?.();
  });
});
