import Database from 'better-sqlite3';
import type { DocumentRecord, Passage } from '../types.js';
import type { OrdinalRange, PassageBrief, PassageStore, StemIds } from '../passage-store.js';
import { parseTitleStems, rememberTitleStems } from '../title-stems.js';
import { LIBRARY_DB_ALSO_READS, LIBRARY_DB_FORMAT, phraseToken } from '../build/library-db.js';
import { decodeStemRuns } from '../build/stem-runs.js';
import { DUPLICATE, storedColumnSet, type PassageColumnSet } from '../passage-columns.js';
import type { StoredColumn } from '../facet-column.js';
import { storedDocumentColumns, type DocumentColumnSet } from '../document-columns.js';
import { StoredDocuments, type DocumentSource } from './stored-documents.js';
import { loadStemRuns, type StemRunsInMemory } from './stem-runs-memory.js';

// A build's library.db opened read-only. In memory: what the indexer stored ready-made of every
// passage and document (facet columns, the documents' ids, titles and ranges: a few blobs, so
// opening a build reads no row per passage or document); a passage's document comes from the
// documents' ordinal ranges. Everything else is read by ordinal when shown, through a small
// cache, since a request touches the same rows several times (ranking, grouping, snippets), and
// a document's record when first asked for (stored-documents.ts).

// passages parsed and kept: a search reads a few hundred; each kept one also keeps its
// text split and stemmed (service.ts), so a larger cache grew the live heap by tens of MB
const CACHE = 1024;

/**
 * SQLite's page cache of the serving connection, KiB (its default is 2 MB). A search reads
 * the same pages of the FTS5 index, the postings and the stem runs of common candidates again
 * and again; through a cache of 2 MB most came back by a system call and a copy (100k passages,
 * the bench's mixes, first run of each query: 4 % less CPU a search at 16–32 MB). It is the
 * most memory it may hold, filled only as pages are read.
 */
const PAGE_CACHE_KIB = 32 * 1024;

/** bytes of the file a reading of every document record may map: all of it (SQLite caps it at 2 GB; a mapping only reserves addresses) */
const BULK_MMAP = 1 << 40;

/** A document record whose tag weights are read (from the database) and parsed when first asked for. */
function withTagsOnDemand(doc: Omit<DocumentRecord, 'tags'>, read: () => string): DocumentRecord {
  let tags: DocumentRecord['tags'] | undefined;
  return Object.defineProperty(doc, 'tags', { enumerable: true, get: () => (tags ??= JSON.parse(read()) as DocumentRecord['tags']) }) as DocumentRecord;
}

export class LibraryStore implements PassageStore {
  readonly db: Database.Database;
  readonly documents: StoredDocuments;
  /** what facets hold of every document, as the indexer stored it */
  readonly documentColumns: DocumentColumnSet;
  private readonly docIds: readonly string[];
  private readonly docStarts: Uint32Array;
  private readonly docIndex = new Map<string, number>();
  private readonly docOfOrd: Uint32Array;
  private readonly columns: PassageColumnSet;
  private readonly duplicate: number | undefined;
  private readonly byOrd: Database.Statement<[number], { record: string }>;
  private readonly ordById: Database.Statement<[string], { ord: number }>;
  private readonly briefByOrd: Database.Statement<[number], [string, string]>;
  private readonly briefsByOrd: Database.Statement<[string], [number, string, string]>;
  private readonly recordsByOrd: Database.Statement<[string], [number, string]>;
  private readonly sectionsByOrd: Database.Statement<[string], [number, string | null]>;
  private readonly cache = new Map<number, Passage>();
  private readonly briefs = new Map<number, PassageBrief>();
  /** the stem runs once held in memory (stem-runs-memory.ts); until then the statement reads them */
  private runsInMemory: StemRunsInMemory | undefined;
  /** reading them, a step a turn of the event loop, from the first search that asks for runs; null once done or given up */
  private runsLoading: Generator<number, StemRunsInMemory | undefined> | null | undefined;
  readonly count: number;
  readonly stemIds: StemIds;

