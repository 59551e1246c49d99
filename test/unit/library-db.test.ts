import assert from 'node:assert/strict';
import { copyFile, rm } from 'node:fs/promises';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import type { DocumentRecord, Passage } from '../../core/types.js';
import { documentRows, LIBRARY_DB_ALSO_READS, LIBRARY_DB_FORMAT, LibraryWriter, phraseRow } from '../../core/build/library-db.js';
import { LibraryStore } from '../../core/engines/fts5-library.js';
import { loadStemRuns, StemRunsInMemory } from '../../core/engines/stem-runs-memory.js';
import { DOCUMENT_FACETS, DocumentColumnsBuilder } from '../../core/document-columns.js';
import { Fts5Engine } from '../../core/engines/fts5.js';
import { removeAll, tempDir } from '../helpers/tmp.js';
import { stem, words } from '../../core/analysis.js';
import { decodeStemRun, decodeStemRuns, StemRunsWriter } from '../../core/build/stem-runs.js';
import { ftsTokens } from '../../core/build/term-counts.js';
import { stemsOfTitle, titleStemList } from '../../core/title-stems.js';

const doc = (id: string, title: string): DocumentRecord => ({
  id, csl: { id, type: 'report', title, author: [{ family: 'Gilder', given: 'Alexander' }] }, provenance: {}, file: `${id}.txt`, format: 'text', hash: id,
  pages: null, pageLabels: null, passageCount: 2, tags: { actor: [], theme: [], place: [], kind: [] }, furniture: { removed: 0, kinds: {} }, outline: [],
});
const passage = (id: string, d: string, text: string, extra: Partial<Passage> = {}): Passage => ({
  id, doc: d, ordinal: 0, block: 0, text, section: ['Findings'], page: '3', physicalPage: 3, start: 0, end: text.length,
  kind: 'finding', blockType: 'paragraph', actors: [], themes: [], places: [], evidence: [], ...extra,
});

