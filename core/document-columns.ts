import { FacetColumn, type StoredColumn } from './facet-column.js';
import { issuedYear, nameDisplay, nameInverted, titleOf } from './csl.js';
import type { CslName, DocumentRecord } from './types.js';
import { withoutLatinAccents } from './nlp/fold.js';

// What the server holds of every document without reading its record: the documents in build
// order, each one's title (the document facet's label), and its authors, year and type as
// facet columns whose rows are documents. A disk-backed build stores them ready-made
// (library.db's document_list and columns tables), so a server of 40,000 documents starts
// without reading and parsing 40,000 records (1.5 s of a 3 s start at 1M passages); a build
// held in memory makes them from its records.

/** The facets whose values belong to a document, not to its passages. */
export const DOCUMENT_FACETS = ['author', 'year', 'type'] as const;
export type DocumentFacet = (typeof DOCUMENT_FACETS)[number];

export interface DocumentColumnSet {
  /** every document, in the build's order */
  readonly ids: readonly string[];
  /** per document, its title as shown (the document facet's label) */
  readonly titles: readonly string[];
  /** per document (a row each): its authors' keys, its year, its CSL type */
  readonly columns: Readonly<Record<DocumentFacet, FacetColumn>>;
  /** per author key (by its position in columns.author.ids), the name shown */
  readonly authorLabels: readonly string[];
}

/**
 * An author's facet value: a key made of the inverted name, and the name as read. The key's
 * Latin letters lose their accents ("Lefèvre, Élodie" is `lefevre-elodie`, "Muñoz, José"
 * `munoz-jose`; the accents had been cut into hyphens, `lefe-vre-e-lodie`), and only theirs:
 * a vowel sign of Devanagari or the voicing mark of kana is part of the letter, so "राम" and
 * "रम", "ガ" and "カ" are other authors (nlp/fold.ts withoutLatinAccents). Letters of other
 * scripts stay letters (an "Иванов" had no key at all). Links made with the old keys still
 * resolve (server/search/facets.ts resolve).
 */
export function authorKey(a: CslName): { id: string; label: string } {
  const label = nameDisplay(a);
  const id = withoutLatinAccents(nameInverted(a).toLowerCase())
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, '-')
    .replace(/^-|-$/g, '');
  return { id, label };
}

/** What the columns keep of one document. */
interface DocumentEntry {
  id: string;
  title: string;
  authors: { id: string; label: string }[];
  year: number | null;
  type: string;
}

const entryOf = (d: DocumentRecord): DocumentEntry => ({ id: d.id, title: titleOf(d.csl), authors: (d.csl.author ?? []).map(authorKey), year: issuedYear(d.csl), type: d.csl.type });

/**
 * Documents appended in build order; a document's record may be replaced until `finish` (the
 * indexer's late fields: a citation key, which is an untitled document's label).
 */
export class DocumentColumnsBuilder {
  private readonly entries: DocumentEntry[] = [];

  add(doc: DocumentRecord): void {
    this.entries.push(entryOf(doc));
  }

  replace(position: number, doc: DocumentRecord): void {
    if (!this.entries[position]) throw new RangeError(`no document at ${position} (of ${this.entries.length})`);
    this.entries[position] = entryOf(doc);
  }

  finish(): DocumentColumnSet {
    const columns = { author: new FacetColumn(), year: new FacetColumn(), type: new FacetColumn() };
    // an author key named differently by two documents is labelled as the later one names it
    const labels = new Map<string, string>();
    for (const e of this.entries) {
      columns.author.push(e.authors.map((a) => a.id));
      for (const a of e.authors) labels.set(a.id, a.label);
      columns.year.push([e.year ? String(e.year) : null]);
      columns.type.push([e.type]);
    }
    for (const c of Object.values(columns)) c.freeze();
    return { ids: this.entries.map((e) => e.id), titles: this.entries.map((e) => e.title), columns, authorLabels: columns.author.ids.map((id) => labels.get(id) ?? id) };
  }

  /** The columns of these documents, in this order. */
  static of(documents: Iterable<DocumentRecord>): DocumentColumnSet {
    const b = new DocumentColumnsBuilder();
    for (const d of documents) b.add(d);
    return b.finish();
  }
}

/** The stored columns' names (in the columns table, beside the passages'). */
export const documentColumnName = (f: DocumentFacet) => `document:${f}` as const;

/** The lists a build stores as JSON (library.db's document_list): ids, titles, author labels. */
export interface StoredDocumentList {
  ids: string;
  titles: string;
  authorLabels: string;
}

export function storedDocumentList(set: DocumentColumnSet): StoredDocumentList {
  return { ids: JSON.stringify(set.ids), titles: JSON.stringify(set.titles), authorLabels: JSON.stringify(set.authorLabels) };
}

/** A set from what a build stored; the columns must have a row per document. */
export function storedDocumentColumns(list: StoredDocumentList, stored: (name: ReturnType<typeof documentColumnName>) => StoredColumn | undefined): DocumentColumnSet {
  const ids = JSON.parse(list.ids) as string[];
  const titles = JSON.parse(list.titles) as string[];
  const authorLabels = JSON.parse(list.authorLabels) as string[];
  const column = (f: DocumentFacet) => {
    const s = stored(documentColumnName(f));
    if (!s) throw new Error(`the build has no ${documentColumnName(f)} column`);
    const c = FacetColumn.fromStored(s);
    if (c.size !== ids.length) throw new Error(`the ${documentColumnName(f)} column has ${c.size} rows for ${ids.length} documents`);
    return c;
  };
  const columns = { author: column('author'), year: column('year'), type: column('type') };
  if (titles.length !== ids.length || authorLabels.length !== columns.author.ids.length) throw new Error('the stored document list does not match its columns');
  return { ids, titles, columns, authorLabels };
}
