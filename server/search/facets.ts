import type { DocumentRecord } from '../../core/types.js';
import type { PassageStore } from '../../core/passage-store.js';
import type { Taxonomy } from '../../core/taxonomy.js';
import { Bitset } from './bitset.js';
import { FacetColumn } from '../../core/facet-column.js';
import { foldForMatching } from '../../core/text.js';
import { issuedYear } from '../../core/csl.js';
import { authorKey, DocumentColumnsBuilder, type DocumentColumnSet } from '../../core/document-columns.js';
import { TAG_FACETS, TAG_FACET_NAMES, type TagFacetName } from '../../core/facets.js';
import { TagPlanes } from './tag-planes.js';
import { bestOf } from '../../core/best-of.js';
import type { PerDocument } from './grouping.js';

/** The facets read from the document, beside the tag facets of core/facets.ts. */
const DOCUMENT_FACETS = [
  { name: 'doc', label: 'Document' },
  { name: 'author', label: 'Author' },
  { name: 'year', label: 'Year' },
  { name: 'type', label: 'Type' },
] as const;

export type FacetName = TagFacetName | (typeof DOCUMENT_FACETS)[number]['name'];
export const FACETS: readonly FacetName[] = [...TAG_FACET_NAMES, ...DOCUMENT_FACETS.map((f) => f.name)];
/** Each facet's name for people, in the order pages show them. */
export const FACET_LABELS = Object.fromEntries([...TAG_FACETS, ...DOCUMENT_FACETS].map((f) => [f.name, f.label])) as Record<FacetName, string>;

/**
 * Values listed per facet unless a request asks for more (facetSize): a library of 4,000
 * documents would otherwise send every document and author with each search (3.5 MB of page).
 */
export const FACET_VALUES = 50;
/** the most a request may ask for */
export const MAX_FACET_VALUES = 10_000;

/**
 * Sets of at least 1/PLANES_FROM of the passages have their tag values counted a word at a time
 * (tag-planes.ts); smaller ones a passage at a time, which costs less below that share.
 */
const PLANES_FROM = 5;

/** filter sets kept for the next request (a bit per passage each: 13 KB at 100k passages) */
const VALUE_SETS = 32;

export interface FacetValue {
  id: string;
  label: string;
  count: number;
  selected?: boolean;
  excluded?: boolean;
  /**
   * of `count`, the passages held back from the hits listed (pull quotes listed with the paragraph
   * they repeat, SearchRequest's kind=quotation shows them): why the total above the list is
   * smaller than this facet's counts added up
   */
  heldBack?: number;
}

/** Every facet without values: what a search that asks only how many hits it has gives (SearchRequest.countOnly). */
export function notCounted(): Record<FacetName, FacetValue[]> {
  const out = {} as Record<FacetName, FacetValue[]>;
  for (const f of FACETS) out[f] = [];
  return out;
}

/** Chosen values per facet: OR within `include`, AND NOT over `exclude`. */
export type FacetFilters = Partial<Record<FacetName, { include: string[]; exclude: string[] }>>;

const TYPE_LABELS: Record<string, string> = {
  report: 'Report',
  'article-journal': 'Journal article',
  book: 'Book',
  chapter: 'Book chapter',
  document: 'Document',
  webpage: 'Web page',
  thesis: 'Thesis',
};

export { authorKey };

export function yearOf(d: DocumentRecord | undefined): number | null {
  return d ? issuedYear(d.csl) : null;
}

/** The facets whose values belong to the document, not the passage: counted per document. */
type DocumentLevel = 'author' | 'year' | 'type';
const DOCUMENT_LEVEL: readonly DocumentLevel[] = ['author', 'year', 'type'];
const isDocumentLevel = (f: FacetName): f is DocumentLevel => (DOCUMENT_LEVEL as readonly string[]).includes(f);

/**
 * Facet filters and counts over compact columns, built once per loaded build. Tag facets are a
 * column over passages; author, year and type a column over documents; a passage's document
 * is one number, and a document's passages are a contiguous ordinal range, so the document
 * facet needs no set per document. Counting walks the candidate set once per facet.
 */