describe('library.db', () => {
  let dir: string;
  let store: LibraryStore;
  before(async () => {
    dir = await tempDir('libdb-');
    const writer = new LibraryWriter(join(dir, 'library.db'));
    writer.addDocument(doc('a', 'Peace operations'), [passage('a1', 'a', 'Peacekeepers protected civilians in Mali.', { actors: ['unhcr'], places: ['MLI'] }), passage('a2', 'a', 'A pull quote.', { duplicate: true })]);
    writer.addDocument(doc('b', 'Age of caution'), [passage('b1', 'b', 'The Security Council remained divided.', { cites: ['w1'], section: ['Findings', 'Politics: the “P5”'] })]);
    assert.deepEqual(writer.counts, { documents: 2, passages: 3 });
    writer.finish();
    store = new LibraryStore(join(dir, 'library.db'));
  });
  after(async () => {
    store.close();
    await removeAll(dir);
  });

  it('reads through a page cache larger than SQLite\'s default (a search reads the same index pages again and again)', () => {
    const kib = -(store.db.pragma('cache_size', { simple: true }) as number);
    assert.ok(kib >= 16 * 1024 && kib <= 64 * 1024, `cache_size ${kib} KiB`);
  });

  it('holds its read lock (a published build never changes), and another reader still opens the file', () => {
    assert.equal(store.db.pragma('locking_mode', { simple: true }), 'exclusive');
    store.at(0);
    const other = new LibraryStore(join(dir, 'library.db'));
    try {
      assert.equal(other.at(2).text, 'The Security Council remained divided.');
    } finally {
      other.close();
    }
  });

  it('keeps documents in memory and reads passages by ordinal, id and document range', () => {
    assert.equal(store.count, 3);
    assert.deepEqual([...store.documents.keys()], ['a', 'b']);
    // the tag weights, parsed when first read, are there as written (and in the record's JSON)
    assert.deepEqual(store.documents.get('a')?.tags, { actor: [], theme: [], place: [], kind: [] });
    assert.deepEqual(JSON.parse(JSON.stringify(store.documents.get('b'))), doc('b', 'Age of caution'));
    assert.equal(store.at(2).text, 'The Security Council remained divided.');
    assert.equal(store.get('a2')?.duplicate, true);
    assert.equal(store.ordinalOf('b1'), 2);
    assert.equal(store.get('zz'), undefined);
    assert.equal(store.docOf(1), 'a');
    assert.equal(store.isDuplicate(1), true);
    assert.deepEqual(store.rangeOf('b'), { first: 2, end: 3 });
    assert.deepEqual(store.ofDocument('a').map((p) => p.id), ['a1', 'a2']);
    const columns = store.columnSet();
    assert.deepEqual([0, 1, 2].map((o) => [columns.tags.actor.idsOfRow(o), columns.tags.place.idsOfRow(o), columns.cites.idsOfRow(o)]), [[['unhcr'], ['MLI'], []], [[], [], []], [[], [], ['w1']]]);
    assert.deepEqual([...columns.docIds], ['a', 'b']);
    assert.deepEqual([...columns.docStarts], [0, 2, 3]);
  });

  it('reads passages’ headings alone, as the JSON of each path, the same as read whole (section-context.ts)', () => {
    const ords = [2, 0, 1];
    assert.deepEqual(store.sectionsOf(ords), ords.map((o) => JSON.stringify(store.at(o).section)));
    assert.equal(store.sectionsOf([2])[0], '["Findings","Politics: the “P5”"]');
  });

  it('keeps every passage’s words as stem ids, in order, for the ranking rules', () => {
    const runs = store.stemIds.ofPassages([0, 1, 2, 7]);
    assert.deepEqual([...runs.keys()].sort(), [0, 1, 2]);
    for (const [ord, ids] of runs) {
      const expected = words(store.at(ord).text).map((w) => store.stemIds.of(stem(w)));
      assert.deepEqual([...ids], expected, `passage ${ord}`);
    }
    // "protected" and "protecting" share a stem, so an id; a stem no passage has has none
    assert.equal(store.stemIds.of(stem('protecting')), runs.get(0)![1]);
    assert.equal(store.stemIds.of('zanzibar'), undefined);
  });

  it('holds the stem runs in memory, read in steps after the first search asks for runs, with the runs the statement reads', async () => {
    const other = new LibraryStore(join(dir, 'library.db'));
    try {
      const asked = [2, 0, 7, 1, 0];
      const byStatement = other.stemIds.ofPassages(asked);
      // the first ask started the reading on later turns of the event loop; a few turns and it is done
      for (let i = 0; i < 5; i++) await new Promise((r) => setImmediate(r));
      const held = other.stemIds.ofPassages(asked);
      assert.deepEqual([...held].map(([o, r]) => [o, [...r]]), [...byStatement].map(([o, r]) => [o, [...r]]));
      assert.deepEqual([...held.keys()], [0, 1, 2]);
      assert.equal(other.holdStemRuns(), true);
    } finally {
      other.close();
    }
  });

  it('closed while its stem runs wait to be read into memory, a store raises nothing on a later turn and refuses further reads', async () => {
    const other = new LibraryStore(join(dir, 'library.db'));
    const errors: unknown[] = [];
    const onError = (e: unknown) => errors.push(e);
    process.on('uncaughtException', onError);
    try {
      other.stemIds.ofPassages([0, 1]);
      // closed while the first step waits for its turn (close() returns the reading's generator, so
      // a pending step finds it done; the step's own guard is belt and braces, not observable here)
      other.close();
      for (let i = 0; i < 5; i++) await new Promise((r) => setImmediate(r));
      assert.deepEqual(errors, []);
      assert.throws(() => other.stemIds.ofPassages([0]), /not open|closed/i);
    } finally {
      process.off('uncaughtException', onError);
    }
  });

  it('reads stem runs by steps of any size, and holds none past the byte budget or with a passage’s row missing', () => {
    const path = join(dir, 'library.db');
    const drain = (g: Generator<number, StemRunsInMemory | undefined>) => {
      let r = g.next();
      while (!r.done) r = g.next();
      return r.value;
    };
    const whole = drain(loadStemRuns(path, 3, 1 << 20, 2))!;
    const one = drain(loadStemRuns(path, 3, 1 << 20, 1))!;
    const expected = store.stemIds.ofPassages([0, 1, 2]);
    for (const runs of [whole, one]) assert.deepEqual([...runs.ofPassages([2, 1, 0, -1, 3])].map(([o, r]) => [o, [...r]]), [...expected].map(([o, r]) => [o, [...r]]));
    assert.equal(drain(loadStemRuns(path, 3, 4, 2)), undefined);
    // a fourth passage the table has no row for
    assert.equal(drain(loadStemRuns(path, 4, 1 << 20, 2)), undefined);
  });

  it('writes stem ids as varints that decode to themselves', () => {
    const writer = new StemRunsWriter();
    const many = Array.from({ length: 20_000 }, (_, i) => `s${i}`).join(' ');
    const first = decodeStemRun(writer.encode(many));
    assert.deepEqual([...first.slice(0, 3)], [0, 1, 2]);
    assert.equal(first[19_999], 19_999);
    assert.deepEqual([...decodeStemRun(writer.encode('s19999 s0 s130 fresh'))], [19_999, 0, 130, 20_000]);
    assert.deepEqual([...decodeStemRun(writer.encode(''))], []);
  });

  it('decodes several runs end to end as each would decode alone, empty ones and ids past one byte too', () => {
    const writer = new StemRunsWriter();
    writer.encode(Array.from({ length: 300 }, (_, i) => `w${i}`).join(' '));
    const blobs = ['w1 w2 w200', '', 'w299 w0 fresh w130', 'w5'].map((s) => writer.encode(s));
    const runs = decodeStemRuns(Buffer.concat(blobs), blobs.map((b) => b.length));
    assert.deepEqual(runs.map((r) => [...r]), blobs.map((b) => [...decodeStemRun(b)]));
    assert.deepEqual(decodeStemRuns(new Uint8Array(0), []), []);
  });

  it('holds runs end to end and hands each back as it would decode alone, in one pass (empty runs, ids of one to three bytes, any order asked)', () => {
    const writer = new StemRunsWriter();
    writer.encode(Array.from({ length: 20_000 }, (_, i) => `w${i}`).join(' '));
    const blobs = ['w1 w2 w200', '', 'w19999 w0 fresh w130', 'w5', '', 'w16384 w127 w128'].map((s) => writer.encode(s));
    const starts = new Uint32Array(blobs.length + 1);
    blobs.forEach((b, i) => (starts[i + 1] = starts[i] + b.length));
    const held = new StemRunsInMemory(new Uint8Array(Buffer.concat(blobs)), starts);
    const got = held.ofPassages([5, 2, 0, 1, 2, 4, 3, 9, -1]);
    assert.deepEqual([...got.keys()], [0, 1, 2, 3, 4, 5]);
    for (const [ord, run] of got) assert.deepEqual([...run], [...decodeStemRun(blobs[ord])], String(ord));
    assert.deepEqual(held.ofPassages([]).size, 0);
  });

  it('numbers a document’s stems within it, and writes the runs the build would write word by word', () => {
    const texts = ['Peacekeepers protected civilians.', '', 'Protecting civilians: the peacekeepers’ role', 'A fresh word, and role again.'];
    const rows = documentRows(doc('c', 'Stems'), texts.map((t, i) => passage(`c${i}`, 'c', t)));
    // each passage's stems as the phrases table's format 17 held them
    const stems = texts.map((t) => phraseRow(t)[0]);
    assert.deepEqual(rows.stemDict.slice(0, 3), stems[0].split(' '));
    const byWord = new StemRunsWriter();
    byWord.encode('role zanzibar');
    const byDocument = new StemRunsWriter();
    byDocument.encode('role zanzibar');
    const runs = byDocument.encodeDocument(rows.stemDict, rows.stemLocal, rows.stemEnds);
    assert.deepEqual(runs.map((r) => [...decodeStemRun(r)]), stems.map((s) => [...decodeStemRun(byWord.encode(s))]));
    assert.deepEqual([...decodeStemRun(runs[1])], []);
  });

  it('numbers a document’s FTS tokens within it and counts each row’s terms per column, as FTS5 reads the row', () => {
    const texts = ['Peacekeepers protected civilians in Côte d’Ivoire.', '', 'See https://example.org/u.n.-report and the U.N. 1.5 °C report', 'The council’s role, and civilians again.'];
    const rows = documentRows(doc('t', 'Terms'), texts.map((t, i) => passage(`t${i}`, 't', t)));
    // per passage, each distinct term's instances per column (text, section, title, author), as FTS5 reads the row
    const byRow = rows.ftsText.map((text, i) => {
      const counts = new Map<string, number[]>();
      [text, rows.ftsSection[i], rows.ftsTitle, rows.ftsAuthor].forEach((column, c) => {
        for (const t of ftsTokens(column)) {
          const n = counts.get(t) ?? [0, 0, 0, 0];
          n[c]++;
          counts.set(t, n);
        }
      });
      return counts;
    });
    const { local, counts, ends, sizes } = rows.terms;
    const counted = rows.ids.map((_, i) => {
      const row = new Map<string, number[]>();
      for (let k = i ? ends[i - 1] : 0; k < ends[i]; k++) row.set(rows.termDict[local[k]], [0, 14, 22, 27].map((shift, c) => (counts[k] >>> shift) & ((1 << [14, 8, 5, 5][c]) - 1)));
      return row;
    });
    assert.deepEqual(counted, byRow);
    assert.deepEqual([...sizes], byRow.map((row) => [...row.values()].flat().reduce((a, b) => a + b, 0)));
    assert.equal(rows.terms.overflow, undefined);
    assert.equal(new Set(rows.termDict).size, rows.termDict.length);
    assert.ok(!rows.termDict.some((t) => t.includes('example')), 'the web address is left out, as from the FTS row');
  });

  it('answers searches from its FTS5 table with the passages’ ordinals', () => {
    const engine = new Fts5Engine(store.db);
    assert.deepEqual([...engine.search([{ term: 'protecting', presence: 'optional' }]).keys()], [0]);
    assert.deepEqual([...engine.search([{ term: 'caution', presence: 'optional', fields: ['title'] }]).keys()], [2]);
    assert.equal(engine.knows('Council'), true);
  });

  it('prepares no statement for a plain search asked again (the scorer and its statements are made once)', () => {
    const engine = new Fts5Engine(store.db);
    const clauses = [{ term: 'civilians', presence: 'optional' as const }];
    const first = engine.ranked?.memberBits?.(clauses);
    const prepare = store.db.prepare.bind(store.db);
    let prepared = 0;
    store.db.prepare = ((sql: string) => (prepared++, prepare(sql))) as typeof store.db.prepare;
    try {
      assert.deepEqual(engine.ranked?.memberBits?.(clauses), first);
      assert.deepEqual(engine.ranked?.best(clauses, 5).map((h) => h.ordinal), [0]);
      assert.equal(prepared, 0);
    } finally {
      store.db.prepare = prepare;
    }
  });
});

