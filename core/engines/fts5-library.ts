import Database from 'better-sqlite3';
import type { DocumentRecord, Passage } from '../types.js';
import type { OrdinalRange, PassageBrief, PassageStore, StemIds } from '../passage-store.js';
import { LIBRARY_DB_FORMAT, phraseToken } from '../build/library-db.js';
import { decodeStemRun } from '../build/stem-runs.js';
import { DUPLICATE, storedColumnSet, type PassageColumnSet } from '../passage-columns.js';
import type { StoredColumn } from '../facet-column.js';

// A build's library.db opened read-only. In memory: the documents (the pages list them all) and
// the passages' columns the indexer stored ready-made (tags, citations, flags: a few blobs, so
// opening a build does not read a row per passage); a passage's document comes from the
// documents' ordinal ranges. Everything else is read by ordinal when shown, through a small
// cache, since a request touches the same rows several times (ranking, grouping, snippets).

// passages parsed and kept: a search reads a few hundred; each kept one also keeps its
// text split and stemmed (service.ts), so a larger cache grew the live heap by tens of MB
const CACHE = 1024;

/** bytes of the file the opening read may map: all of it (SQLite caps it at 2 GB; a mapping only reserves addresses) */
const BULK_MMAP = 1 << 40;

/** A document record whose tag weights are read (from the database) and parsed when first asked for. */
function withTagsOnDemand(doc: Omit<DocumentRecord, 'tags'>, read: () => string): DocumentRecord {
  let tags: DocumentRecord['tags'] | undefined;
  return Object.defineProperty(doc, 'tags', { enumerable: true, get: () => (tags ??= JSON.parse(read()) as DocumentRecord['tags']) }) as DocumentRecord;
}

export class LibraryStore implements PassageStore {
  readonly db: Database.Database;
  readonly documents = new Map<string, DocumentRecord>();
  private readonly docIds: string[] = [];
  private readonly ranges = new Map<string, OrdinalRange>();
  private readonly docOfOrd: Uint32Array;
  private readonly columns: PassageColumnSet;
  private readonly duplicate: number | undefined;
  private readonly byOrd: Database.Statement<[number], { record: string }>;
  private readonly ordById: Database.Statement<[string], { ord: number }>;
  private readonly briefByOrd: Database.Statement<[number], [string, string]>;
  private readonly briefsByOrd: Database.Statement<[string], [number, string, string]>;
  private readonly cache = new Map<number, Passage>();
  private readonly briefs = new Map<number, PassageBrief>();
  readonly count: number;
  readonly stemIds: StemIds;

  constructor(path: string) {
    this.db = new Database(path, { readonly: true, fileMustExist: true });
    try {
      const format = (this.db.prepare("SELECT value FROM meta WHERE key = 'format'").get() as { value: string } | undefined)?.value;
      if (format !== String(LIBRARY_DB_FORMAT)) throw new Error(`library.db format ${format} is not ${LIBRARY_DB_FORMAT}: rebuild with npm run index`);
      const starts: number[] = [0];
      // SQLite takes the tag weights out of each record (json_remove runs in C): they are most
      // of a record's bytes and objects, only the document's own JSON shows them, and reading
      // them too cost a second pass over every record's JSON and 7 MB of strings at 100k
      // passages: they are read when a document's are asked for
      const tagsOf = this.db.prepare("SELECT json_extract(record, '$.tags') FROM documents WHERE ord = ?").pluck() as Database.Statement<[number], string>;
      // Every document is read here (a page each: they are written beside their passages),
      // through a connection of its own that maps the file into memory: a page is then a page
      // fault, not a system call and a copy into the serving connection's cache, which the
      // scan would fill with 17 MB of pages no request reads again. It is closed after, so the
      // mapped pages leave the server's RSS (100k passages: 270 ms instead of 290–370 at load 4-6, 6 MB less RSS).
      const bulk = new Database(path, { readonly: true, fileMustExist: true });
      try {
        bulk.pragma(`mmap_size = ${BULK_MMAP}`);
        const rows = bulk.prepare("SELECT ord, id, first, end, json_remove(record, '$.tags') AS record FROM documents ORDER BY ord");
        for (const row of rows.iterate() as Iterable<{ ord: number; id: string; first: number; end: number; record: string }>) {
          if (row.first !== starts[starts.length - 1] || row.end < row.first) throw new Error(`library.db: the passages of ${row.id} do not follow the previous document's`);
          this.docIds.push(row.id);
          this.ranges.set(row.id, { first: row.first, end: row.end });
          // the closure holds the ordinal only: holding `row` would keep its record's JSON text alive beside the parsed record
          const { ord } = row;
          this.documents.set(row.id, withTagsOnDemand(JSON.parse(row.record) as Omit<DocumentRecord, 'tags'>, () => tagsOf.get(ord) ?? 'null'));
          starts.push(row.end);
        }
      } finally {
        bulk.close();
      }
      this.count = starts[starts.length - 1];
      const docStarts = Uint32Array.from(starts);
      this.docOfOrd = new Uint32Array(this.count);
      for (let d = 0; d < this.docIds.length; d++) this.docOfOrd.fill(d, docStarts[d], docStarts[d + 1]);
      const stored = new Map<string, StoredColumn>();
      for (const row of this.db.prepare('SELECT name, ids, offsets, vals FROM columns').iterate() as Iterable<{ name: string; ids: string; offsets: Buffer; vals: Buffer }>) {
        stored.set(row.name, { ids: row.ids, offsets: row.offsets, values: row.vals });
      }
      this.columns = storedColumnSet(this.count, this.docIds, docStarts, (name) => stored.get(name));
      this.duplicate = this.columns.flags.idOf(DUPLICATE);
      this.byOrd = this.db.prepare('SELECT record FROM passages WHERE ord = ?');
      this.ordById = this.db.prepare('SELECT ord FROM passages WHERE id = ?');
      this.briefByOrd = this.db.prepare("SELECT text, tags ->> '$.kind' FROM passages WHERE ord = ?").raw() as Database.Statement<[number], [string, string]>;
      const stemId = this.db.prepare('SELECT id FROM stem_ids WHERE stem = ?').pluck() as Database.Statement<[string], number>;
      const runs = this.db.prepare('SELECT ord, ids FROM stem_runs WHERE ord IN (SELECT value FROM json_each(?))').raw() as Database.Statement<[string], [number, Buffer]>;
      this.stemIds = {
        // the dictionary holds stems as the phrases table writes them
        of: (stem) => stemId.get(phraseToken(stem)),
        ofPassages: (ordinals) => {
          const out = new Map<number, Uint32Array>();
          for (const [ord, ids] of runs.iterate(JSON.stringify(ordinals))) out.set(ord, decodeStemRun(ids));
          return out;
        },
      };
      this.briefsByOrd = this.db.prepare("SELECT ord, text, tags ->> '$.kind' FROM passages WHERE ord IN (SELECT value FROM json_each(?))").raw() as Database.Statement<[string], [number, string, string]>;
    } catch (error) {
      this.db.close();
      throw error;
    }
  }

  at(ordinal: number): Passage {
    let p = this.cache.get(ordinal);
    if (p) return p;
    const row = this.byOrd.get(ordinal);
    if (!row) throw new RangeError(`no passage at ${ordinal} (of ${this.count})`);
    p = JSON.parse(row.record) as Passage;
    if (this.cache.size >= CACHE) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(ordinal, p);
    return p;
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
    return this.ranges.get(doc);
  }

  ofDocument(doc: string): Passage[] {
    const r = this.ranges.get(doc);
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
    if (this.db.open) this.db.close();
  }
}