export class FacetIndex {
  readonly labels = new Map<FacetName, Map<string, string>>();
  readonly size: number;
  /** per passage, its document's position in `docIds` */
  private readonly docOf: Uint32Array;
  private readonly docIds: string[] = [];
  private readonly docIndex = new Map<string, number>();
  /** per document (by position), its passages [first, end) */
  private readonly docFirst: number[] = [];
  private readonly docEnd: number[] = [];
  private readonly tagColumns = new Map<TagFacetName, FacetColumn>();
  private readonly docColumns = new Map<DocumentLevel, FacetColumn>();
  /** every tag value's passages as bits, for counting large sets */
  private readonly planes: TagPlanes;
  /** passages per document of the last set counted: the document-level facets share it when their base is the same */
  private docCountsFor: { base: Bitset; counts: Uint32Array } | null = null;

  /**
   * `documents`: what the index holds of every document (its title, authors, year and type),
   * as a disk-backed build stores it, or the records it is made from (a build held in memory).
   */
  /** passages of the files that are copies of another file's work (null: the build has none) */
  private readonly copyPassages: Bitset | null = null;
  /** copy document id → the document whose work it repeats */
  private readonly copyOf: ReadonlyMap<string, string>;

  /**
   * `copies`: copy document id → its work's document (the build's copies.json,
   * indexer/work-copies.ts); search leaves a copy's passages out (copiesLeftOut).
   */
  constructor(passages: Pick<PassageStore, 'columnSet'>, documentsGiven: DocumentColumnSet | ReadonlyMap<string, DocumentRecord>, taxonomy: Taxonomy, copies: ReadonlyMap<string, string> = new Map()) {
    const documents = 'titles' in documentsGiven ? documentsGiven : DocumentColumnsBuilder.of(documentsGiven.values());
    const columns = passages.columnSet();
    this.size = columns.count;
    for (const f of FACETS) this.labels.set(f, new Map());
    for (const f of TAG_FACETS) for (const e of taxonomy[f.list]) this.labels.get(f.name)!.set(e.id, e.label);
    documents.ids.forEach((id, d) => this.labels.get('doc')!.set(id, documents.titles[d]));
    documents.columns.author.ids.forEach((id, v) => this.labels.get('author')!.set(id, documents.authorLabels[v]));
    for (const t of documents.columns.type.ids) this.labels.get('type')!.set(t, TYPE_LABELS[t] ?? t);
    for (const f of TAG_FACETS) this.tagColumns.set(f.name, columns.tags[f.name]);
    this.planes = new TagPlanes(TAG_FACET_NAMES.map((f) => this.tagColumns.get(f)!), this.size);
    // the document-level columns have a row per document of the passages' columns, in their
    // order: the stored ones do (every document of the build, in order); those made from a
    // build's records are in the records' order, which may hold documents without passages
    const aligned = columns.docIds.length === documents.ids.length && columns.docIds.every((id, d) => documents.ids[d] === id);
    const position = aligned ? undefined : new Map(documents.ids.map((id, d) => [id, d]));
    for (const f of DOCUMENT_LEVEL) {
      if (aligned) {
        this.docColumns.set(f, documents.columns[f]);
        continue;
      }
      const column = new FacetColumn();
      for (const id of columns.docIds) {
        const d = position!.get(id);
        column.push(d === undefined ? [] : documents.columns[f].idsOfRow(d));
      }
      this.docColumns.set(f, column.freeze());
    }
    this.docOf = new Uint32Array(this.size);
    columns.docIds.forEach((id, d) => {
      const first = columns.docStarts[d];
      const end = columns.docStarts[d + 1];
      this.docIndex.set(id, d);
      this.docIds.push(id);
      this.docFirst.push(first);
      this.docEnd.push(end);
      this.docOf.fill(d, first, end);
    });
    for (const y of this.docColumns.get('year')!.ids) this.labels.get('year')!.set(y, y);
    // a copy whose work is not in this build (a hand-edited copies.json) is searched as itself
    this.copyOf = new Map([...copies].filter(([copy, work]) => copy !== work && this.docIndex.has(copy) && this.docIndex.has(work)));
    if (this.copyOf.size) this.copyPassages = this.passagesOf([...this.copyOf.keys()]);
    // chosen, a copy is a chip beside its work's with the same title: its label says which it is
    const docLabels = this.labels.get('doc')!;
    for (const copy of this.copyOf.keys()) docLabels.set(copy, `${docLabels.get(copy) ?? copy} (copy: ${copy})`);
  }