  constructor(path: string) {
    this.db = new Database(path, { readonly: true, fileMustExist: true });
    try {
      this.db.pragma(`cache_size = -${PAGE_CACHE_KIB}`);
      // A published build never changes (a new one is a new file). Left to SQLite's normal
      // locking, every statement (some thirty a search) took a file lock, looked for a journal
      // beside the file, re-read page 1 to see whether its cache still held and let the lock go:
      // ~90 system calls a search. Held from the first read, the shared lock says no one writes.
      this.db.pragma('locking_mode = EXCLUSIVE');
      const format = (this.db.prepare("SELECT value FROM meta WHERE key = 'format'").get() as { value: string } | undefined)?.value;
      const older = LIBRARY_DB_ALSO_READS.some((f) => String(f) === format) && this.db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'pairs'").get() !== undefined;
      if (format !== String(LIBRARY_DB_FORMAT) && !older) throw new Error(`library.db format ${format} is not ${LIBRARY_DB_FORMAT}: rebuild with npm run index`);
      const list = this.db.prepare('SELECT ids, starts, titles, author_labels AS authorLabels FROM document_list').get() as { ids: string; starts: Buffer; titles: string; authorLabels: string } | undefined;
      if (!list) throw new Error('library.db has no document list');
      const stored = new Map<string, StoredColumn>();
      for (const row of this.db.prepare('SELECT name, ids, offsets, vals FROM columns').iterate() as Iterable<{ name: string; ids: string; offsets: Buffer; vals: Buffer }>) {
        stored.set(row.name, { ids: row.ids, offsets: row.offsets, values: row.vals });
      }
      this.documentColumns = storedDocumentColumns(list, (name) => stored.get(name));
      // Title stems are a pure function of the title, stored only to save stemming it: no
      // table (format 16) and an empty one both mean none were written, and the titles are
      // stemmed on first use with the same answers. A row that is there is checked (a wrong one
      // is damage: it would throw in searches or give wrong matches), so the build is refused.
      if (this.db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'title_stems'").get()) {
        const stems = this.db.prepare('SELECT stems FROM title_stems').pluck().get() as unknown;
        if (stems !== undefined) {
          if (typeof stems !== 'string') throw new Error('library.db: the title stems are not text');
          rememberTitleStems(this.documentColumns.titles, parseTitleStems(stems, this.documentColumns.titles.length));
        }
      }
      this.docIds = this.documentColumns.ids;
      if (list.starts.byteLength !== 4 * (this.docIds.length + 1)) throw new Error(`library.db: ${list.starts.byteLength / 4} document starts for ${this.docIds.length} documents`);
      this.docStarts = Uint32Array.from({ length: this.docIds.length + 1 }, (_, d) => list.starts.readUInt32LE(4 * d));
      this.docIds.forEach((id, d) => {
        if (this.docStarts[d + 1] < this.docStarts[d]) throw new Error(`library.db: the passages of ${id} do not follow the previous document's`);
        this.docIndex.set(id, d);
      });
      this.count = this.docStarts[this.docIds.length];
      this.docOfOrd = new Uint32Array(this.count);
      for (let d = 0; d < this.docIds.length; d++) this.docOfOrd.fill(d, this.docStarts[d], this.docStarts[d + 1]);
      this.columns = storedColumnSet(this.count, this.docIds, this.docStarts, (name) => stored.get(name));
      this.duplicate = this.columns.flags.idOf(DUPLICATE);
      this.documents = new StoredDocuments(this.docIndex, this.documentSource(path));
      this.byOrd = this.db.prepare('SELECT record FROM passages WHERE ord = ?');
      this.ordById = this.db.prepare('SELECT ord FROM passages WHERE id = ?');
      this.briefByOrd = this.db.prepare("SELECT text, tags ->> '$.kind' FROM passages WHERE ord = ?").raw() as Database.Statement<[number], [string, string]>;
      const stemId = this.db.prepare('SELECT id FROM stem_ids WHERE stem = ?').pluck() as Database.Statement<[string], number>;
      // The rows as one: their ordinals, their lengths and their bytes end to end. A row handed
      // to JavaScript costs a Buffer of its own and more than SQLite's seek (300 candidates: 1.3–1.8
      // ms as rows, 0.9 as one). group_concat keeps a blob's bytes as they are (a UTF-8
      // database does not convert them), and all three aggregates read the rows in the same order.
      const runs = this.db.prepare(
        "SELECT json_group_array(ord), json_group_array(length(ids)), CAST(group_concat(ids, '') AS BLOB) FROM (SELECT ord, ids FROM stem_runs WHERE ord IN (SELECT value FROM json_each(?)) ORDER BY ord)",
      ).raw() as Database.Statement<[string], [string, string, Buffer | null]>;
      this.stemIds = {
        // the dictionary holds stems as the phrases table writes them
        of: (stem) => stemId.get(phraseToken(stem)),
        ofPassages: (ordinals) => {
          if (this.runsInMemory) return this.runsInMemory.ofPassages(ordinals);
          if (this.runsLoading === undefined) this.startHoldingRuns(path);
          const out = new Map<number, Uint32Array>();
          // asked in ascending order, as the rows are read: the seeks walk the table's pages forward (300 runs: 0.67 → 0.51 ms)
          const [ords, lengths, bytes] = runs.get(JSON.stringify([...ordinals].sort((a, b) => a - b))) ?? ['[]', '[]', null];
          const decoded = decodeStemRuns(bytes ?? new Uint8Array(0), JSON.parse(lengths) as number[]);
          (JSON.parse(ords) as number[]).forEach((ord, i) => out.set(ord, decoded[i]));
          return out;
        },
      };
      this.briefsByOrd = this.db.prepare("SELECT ord, text, tags ->> '$.kind' FROM passages WHERE ord IN (SELECT value FROM json_each(?))").raw() as Database.Statement<[string], [number, string, string]>;
      this.sectionsByOrd = this.db.prepare("SELECT ord, record -> '$.section' FROM passages WHERE ord IN (SELECT value FROM json_each(?))").raw() as Database.Statement<[string], [number, string | null]>;
      this.recordsByOrd = this.db.prepare('SELECT ord, record FROM passages WHERE ord IN (SELECT value FROM json_each(?))').raw() as Database.Statement<[string], [number, string]>;
    } catch (error) {
      this.db.close();
      throw error;
    }
  }

