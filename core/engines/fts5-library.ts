import Database from 'better-sqlite3';
import type { DocumentRecord, Passage } from '../types.js';
import type { TagField } from '../facets.js';
import type { OrdinalRange, PassageColumns, PassageStore } from '../passage-store.js';
import { LIBRARY_DB_FORMAT, splitIds } from '../build/library-db.js';

// A build's library.db opened read-only. In memory: the documents (the pages list them all),
// each passage's document as a number and its pull-quote flag; everything else is read by
// ordinal when shown, through a small cache, since a request touches the same rows several
// times (ranking, grouping, snippets).

const CACHE = 4096;

export class LibraryStore implements PassageStore {
  readonly db: Database.Database;
  readonly documents = new Map<string, DocumentRecord>();
  private readonly docIds: string[] = [];
  private readonly ranges = new Map<string, OrdinalRange>();
  private readonly docOfOrd: Uint32Array;
  private readonly duplicates: Uint8Array;
  private readonly byOrd: Database.Statement<[number], { record: string }>;
  private readonly ordById: Database.Statement<[string], { ord: number }>;
  private readonly cache = new Map<number, Passage>();
  readonly count: number;

  constructor(path: string) {
    this.db = new Database(path, { readonly: true, fileMustExist: true });
    const format = (this.db.prepare("SELECT value FROM meta WHERE key = 'format'").get() as { value: string } | undefined)?.value;
    if (format !== String(LIBRARY_DB_FORMAT)) {
      this.db.close();
      throw new Error(`library.db format ${format} is not ${LIBRARY_DB_FORMAT}: rebuild with npm run index`);
    }
    for (const row of this.db.prepare('SELECT id, first, end, record FROM documents ORDER BY ord').iterate() as Iterable<{ id: string; first: number; end: number; record: string }>) {
      this.docIds.push(row.id);
      this.ranges.set(row.id, { first: row.first, end: row.end });
      this.documents.set(row.id, JSON.parse(row.record) as DocumentRecord);
    }
    this.count = (this.db.prepare('SELECT count(*) AS n FROM passages').get() as { n: number }).n;
    this.docOfOrd = new Uint32Array(this.count);
    this.duplicates = new Uint8Array(this.count);
    for (const [ord, doc, duplicate] of this.db.prepare('SELECT ord, doc, duplicate FROM passages ORDER BY ord').raw().iterate() as Iterable<[number, number, number]>) {
      this.docOfOrd[ord] = doc;
      this.duplicates[ord] = duplicate;
    }
    this.byOrd = this.db.prepare('SELECT record FROM passages WHERE ord = ?');
    this.ordById = this.db.prepare('SELECT ord FROM passages WHERE id = ?');
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
    return this.duplicates[ordinal] === 1;
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

  *columns(): Iterable<PassageColumns> {
    const rows = this.db.prepare('SELECT doc, tags, cites, duplicate FROM passages ORDER BY ord').raw().iterate() as Iterable<[number, string, string, number]>;
    for (const [doc, tags, cites, duplicate] of rows) {
      yield { ...(JSON.parse(tags) as Pick<Passage, TagField>), doc: this.docIds[doc], cites: splitIds(cites), duplicate: duplicate === 1 };
    }
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