  /** The passages of these documents as bits (a document's passages are one range). */
  private passagesOf(docs: readonly string[]): Bitset {
    const set = new Bitset(this.size);
    for (const id of docs) {
      const d = this.docIndex.get(id);
      if (d !== undefined) for (let ord = this.docFirst[d]; ord < this.docEnd[d]; ord++) set.add(ord);
    }
    return set;
  }

  /** Whether a document is a copy of another's work (its passages answer a search only when chosen). */
  isCopy(doc: string): boolean {
    return this.copyOf.has(doc);
  }

  /**
   * The passages a search leaves out: every file's that is a copy of another file's work (a PDF
   * beside its catalogued .txt, an OCR copy), so a passage of the work is one hit, the work one
   * value of the document facet and one document in "in N documents" (it had been the same
   * paragraph twice, "in 4 documents" for 3 works). A copy the document filter chooses is
   * searched: its pages stay readable and citable, and choosing it is asking for that file.
   * Null when nothing is left out (a build without copies: the search path is as it was).
   */
  copiesLeftOut(filters: FacetFilters): Bitset | null {
    if (!this.copyPassages) return null;
    const chosen = filters.doc?.include.filter((id) => this.copyOf.has(id)) ?? [];
    if (!chosen.length) return this.copyPassages;
    const left = [...this.copyOf.keys()].filter((id) => !chosen.includes(id));
    return left.length ? this.passagesOf(left) : null;
  }

  /** A document's year (of publication), from its column: 0 when it has none. */
  yearOf(doc: string): number {
    const d = this.docIndex.get(doc);
    if (d === undefined) return 0;
    const [y] = this.docColumns.get('year')!.idsOfRow(d);
    return y ? Number(y) : 0;
  }

  /** Bytes the index holds in its columns (not the labels): a few per passage. */
  get bytes(): number {
    let n = this.docOf.byteLength + this.docFirst.length * 16;
    for (const c of [...this.tagColumns.values(), ...this.docColumns.values()]) n += c.bytes;
    return n;
  }

  /** Ids a facet may be filtered by: the taxonomy's for tags, what the index holds otherwise. */
  knows(f: FacetName, id: string): boolean {
    if (f === 'year') return /^\d{4}(-\d{4})?$/.test(id);
    return this.labels.get(f)!.has(id);
  }

  /** folded id and label → id (null: more than one value's), per facet: built on the first value that is not an id as written */
  private readonly loose = new Map<FacetName, Map<string, string | null>>();

  /**
   * The id a filter value stands for: the id itself, or the one whose id or label it spells in
   * another case or without accents (`place=syria`, `actor=un security council`), as people type
   * URLs and API clients send labels; undefined when none does, or when it spells two values'
   * ids alike once folded (foldForMatching drops every mark: "राम" and "रम" are other authors).
   */
  resolve(f: FacetName, value: string): string | undefined {
    if (this.knows(f, value)) return value;
    if (f === 'year') return undefined;
    let byName = this.loose.get(f);
    if (!byName) {
      const byLabel = new Map<string, string | null>();
      const byId = new Map<string, string | null>();
      const add = (map: Map<string, string | null>, key: string, id: string) => map.set(key, map.has(key) && map.get(key) !== id ? null : id);
      for (const [id, label] of this.labels.get(f)!) add(byLabel, foldForMatching(label), id);
      for (const id of this.labels.get(f)!.keys()) add(byId, foldForMatching(id), id);
      // an id spelled like another value's label still wins
      byName = new Map([...byLabel, ...byId]);
      this.loose.set(f, byName);
    }
    const found = byName.get(foldForMatching(value));
    if (found !== undefined) return found ?? undefined;
    return f === 'author' ? this.unhyphenated(value) : undefined;
  }

  /** author ids by their letters alone, and by an old id's letters, when those are one author's: see unhyphenated */
  private authorLetters: Map<string, string | null> | undefined;
  private authorOldLetters: Map<string, string | null> | undefined;