describe('library.db: what the server holds of every document', () => {
  let dir: string;
  let store: LibraryStore;
  const untitled = { ...doc('c', ''), csl: { id: 'c', type: 'book', author: [{ literal: 'UNHCR' }], issued: { 'date-parts': [[2019]] } } } as DocumentRecord;
  const records = [doc('a', 'Peace operations'), { ...untitled, csl: { ...untitled.csl, id: 'unhcr2019' } }, doc('e', 'Empty'), doc('b', 'Age of caution')];
  before(async () => {
    dir = await tempDir('libdb-docs-');
    const writer = new LibraryWriter(join(dir, 'library.db'));
    writer.addDocument(doc('a', 'Peace operations'), [passage('a1', 'a', 'One.')]);
    writer.addDocument(untitled, [passage('c1', 'c', 'Two.'), passage('c2', 'c', 'Three.')]);
    writer.addDocument(doc('e', 'Empty'), []);
    writer.addDocument(doc('b', 'Age of caution'), [passage('b1', 'b', 'Four.')]);
    // a late field: the untitled document's label is its citation key, known at the end
    writer.updateDocument(1, records[1]);
    writer.finish();
    store = new LibraryStore(join(dir, 'library.db'));
  });
  after(async () => {
    store.close();
    await removeAll(dir);
  });

  it('stores the columns the records would make, late fields included, and the documents’ ranges', () => {
    const made = DocumentColumnsBuilder.of(records);
    const stored = store.documentColumns;
    assert.deepEqual(stored.ids, made.ids);
    assert.deepEqual(stored.titles, ['Peace operations', 'unhcr2019', 'Empty', 'Age of caution']);
    assert.deepEqual(stored.authorLabels, made.authorLabels);
    for (const f of DOCUMENT_FACETS) assert.deepEqual([0, 1, 2, 3].map((d) => stored.columns[f].idsOfRow(d)), [0, 1, 2, 3].map((d) => made.columns[f].idsOfRow(d)), f);
    assert.deepEqual(stored.columns.year.idsOfRow(1), ['2019']);
    assert.deepEqual(stored.columns.author.idsOfRow(1), ['unhcr']);
    assert.deepEqual([store.rangeOf('a'), store.rangeOf('c'), store.rangeOf('e'), store.rangeOf('b'), store.rangeOf('zz')], [{ first: 0, end: 1 }, { first: 1, end: 3 }, { first: 3, end: 3 }, { first: 3, end: 4 }, undefined]);
    assert.equal(store.docOf(2), 'c');
    assert.equal(store.docOf(3), 'b');
  });

  it('reads a document’s record when asked for, the same object every time, and all of them in order', () => {
    assert.equal(store.documents.size, 4);
    assert.equal(store.documents.has('e'), true);
    assert.equal(store.documents.has('zz'), false);
    assert.equal(store.documents.get('zz'), undefined);
    const b = store.documents.get('b');
    assert.deepEqual(JSON.parse(JSON.stringify(b)), records[3]);
    assert.equal(store.documents.get('b'), b);
    assert.deepEqual([...store.documents.keys()], ['a', 'c', 'e', 'b']);
    const all = [...store.documents.values()];
    assert.deepEqual(all.map((d) => JSON.parse(JSON.stringify(d)) as DocumentRecord), records);
    assert.equal(all[3], b, 'a record read before is the one listed');
    assert.equal(store.documents.get('c'), all[1]);
    assert.deepEqual([...store.documents].map(([id]) => id), ['a', 'c', 'e', 'b']);
  });

  it('lists every record through the open database once its file is gone (a pruned build finishing its requests)', async () => {
    const copy = join(dir, 'copy.db');
    await copyFile(join(dir, 'library.db'), copy);
    const pruned = new LibraryStore(copy);
    try {
      await rm(copy);
      assert.deepEqual([...pruned.documents.values()].map((d) => JSON.parse(JSON.stringify(d)) as DocumentRecord), records);
      assert.deepEqual(pruned.documents.get('b')?.tags, records[3].tags);
    } finally {
      pruned.close();
    }
  });

  it('refuses a build of format 7 to 9: lists of common terms that count the title (7, 8), terms stemmed without the overrides ("aide" as "aid") and no term for a word outside Latin letters (9), elided articles kept (11), term postings in the older layout (12), symbols glued to their word (13), superscript letters and the micro sign as written (14), no page breaks in passages (15)', async () => {
    const older = join(dir, 'format8.db');
    for (const format of ['7', '8', '9', '10', '11', '12', '13', '14', '15']) {
      await copyFile(join(dir, 'library.db'), older);
      const rw = new Database(older);
      rw.prepare("UPDATE meta SET value = ? WHERE key = 'format'").run(format);
      rw.close();
      assert.throws(() => new LibraryStore(older), new RegExp(`format ${format} is not ${LIBRARY_DB_FORMAT}: rebuild`));
      await rm(older);
    }
  });

  it("writes each document title's content stems (format 17), which the reader hands to title match", () => {
    const stored = JSON.parse(store.db.prepare('SELECT stems FROM title_stems').pluck().get() as string) as string[][];
    assert.deepEqual(stored, store.documentColumns.titles.map(titleStemList));
    const age = store.documentColumns.titles.indexOf('Age of caution');
    assert.deepEqual(stored[age], [stem('age'), stem('caution')]);
    assert.deepEqual([...stemsOfTitle('Age of caution')], stored[age]);
  });

  /** A copy of the build with its first title renamed (a title no other test stemmed: the stem cache is process-wide) and its database changed. */
  async function alteredCopy(name: string, title: string, change: (rw: Database.Database) => void): Promise<string> {
    const path = join(dir, name);
    await copyFile(join(dir, 'library.db'), path);
    const rw = new Database(path);
    const titles = JSON.parse(rw.prepare('SELECT titles FROM document_list').pluck().get() as string) as string[];
    titles[0] = title;
    rw.prepare('UPDATE document_list SET titles = ?').run(JSON.stringify(titles));
    change(rw);
    rw.close();
    return path;
  }

  it('hands the stored title stems to title match (stems planted in the table are the ones used)', async () => {
    const title = 'Planted stems of a renamed title';
    const path = await alteredCopy('planted.db', title, (rw) => {
      const stems = JSON.parse(rw.prepare('SELECT stems FROM title_stems').pluck().get() as string) as string[][];
      stems[0] = ['planted'];
      rw.prepare('UPDATE title_stems SET stems = ?').run(JSON.stringify(stems));
    });
    const served = new LibraryStore(path);
    try {
      assert.deepEqual([...stemsOfTitle(title)], ['planted']);
    } finally {
      served.close();
      await rm(path);
    }
  });

  it('still serves a format-16 build, which has no title stems (its titles are stemmed on first use), and one with an empty table alike', async () => {
    for (const [name, change] of [
      ['format16.db', (rw: Database.Database) => {
        rw.prepare("UPDATE meta SET value = '16' WHERE key = 'format'").run();
        rw.exec('DROP TABLE title_stems');
      }],
      ['empty-stems.db', (rw: Database.Database) => rw.exec('DELETE FROM title_stems')],
    ] as const) {
      const title = `Computed stems of a renamed title in ${name}`;
      const path = await alteredCopy(name, title, change);
      const served = new LibraryStore(path);
      try {
        assert.equal(served.count, store.count);
        assert.deepEqual(served.documentColumns.titles.slice(1), store.documentColumns.titles.slice(1));
        // no build wrote stems for this title: they were computed
        assert.deepEqual([...stemsOfTitle(title)], titleStemList(title));
      } finally {
        served.close();
        await rm(path);
      }
    }
  });

  // refs43 moved the format to 27 and a format-26 build (references as read before it) is still
  // served: each format the reader claims, with this build's tables (18 on have them all)
  it('still serves a build of each older format it claims from 18 on, format 26 among them', async () => {
    const formats = LIBRARY_DB_ALSO_READS.filter((f) => f >= 18);
    assert.ok(formats.includes(26));
    for (const format of formats) {
      const path = await alteredCopy(`format${format}.db`, `A title of format ${format}`, (rw) => rw.prepare("UPDATE meta SET value = ? WHERE key = 'format'").run(String(format)));
      const served = new LibraryStore(path);
      try {
        assert.equal(served.count, store.count, `format ${format}`);
      } finally {
        served.close();
        await rm(path);
      }
    }
  });

  it('refuses a build whose title stems row is damaged: an entry not a list of words, a wrong count, not JSON, not text', async () => {
    const cases: [string, (stems: unknown[]) => unknown, RegExp][] = [
      ['number', (stems) => [5, ...stems.slice(1)], /the stems of title 0 are not a list of words/],
      ['string', (stems) => ['caution', ...stems.slice(1)], /the stems of title 0 are not a list of words/],
      ['inner number', (stems) => [['age', 7], ...stems.slice(1)], /the stems of title 0 are not a list of words/],
      ['short', (stems) => stems.slice(1), /title stems for \d+ titles/],
      ['object', () => ({ stems: [] }), /the title stems are not a list/],
      ['not json', () => undefined, /the title stems are not JSON/],
    ];
    for (const [label, corrupt, message] of cases) {
      const path = await alteredCopy('damaged.db', `Damaged stems ${label}`, (rw) => {
        const stems = JSON.parse(rw.prepare('SELECT stems FROM title_stems').pluck().get() as string) as unknown[];
        const bad = corrupt(stems);
        rw.prepare('UPDATE title_stems SET stems = ?').run(bad === undefined ? '[[' : JSON.stringify(bad));
      });
      assert.throws(() => new LibraryStore(path), message, label);
      await rm(path);
    }
    const path = await alteredCopy('blob.db', 'Damaged stems blob', (rw) => {
      rw.exec('CREATE TABLE t2 (stems BLOB); INSERT INTO t2 VALUES (x\'00\'); DROP TABLE title_stems; ALTER TABLE t2 RENAME TO title_stems');
    });
    assert.throws(() => new LibraryStore(path), /the title stems are not text/);
    await rm(path);
  });
});
