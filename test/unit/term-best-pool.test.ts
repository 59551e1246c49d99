import assert from 'node:assert/strict';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { DocumentRecord, Passage } from '../../core/types.js';
import { LibraryWriter } from '../../core/build/library-db.js';
import { listedQueries, prefixKey, termBestReader, termBestRows } from '../../core/build/term-best.js';
import { termBestInThreads } from '../../indexer/term-best-pool.js';
import { removeAll, tempDir } from '../helpers/tmp.js';

const doc = (id: string): DocumentRecord => ({
  id, csl: { id, type: 'report', title: `Report ${id}` }, provenance: {}, file: `${id}.txt`, format: 'text', hash: id,
  pages: null, pageLabels: null, passageCount: 0, tags: { actor: [], theme: [], place: [], kind: [] }, furniture: { removed: 0, kinds: {} }, outline: [],
});
const passage = (d: string, i: number, text: string): Passage => ({
  id: `${d}-${i}`, doc: d, ordinal: i, block: i, text, section: [], page: null, physicalPage: null, start: 0, end: text.length,
  kind: 'finding', blockType: 'paragraph', actors: [], themes: [], places: [], evidence: [],
});
const WORDS = ['protection', 'civilians', 'mission', 'council', 'access', 'advocacy', 'caution', 'mandate'];

describe('term_best computed in threads', () => {
  let dir: string;
  before(async () => (dir = await tempDir('term-best-')));
  after(() => removeAll(dir));

  it('gives the rows one connection would, in the lists’ order, and the build reads them back', async () => {
    const writer = new LibraryWriter(join(dir, 'library.db'));
    for (let d = 0; d < 6; d++) {
      writer.addDocument(doc(`d${d}`), Array.from({ length: 10 }, (_, i) => passage(`d${d}`, i, WORDS.filter((_, w) => (d * 10 + i) % (w + 2) === 0).join(' ') || 'mandate')));
    }
    const job = writer.finishIndexes();
    // the build's thresholds leave a small library no common term: every term is listed here, and the prefixes they share
    const reader = new Database(job.path, { readonly: true });
    const queries = listedQueries(reader, { min: 1, prefixMin: 1 });
    const alone = termBestRows(reader, queries, job.passages, job.weights);
    reader.close();
    assert.ok(queries.length > 4 && queries.some((q) => q.key === prefixKey('c')));
    const threaded = await termBestInThreads({ ...job, queries }, 2);
    assert.deepEqual(threaded, alone);
    writer.finishTermBest(threaded);
    const db = new Database(job.path, { readonly: true });
    const read = termBestReader(db);
    for (const [i, q] of queries.entries()) {
      const best = read(q.key);
      assert.equal(best?.matches, alone[i][1]);
      assert.deepEqual(Buffer.from(best!.ords.buffer), alone[i][2], q.key);
    }
    // a list read before is kept decoded (a search asks for it several times), and so is a miss
    const first = read(queries[0].key);
    assert.equal(read(queries[0].key), first);
    assert.deepEqual(Buffer.from(first!.ords.buffer), alone[0][2]);
    assert.equal(read('nosuchterm'), undefined);
    assert.equal(read('nosuchterm'), undefined);
    db.close();
  });
});