  /**
   * The author whose id has a value's letters and digits in the same order, hyphens aside, when
   * only one has: an author link made before ids were folded (`lefe-vre-e-lodie`, where an
   * accent had been cut into a hyphen; core/document-columns.ts authorKey) finds the author
   * now keyed `lefevre-elodie`. Those old ids kept only the ASCII letters and digits of the
   * name's NFKD form ("Wałęsa, Lech" was `wa-e-sa-lech`, ł cut too), so an ASCII value is also
   * matched by the letters that old slug would have kept of each id (`wałesa-lech` → waesalech).
   * Two authors that differ only in their hyphens, or in what the old slug cut, answer neither.
   */
  private unhyphenated(value: string): string | undefined {
    const letters = (id: string) => foldForMatching(id).replace(/[^\p{L}\p{N}]+/gu, '');
    const oldLetters = (id: string) => id.normalize('NFKD').toLowerCase().replace(/[^a-z0-9]+/g, '');
    if (!this.authorLetters || !this.authorOldLetters) {
      this.authorLetters = new Map();
      this.authorOldLetters = new Map();
      const add = (map: Map<string, string | null>, key: string, id: string) => {
        if (key) map.set(key, map.has(key) && map.get(key) !== id ? null : id);
      };
      for (const id of this.labels.get('author')!.keys()) {
        add(this.authorLetters, letters(id), id);
        add(this.authorOldLetters, oldLetters(id), id);
      }
    }
    const found = this.authorLetters.get(letters(value));
    if (found !== undefined) return found ?? undefined;
    // an old id was lower-case ASCII letters and digits between hyphens
    return /^[a-z0-9-]+$/i.test(value) ? (this.authorOldLetters.get(oldLetters(value)) ?? undefined) : undefined;
  }

  /** The value ids a facet has, in the order they were first met. */
  private idsOf(f: FacetName): string[] {
    if (f === 'doc') return this.docIds;
    return isDocumentLevel(f) ? this.docColumns.get(f)!.ids : this.tagColumns.get(f)!.ids;
  }

  /**
   * Filter sets made lately, by facet and values: a set is a walk over every passage (or
   * document), and people filter by the same few values again and again (a kind, a span of
   * years). Shared, so never changed in place. At most VALUE_SETS, the oldest dropped first.
   */
  private readonly valueSets = new Map<string, Bitset>();

  /** The passages carrying any of these ids of a facet (a year id may be a range). */
  private valuesSet(f: FacetName, chosen: readonly string[]): Bitset {
    const key = `${f}\u0000${[...chosen].sort().join('\u0000')}`;
    let set = this.valueSets.get(key);
    if (set) {
      // most recently used last
      this.valueSets.delete(key);
    } else {
      set = this.makeValuesSet(f, chosen);
      if (this.valueSets.size >= VALUE_SETS) this.valueSets.delete(this.valueSets.keys().next().value!);
    }
    this.valueSets.set(key, set);
    return set;
  }

  private makeValuesSet(f: FacetName, chosen: readonly string[]): Bitset {
    const out = new Bitset(this.size);
    if (!chosen.length) return out;
    const addDocument = (d: number) => {
      for (let o = this.docFirst[d]; o < this.docEnd[d]; o++) out.add(o);
    };
    if (f === 'doc') {
      for (const id of chosen) {
        const d = this.docIndex.get(id);
        if (d !== undefined) addDocument(d);
      }
      return out;
    }
    const column = isDocumentLevel(f) ? this.docColumns.get(f)! : this.tagColumns.get(f)!;
    const marked = new Uint8Array(column.ids.length);
    for (const id of chosen) {
      if (f === 'year' && id.includes('-')) {
        const [from, to] = id.split('-').map(Number);
        column.ids.forEach((y, v) => {
          if (Number(y) >= Math.min(from, to) && Number(y) <= Math.max(from, to)) marked[v] = 1;
        });
      } else {
        const v = column.idOf(id);
        if (v !== undefined) marked[v] = 1;
      }
    }
    if (isDocumentLevel(f)) {
      for (let d = 0; d < this.docIds.length; d++) if (column.rowHasAny(d, marked)) addDocument(d);
    } else {
      for (let o = 0; o < this.size; o++) if (column.rowHasAny(o, marked)) out.add(o);
    }
    return out;
  }

  /** The passages a facet's selection allows (all, when nothing is chosen in it). */
  filterSet(f: FacetName, filter: { include: string[]; exclude: string[] } | undefined): Bitset | null {
    if (!filter || (!filter.include.length && !filter.exclude.length)) return null;
    let set = filter.include.length ? this.valuesSet(f, filter.include) : Bitset.full(this.size);
    if (filter.exclude.length) set = set.andNot(this.valuesSet(f, filter.exclude));
    return set;
  }