  /**
   * Reads the stem runs into memory in steps, each on its own turn of the event loop, so that
   * requests are answered between them; started by the first search that asks for runs (never
   * before the server listens, and never by a server no such search reaches). A library too
   * large to hold them, or a file gone, keeps reading them by statement.
   */
  private startHoldingRuns(path: string): void {
    const loading = (this.runsLoading = loadStemRuns(path, this.count));
    const step = () => {
      if (this.runsLoading !== loading) return;
      try {
        const r = loading.next();
        if (!r.done) {
          setImmediate(step).unref();
          return;
        }
        this.runsInMemory = r.value;
      } catch {
        // e.g. the file pruned while its last requests finish: the serving connection still reads it
      }
      this.runsLoading = null;
    };
    setImmediate(step).unref();
  }

  /** Reads every stem run into memory now (tests; the server does it in steps). */
  holdStemRuns(): boolean {
    const loading = loadStemRuns(this.db.name, this.count);
    let r = loading.next();
    while (!r.done) r = loading.next();
    this.runsLoading = null;
    this.runsInMemory = r.value;
    return r.value !== undefined;
  }

  /** How the document records are read, when asked for. */
  private documentSource(path: string): DocumentSource {
    const db = this.db;
    // SQLite takes the tag weights out of each record (json_remove runs in C): they are most
    // of a record's bytes and objects, only the document's own JSON shows them, and reading
    // them too cost a second pass over every record's JSON and 7 MB of strings at 100k
    // passages: they are read when a document's are asked for
    const one = db.prepare("SELECT json_remove(record, '$.tags') FROM documents WHERE ord = ?").pluck() as Database.Statement<[number], string>;
    const tagsOf = db.prepare("SELECT json_extract(record, '$.tags') FROM documents WHERE ord = ?").pluck() as Database.Statement<[number], string>;
    return {
      one: (position) => {
        const json = one.get(position);
        if (json === undefined) throw new Error(`library.db has no record of document ${position}`);
        return json;
      },
      // Every record is read (a page each: they are written beside their passages) through a
      // connection of its own that maps the file into memory: a page is then a page fault, not
      // a system call and a copy into the serving connection's cache, which the scan would fill
      // with pages no request reads again. It is closed after, so the mapped pages leave the
      // server's RSS.
      *all() {
        let bulk: Database.Database | undefined;
        try {
          bulk = new Database(path, { readonly: true, fileMustExist: true });
          bulk.pragma(`mmap_size = ${BULK_MMAP}`);
        } catch {
          // the file is gone (a build pruned while its last requests finish): the serving connection still reads it
          bulk?.close();
          bulk = undefined;
        }
        try {
          yield* (bulk ?? db).prepare("SELECT ord, json_remove(record, '$.tags') FROM documents ORDER BY ord").raw().iterate() as Iterable<[number, string]>;
        } finally {
          bulk?.close();
        }
      },
      // the closure holds the position only: holding the row would keep its JSON text alive beside the parsed record
      parse: (position, json) => withTagsOnDemand(JSON.parse(json) as Omit<DocumentRecord, 'tags'>, () => tagsOf.get(position) ?? 'null'),
    };
  }

