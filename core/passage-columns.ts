import { FacetColumn, type StoredColumn } from './facet-column.js';
import { TAG_FACETS, tagsOf, type TagFacetName, type TagField } from './facets.js';
import type { Passage } from './types.js';

// What the server holds in memory of every passage: its tags per facet, the keys it cites and
// whether it is a pull quote, as facet columns (core/facet-column.ts); and which document it
// belongs to, as the documents' first ordinals. Built once: by the indexer as it writes a
// disk-backed build (so the server reads a few blobs), or over the passages of a build held in
// memory.

/** What the columns are built from, per passage: no text. */
export type PassageColumns = Pick<Passage, 'doc' | 'cites' | 'duplicate' | TagField>;

export interface PassageColumnSet {
  readonly count: number;
  /** the documents in passage order; document d holds the ordinals [docStarts[d], docStarts[d + 1]) */
  readonly docIds: readonly string[];
  readonly docStarts: Uint32Array;
  readonly tags: Readonly<Record<TagFacetName, FacetColumn>>;
  /** per passage, the citation keys it cites */
  readonly cites: FacetColumn;
  /** per passage, `duplicate` when it is a pull quote repeating body text */
  readonly flags: FacetColumn;
}

/** The stored columns' names: the tag facets', then cites and flags. */
export const COLUMN_NAMES = [...TAG_FACETS.map((f) => `tag:${f.name}`), 'cites', 'flags'] as const;

export const DUPLICATE = 'duplicate';

/** Appends passages in ordinal order; a document's passages must come together. */
export class PassageColumnsBuilder {
  private count = 0;
  private readonly docIds: string[] = [];
  private readonly seen = new Set<string>();
  private docStarts = new Uint32Array(1024);
  private readonly tags = Object.fromEntries(TAG_FACETS.map((f) => [f.name, new FacetColumn()])) as Record<TagFacetName, FacetColumn>;
  private cites = new FacetColumn();
  private readonly flags = new FacetColumn();
  /** citations replaced after their passage was added (the indexer's late fields) */
  private readonly citesLater = new Map<number, readonly string[]>();

  add(p: PassageColumns): void {
    if (this.docIds.at(-1) !== p.doc) {
      if (this.seen.has(p.doc)) throw new Error(`the passages of ${p.doc} are not contiguous (passage ${this.count})`);
      this.seen.add(p.doc);
      if (this.docIds.length + 2 > this.docStarts.length) {
        const grown = new Uint32Array(this.docStarts.length * 2);
        grown.set(this.docStarts);
        this.docStarts = grown;
      }
      this.docStarts[this.docIds.length] = this.count;
      this.docIds.push(p.doc);
    }
    for (const f of TAG_FACETS) this.tags[f.name].push(tagsOf(p, f));
    this.cites.push(p.cites ?? []);
    this.flags.push(p.duplicate ? [DUPLICATE] : []);
    this.count++;
  }

  /** A passage's citations replaced once the whole corpus is known. */
  replaceCites(ordinal: number, cites: readonly string[] | undefined): void {
    if (ordinal >= this.count) throw new RangeError(`no passage at ${ordinal} (of ${this.count})`);
    this.citesLater.set(ordinal, cites ?? []);
  }

  finish(): PassageColumnSet {
    if (this.citesLater.size) {
      const cites = new FacetColumn();
      for (let o = 0; o < this.count; o++) cites.push(this.citesLater.get(o) ?? this.cites.idsOfRow(o));
      this.cites = cites;
      this.citesLater.clear();
    }
    const docStarts = this.docStarts.slice(0, this.docIds.length + 1);
    docStarts[this.docIds.length] = this.count;
    for (const c of Object.values(this.tags)) c.freeze();
    return { count: this.count, docIds: this.docIds, docStarts, tags: this.tags, cites: this.cites.freeze(), flags: this.flags.freeze() };
  }

  /** The columns of passages given in ordinal order. */
  static of(passages: Iterable<PassageColumns>): PassageColumnSet {
    const b = new PassageColumnsBuilder();
    for (const p of passages) b.add(p);
    return b.finish();
  }
}

/** A set from its stored columns; the documents' ranges come with the documents. */
export function storedColumnSet(count: number, docIds: readonly string[], docStarts: Uint32Array, stored: (name: (typeof COLUMN_NAMES)[number]) => StoredColumn | undefined): PassageColumnSet {
  const column = (name: (typeof COLUMN_NAMES)[number]) => {
    const s = stored(name);
    if (!s) throw new Error(`the build has no ${name} column`);
    const c = FacetColumn.fromStored(s);
    if (c.size !== count) throw new Error(`the ${name} column has ${c.size} rows for ${count} passages`);
    return c;
  };
  const tags = Object.fromEntries(TAG_FACETS.map((f) => [f.name, column(`tag:${f.name}`)])) as Record<TagFacetName, FacetColumn>;
  return { count, docIds, docStarts, tags, cites: column('cites'), flags: column('flags') };
}

/** A set's columns by stored name. */
export function namedColumns(set: PassageColumnSet): [name: (typeof COLUMN_NAMES)[number], column: FacetColumn][] {
  return [...TAG_FACETS.map((f) => [`tag:${f.name}`, set.tags[f.name]] as [(typeof COLUMN_NAMES)[number], FacetColumn]), ['cites', set.cites], ['flags', set.flags]];
}