  /** The hits that pass the filters, without counting anything (a suggestion's try needs only how many). */
  /**
   * Passages held back from the hits but given when `facet` is chosen as `value` (a pull quote
   * repeating a paragraph that is a hit: asked for quotations, it is shown) counted on that
   * value, so the count beside it says what choosing it gives (a chip had said 2 where choosing
   * it gave 6).
   */
  countHeldBack(facets: Record<FacetName, FacetValue[]>, heldBack: Bitset, filters: FacetFilters, facet: FacetName, value: string): void {
    const values = facets[facet];
    // an excluded value's chip says what removing the exclusion gives back, which holds none of them
    if (!values || !heldBack.count() || filters[facet]?.exclude.includes(value)) return;
    const others = Object.fromEntries(Object.entries(filters).filter(([f]) => f !== facet)) as FacetFilters;
    const n = this.filter(heldBack, others).count();
    if (!n) return;
    const v = values.find((x) => x.id === value);
    // a value not listed (past facetSize) stays among those counted as more, unlisted
    if (!v) return;
    v.count += n;
    v.heldBack = n;
    // listed by count again, ties in the order they had
    const order = new Map(values.map((x, i) => [x, i]));
    values.sort((a, b) => b.count - a.count || order.get(a)! - order.get(b)!);
  }

  filter(hits: Bitset, filters: FacetFilters): Bitset {
    let result = hits;
    for (const f of FACETS) {
      const s = this.filterSet(f, filters[f]);
      if (s) result = result.and(s);
    }
    return result;
  }

  /** Counts by document position (docCounts) as the hits per document id that grouping reads. */
  private perDocument(counts: Uint32Array): PerDocument {
    const { docIds, docIndex } = this;
    let size = -1;
    return {
      get size() {
        if (size < 0) size = counts.reduce((n, c) => (c ? n + 1 : n), 0);
        return size;
      },
      get: (doc) => {
        const d = docIndex.get(doc);
        return d === undefined || !counts[d] ? undefined : counts[d];
      },
      // every document's count, zeros too (they add nothing to what grouping sums): no copy, no generator's object per step
      values: () => counts,
      keys: () => docIds.filter((_, d) => counts[d] > 0),
    };
  }

  /** Passages of `base` per document: a popcount over each document's range of words, not a step per passage. */
  private docCounts(base: Bitset): Uint32Array {
    if (this.docCountsFor?.base === base) return this.docCountsFor.counts;
    const counts = new Uint32Array(this.docIds.length);
    for (let d = 0; d < counts.length; d++) counts[d] = base.countRange(this.docFirst[d], this.docEnd[d]);
    this.docCountsFor = { base, counts };
    return counts;
  }

  /**
   * How many passages of `base` carry each value of these tag facets: a small set walked a
   * passage at a time, a large one a word at a time against every value's bits (tag-planes.ts).
   */
  private tagCounts(names: readonly TagFacetName[], base: Bitset): Map<TagFacetName, Uint32Array> {
    // only the facets asked for: a filtered facet counts alone over its own base (word + kind: every facet counted twice)
    const only = names.map((f) => TAG_FACET_NAMES.indexOf(f));
    const counted = base.count() >= this.size / PLANES_FROM ? this.planes.count(base, only) : this.planes.countMembers(base, only);
    return new Map(names.map((f, k) => [f, counted[k]]));
  }

  /** How many passages of `base` carry each value of a document-level facet (or the document facet), indexed like idsOf(f). */
  private documentCount(f: FacetName, base: Bitset): Uint32Array {
    if (f === 'doc') return this.docCounts(base).slice();
    const column = this.docColumns.get(f as DocumentLevel)!;
    const counts = new Uint32Array(column.ids.length);
    // a loop, not the typed array's forEach: a call per document (42,000 at 1M passages, three facets a search)
    const perDoc = this.docCounts(base);
    for (let d = 0; d < perDoc.length; d++) if (perDoc[d]) column.countRow(d, counts, perDoc[d]);
    return counts;
  }

