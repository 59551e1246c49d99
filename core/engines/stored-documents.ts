import type { DocumentRecord } from '../types.js';

// A build's document records as a read-only map that reads a record when it is first asked
// for. At 40,000 documents reading and parsing every record took half of a 3 s start-up, and
// a search shows a page of documents: what facets and ranking need of every document is in
// its columns (core/document-columns.ts). A page that lists them all (about, compare, the
// citation explorer, /api/documents) reads the rest on its first visit, in one pass.

/** How the records are read: one by its position, or all in order. */
export interface DocumentSource {
  /** the record at a position in the build's order, as JSON */
  one(position: number): string;
  /** every record in order, with its position */
  all(): Iterable<[position: number, json: string]>;
  /** a record as an object (the JSON parsed; a store may add fields read on demand) */
  parse(position: number, json: string): DocumentRecord;
}

export class StoredDocuments implements ReadonlyMap<string, DocumentRecord> {
  /** records read so far, by position: the same object for every request that asks */
  private readonly read = new Map<number, DocumentRecord>();
  /** every record, in order, once a caller has walked them all */
  private whole: Map<string, DocumentRecord> | null = null;

  constructor(
    private readonly positions: ReadonlyMap<string, number>,
    private readonly source: DocumentSource,
  ) {}

  get size(): number {
    return this.positions.size;
  }

  has(id: string): boolean {
    return this.positions.has(id);
  }

  get(id: string): DocumentRecord | undefined {
    if (this.whole) return this.whole.get(id);
    const position = this.positions.get(id);
    if (position === undefined) return undefined;
    let d = this.read.get(position);
    if (!d) this.read.set(position, (d = this.source.parse(position, this.source.one(position))));
    return d;
  }

  /** All records in order, reading those not read yet in one pass (the ones already read keep their identity). */
  private all(): Map<string, DocumentRecord> {
    if (this.whole) return this.whole;
    const ids = [...this.positions.keys()];
    const whole = new Map<string, DocumentRecord>();
    for (const [position, json] of this.source.all()) whole.set(ids[position], this.read.get(position) ?? this.source.parse(position, json));
    if (whole.size !== ids.length) throw new Error(`library.db holds ${whole.size} document records for ${ids.length} documents`);
    this.read.clear();
    return (this.whole = whole);
  }

  keys(): MapIterator<string> {
    return this.positions.keys();
  }

  values(): MapIterator<DocumentRecord> {
    return this.all().values();
  }

  entries(): MapIterator<[string, DocumentRecord]> {
    return this.all().entries();
  }

  [Symbol.iterator](): MapIterator<[string, DocumentRecord]> {
    return this.entries();
  }

  forEach(callback: (value: DocumentRecord, key: string, map: ReadonlyMap<string, DocumentRecord>) => void, thisArg?: unknown): void {
    for (const [k, v] of this.all()) callback.call(thisArg, v, k, this);
  }
}