  at(ordinal: number): Passage {
    let p = this.cache.get(ordinal);
    if (p) return p;
    const row = this.byOrd.get(ordinal);
    if (!row) throw new RangeError(`no passage at ${ordinal} (of ${this.count})`);
    p = JSON.parse(row.record) as Passage;
    this.keepPassage(ordinal, p);
    return p;
  }

  /** The headings of some passages in one statement (section-context.ts asks of a few a search): the paths only, not the records. */
  sectionsOf(ordinals: readonly number[]): string[] {
    const byOrd = new Map(this.sectionsByOrd.all(JSON.stringify(ordinals)));
    return ordinals.map((o) => byOrd.get(o) ?? '[]');
  }

  /** A page's passages in one statement: one per passage cost more than its row (40 µs a seek against 25 µs a row read together, at 100k). */
  readAhead(ordinals: readonly number[]): void {
    const missing = ordinals.filter((o) => !this.cache.has(o));
    if (missing.length < 2) return;
    for (const [ord, record] of this.recordsByOrd.all(JSON.stringify(missing))) this.keepPassage(ord, JSON.parse(record) as Passage);
  }

  private keepPassage(ordinal: number, p: Passage): void {
    if (this.cache.size >= CACHE) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(ordinal, p);
  }

  brief(ordinal: number): PassageBrief {
    // a passage read whole has them; otherwise two columns, not the record's JSON (twice the text's size)
    let b = this.cache.get(ordinal) ?? this.briefs.get(ordinal);
    if (b) return b;
    const row = this.briefByOrd.get(ordinal);
    if (!row) throw new RangeError(`no passage at ${ordinal} (of ${this.count})`);
    b = { text: row[0], kind: row[1] as Passage['kind'] };
    this.keepBrief(ordinal, b);
    return b;
  }

  prefetch(ordinals: readonly number[]): void {
    const missing = ordinals.filter((o) => !this.cache.has(o) && !this.briefs.has(o));
    if (!missing.length) return;
    // one statement for all: a statement run per row costs more than the row
    for (const [ord, text, kind] of this.briefsByOrd.iterate(JSON.stringify(missing)) as Iterable<[number, string, string]>) this.keepBrief(ord, { text, kind: kind as Passage['kind'] });
  }

  private keepBrief(ordinal: number, b: PassageBrief): void {
    if (this.briefs.size >= CACHE) this.briefs.delete(this.briefs.keys().next().value!);
    this.briefs.set(ordinal, b);
  }

  get(id: string): Passage | undefined {
    const ord = this.ordinalOf(id);
    return ord === undefined ? undefined : this.at(ord);
  }

  ordinalOf(id: string): number | undefined {
    return this.ordById.get(id)?.ord;
  }

  docOf(ordinal: number): string {
    return this.docIds[this.docOfOrd[ordinal]];
  }

  isDuplicate(ordinal: number): boolean {
    return this.duplicate !== undefined && this.columns.flags.rowHas(ordinal, this.duplicate);
  }

  rangeOf(doc: string): OrdinalRange | undefined {
    const d = this.docIndex.get(doc);
    return d === undefined ? undefined : { first: this.docStarts[d], end: this.docStarts[d + 1] };
  }

  ofDocument(doc: string): Passage[] {
    const r = this.rangeOf(doc);
    if (!r) return [];
    const out: Passage[] = [];
    for (let o = r.first; o < r.end; o++) out.push(this.at(o));
    return out;
  }

  *all(): Iterable<Passage> {
    for (const row of this.db.prepare('SELECT record FROM passages ORDER BY ord').iterate() as Iterable<{ record: string }>) yield JSON.parse(row.record) as Passage;
  }

  columnSet(): PassageColumnSet {
    return this.columns;
  }

  close(): void {
    this.runsLoading?.return(undefined);
    this.runsLoading = null;
    this.runsInMemory = undefined;
    if (this.db.open) this.db.close();
  }
}