  /**
   * Applies the filters to the hits and counts each facet's values over the hits filtered by
   * the other facets only, so a count says what choosing that value would give.
   */
  /**
   * The hits that pass the filters, and per facet its values' counts over the hits that pass
   * the other facets' filters (disjunctive facets): the `limit` most frequent values and every
   * chosen one; `more` says how many values with hits were left out, per facet.
   */
  apply(hits: Bitset, filters: FacetFilters, limit: number = FACET_VALUES): { result: Bitset; facets: Record<FacetName, FacetValue[]>; more: Partial<Record<FacetName, number>>; perDocument: PerDocument } {
    const sets = new Map<FacetName, Bitset | null>(FACETS.map((f) => [f, this.filterSet(f, filters[f])]));
    let result = hits;
    for (const s of sets.values()) if (s) result = result.and(s);
    // a facet counts over the hits the other facets' filters let through: for a facet with no
    // filter of its own that is `result`, one set they all share (and walk once)
    const bases = new Map<FacetName, Bitset>();
    for (const f of FACETS) {
      let base = hits;
      if (!sets.get(f)) base = result;
      else for (const [g, s] of sets) if (g !== f && s) base = base.and(s);
      bases.set(f, base);
    }
    const tagCounted = new Map<TagFacetName, Uint32Array>();
    const shared = TAG_FACET_NAMES.filter((f) => bases.get(f) === result);
    if (shared.length) for (const [f, c] of this.tagCounts(shared, result)) tagCounted.set(f, c);
    for (const f of TAG_FACET_NAMES) if (!tagCounted.has(f)) tagCounted.set(f, this.tagCounts([f], bases.get(f)!).get(f)!);
    const facets = {} as Record<FacetName, FacetValue[]>;
    const more: Partial<Record<FacetName, number>> = {};
    let perDocument: PerDocument;
    try {
      for (const f of FACETS) {
        const base = bases.get(f)!;
        const chosen = filters[f] ?? { include: [], exclude: [] };
        const ids = this.idsOf(f);
        const counts = tagCounted.get(f as TagFacetName) ?? this.documentCount(f, base);
        const labels = this.labels.get(f)!;
        const label = (v: number) => labels.get(ids[v]) ?? ids[v];
        // Value numbers, not objects, are ranked: a facet of 4,000 documents costs a choice of
        // integers, and only the values listed become objects with labels. By count, ties in
        // value order (locale comparison of thousands of labels costs tens of ms); the values
        // listed are put in label order among equal counts below. Only the `limit` first are
        // picked out (a heap): sorting every document with a hit cost milliseconds per search.
        const picked = new Set([...chosen.include, ...chosen.exclude]);
        const isPicked = (v: number) => picked.size > 0 && picked.has(ids[v]);
        let found = 0;
        for (let v = 0; v < ids.length; v++) if (counts[v] > 0 || isPicked(v)) found++;
        const worse = f === 'year' ? (a: number, b: number) => ids[a] < ids[b] : (a: number, b: number) => counts[a] < counts[b] || (counts[a] === counts[b] && a > b);
        const listed = bestOf(ids.length, limit, worse, (v) => counts[v] > 0 || isPicked(v));
        const first = new Set(listed);
        for (let v = 0; v < ids.length && picked.size; v++) if (isPicked(v) && !first.has(v)) listed.push(v);
        if (listed.length > first.size) listed.sort((a, b) => (worse(a, b) ? 1 : worse(b, a) ? -1 : 0));
        if (found > listed.length) more[f] = found - listed.length;
        const values: FacetValue[] = listed.map((v) => {
          const id = ids[v];
          const selected = chosen.include.includes(id);
          const excluded = chosen.exclude.includes(id);
          return { id, label: label(v), count: counts[v], ...(selected ? { selected } : {}), ...(excluded ? { excluded } : {}) };
        });
        // Chosen values stay visible even when nothing carries them any more (or they are ranges).
        for (const id of [...chosen.include, ...chosen.exclude]) {
          if (values.some((v) => v.id === id)) continue;
          values.push({ id, label: labels.get(id) ?? id, count: base.andCount(this.valuesSet(f, [id])), ...(chosen.include.includes(id) ? { selected: true } : { excluded: true }) });
        }
        values.sort((a, b) => (f === 'year' ? b.id.localeCompare(a.id) : b.count - a.count || a.label.localeCompare(b.label)));
        facets[f] = values;
      }
      perDocument = this.perDocument(this.docCounts(result));
    } finally {
      // the sets of one request are not kept alive by the index
      this.docCountsFor = null;
    }
    return { result, facets, more, perDocument };
  }
}
