import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { DocumentRecord, Passage } from '../../core/types.js';
import { LibraryWriter, type PhraseRowsSink } from '../../core/build/library-db.js';
import { adoptPhraseTables, PhraseTablesFile } from '../../core/build/phrase-tables.js';
import { phraseWriter, PhraseWriter } from '../../indexer/phrase-writer.js';
import { Fts5Sink } from '../../indexer/sinks/fts5.js';
import type { StagedBuild } from '../../core/build/publish.js';
import { removeAll, tempDir } from '../helpers/tmp.js';

// The phrase tables written by a second writer into a file of their own and adopted at the end
// (core/build/phrase-tables.ts, indexer/phrase-writer.ts) are the tables the one writer makes:
// every table's rows, FTS5's shadow tables included, the same.

const doc = (id: string, n: number): DocumentRecord => ({
  id, csl: { id, type: 'report', title: `Report ${id}`, author: [{ family: 'Gilder', given: 'Alexander' }] }, provenance: {}, file: `${id}.txt`, format: 'text', hash: id,
  pages: null, pageLabels: null, passageCount: n, tags: { actor: [], theme: [], place: [], kind: [] }, furniture: { removed: 0, kinds: {} }, outline: [],
});
const passage = (id: string, d: string, ordinal: number, text: string): Passage => ({
  id, doc: d, ordinal, block: 0, text, section: ['Findings'], page: '3', physicalPage: 3, start: 0, end: text.length,
  kind: 'finding', blockType: 'paragraph', actors: [], themes: [], places: [], evidence: [],
});

const WORDS = ['protection', 'of', 'civilians', 'protected', "don't", 'l’accès', 'humanitaire', 'the', 'missions', 'protect', 'a_b', '1.5', 'operations', 'operating', 'Mali', 'ceasefire'];
/** 450 documents (more than one of the writer's 200-document transactions) of 1–3 passages of pseudo-random words */
const DOCS = Array.from({ length: 450 }, (_, d) => {
  const n = 1 + (d % 3);
  const ps = Array.from({ length: n }, (_, i) => passage(`d${d}-${i}`, `d${d}`, i, Array.from({ length: 5 + ((d * 7 + i) % 23) }, (_, w) => WORDS[(d * 31 + i * 17 + w * w) % WORDS.length]).join(' ') + '.'));
  return { doc: doc(`d${d}`, n), passages: ps };
});

/** Every table's rows (virtual tables' shadow tables included), digested by name. */
function tables(path: string): Map<string, string> {
  const db = new Database(path, { readonly: true });
  try {
    const out = new Map<string, string>();
    for (const name of db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name").pluck().all() as string[]) {
      const columns = (db.prepare(`SELECT * FROM "${name}" LIMIT 0`).columns()).map((_, i) => i + 1);
      // by every column: a WITHOUT ROWID table has no rowid
      const rows = db.prepare(`SELECT * FROM "${name}" ORDER BY ${columns.join(', ')}`).raw().all();
      out.set(name, `${rows.length} ${createHash('sha1').update(JSON.stringify(rows, (_, v: unknown) => (v instanceof Uint8Array ? Buffer.from(v).toString('base64') : v))).digest('hex')}`);
    }
    return out;
  } finally {
    db.close();
  }
}

function write(path: string, phrases?: PhraseRowsSink): LibraryWriter {
  const writer = new LibraryWriter(path, { phrases });
  for (const { doc: d, passages } of DOCS) writer.addDocument(d, passages);
  return writer;
}

describe('phrase tables written by a second writer (phrase-tables.ts, phrase-writer.ts)', () => {
  let dir: string;
  let expected: Map<string, string>;
  before(async () => {
    dir = await tempDir('phrase-tables-');
    write(join(dir, 'one.db')).finish();
    expected = tables(join(dir, 'one.db'));
  });
  after(() => removeAll(dir));

  it('in a file of their own, adopted: every table as the one writer writes it', () => {
    const side = new PhraseTablesFile(join(dir, 'side.db'));
    const writer = write(join(dir, 'two.db'), side);
    side.finish();
    writer.finish();
    adoptPhraseTables(join(dir, 'two.db'), join(dir, 'side.db'));
    assert.ok(!existsSync(join(dir, 'side.db')), 'the side file is deleted');
    const got = tables(join(dir, 'two.db'));
    assert.deepEqual([...got.keys()], [...expected.keys()]);
    for (const [name, digest] of expected) assert.equal(got.get(name), digest, name);
    assert.ok((expected.get('pairs_data') ?? '').split(' ')[0] !== '2', 'the pairs table holds rows');
  });

  it('by a thread: the same, and the thread ends', async () => {
    const library = join(dir, 'three.db');
    const thread = phraseWriter(library, join(dir, 'three.side.db'));
    if (!thread) return;
    const writer = write(library, thread);
    thread.finish();
    writer.finish();
    await thread.adopt();
    const got = tables(library);
    for (const [name, digest] of expected) assert.equal(got.get(name), digest, name);
  });

  it('a failed thread fails the writer', async () => {
    // a directory where its file should be: the thread cannot open it
    const thread = phraseWriter(join(dir, 'four.db'), dir);
    if (!thread) return;
    await assert.rejects(async () => {
      for (let i = 0; i < 200; i++) {
        thread.add(i, ['a b']);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      await thread.adopt();
    });
    await thread.abort();
  });

  it('a thread failing while the writer waits for it (too far ahead) fails the writer, not hangs it', async () => {
    const thread = phraseWriter(join(dir, 'five.db'), dir);
    if (!thread) return;
    // no turn of the event loop: past 400 documents ahead the writer waits on the thread's progress
    assert.throws(() => {
      for (let i = 0; i < 2000; i++) thread.add(i, ['a b']);
    }, /failed/);
    await thread.abort();
  });

  it('a thread that dies without saying so (its module fails to load) fails the writer once it stalls, not hangs it (reviewfix19b)', async () => {
    // the thread never reaches the code that marks it failed: before, the writer waited forever past 400 documents ahead
    const module = join(dir, 'dead-thread.mjs');
    writeFileSync(module, "throw new Error('the thread could not load');\n");
    const thread = new PhraseWriter(module, join(dir, 'six.db'), join(dir, 'six.side.db'), 300);
    const t = performance.now();
    assert.throws(() => {
      for (let i = 0; i < 2000; i++) thread.add(i, ['a b']);
    }, /wrote nothing/);
    assert.ok(performance.now() - t < 10_000);
    await thread.abort();
  });

  it('a sink whose library.db cannot be opened stops the thread it started, so the run can end (reviewfix19b)', async () => {
    const ports = () => process.getActiveResourcesInfo().filter((r) => r === 'MessagePort').length;
    const before = ports();
    // library.db's path a directory: LibraryWriter fails, the phrase file beside it opens
    const staged = { path: (name: string) => (name === 'library.db' ? dir : join(dir, `seven-${name}`)) } as unknown as StagedBuild;
    assert.throws(() => new Fts5Sink(staged), /unable to open/);
    for (let i = 0; i < 50 && ports() > before; i++) await new Promise((resolve) => setTimeout(resolve, 50));
    assert.equal(ports(), before, 'no thread left holding the process open');
  });
});
