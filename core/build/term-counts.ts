import type Database from 'better-sqlite3';
import { TERM_BEST_LENGTH, TERM_MEMBERS_SHARE, type ListedQuery, type TermBestOptions, type TermBestRow } from './term-best.js';
import { COUNT_BITS, COUNT_SHIFT, countedRows, sqliteLn, type CountedPostings, type CountedQuery } from './counted-rows.js';
import { NumberedIds, type NumberedDict } from './token-numbers.js';

// term_best's rows (term-best.ts) from the FTS rows the writer inserted, not from FTS5. Asked of
// FTS5, each common term's every match is scored by bm25 one row at a time: at 100k passages
// 16 s of CPU at the end of the build, when the file workers are gone. Every row's terms are
// in hand where its rows are prepared: counted per column there (a file worker:
// TermEntriesBuilder), they cost the writer only their adding while streaming, and the scores are then FTS5's own formula (fts5_aux.c fts5Bm25Function) over
// those counts, each operation in its order, so the doubles come out the same bit for bit. The
// counts are checked against the finished index (every term's passages and instances, every
// row's size) before they are used: any difference, and the build asks FTS5 as before.


/**
 * Past this many (passage, term) entries the counts are dropped and FTS5 asked: a bound on their
 * memory (8 bytes an entry, up to twice that while the arrays grow). The 100k-passage library
 * has 7.5M; one of a million passages (74M) stops counting a third of the way in.
 */
const MAX_ENTRIES = 24_000_000;

/**
 * (passage, term) entries per byte of a corpus's text files: 9.0M (the sum of fts_vocab's
 * `doc`) for the 106 MB of the 106k-passage synthetic library (gen-corpus.mjs --docs 4193), 0.085 a byte.
 */
const ENTRIES_PER_TEXT_BYTE = 0.085;

/**
 * Whether a corpus whose text and Markdown files hold `textBytes` bytes may have its terms
 * counted: not when they alone promise half again as many entries as MAX_ENTRIES. Past that
 * the counting would stop a third or two thirds of the way in and FTS5 be asked anyway, both
 * paid (at 1M passages, counting stopped near 320k passages). Below it the counts are tried,
 * and dropped as before if the library proves larger (PDFs' text is not known until read).
 */
export const worthCounting = (textBytes: number) => textBytes * ENTRIES_PER_TEXT_BYTE <= 1.5 * MAX_ENTRIES;

/** The ASCII punctuation the fts table's tokenizer keeps inside a token (library-db.ts FTS_TOKENIZER): all of it. */
export const FTS_TOKEN_PUNCTUATION = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';

/** what parts tokens for the fts table's tokenizer (ascii with FTS_TOKEN_PUNCTUATION): ASCII spaces and control characters */
// eslint-disable-next-line no-control-regex
const FTS_SEPARATOR = /[\u0000-\u0020\u007f]+/;
const PLAIN = /^[a-z0-9 ]*$/;

/**
 * A column of analysed terms as the fts table's tokenizer reads it (library-db.ts FTS_TOKENIZER):
 * its terms, whole, ASCII capitals lower-cased ("e.g" is one token, as it is one lunr term).
 */
export function ftsTokens(column: string): string[] {
  const tokens = PLAIN.test(column) ? column.split(' ') : column.replace(/[A-Z]+/g, (c) => c.toLowerCase()).split(FTS_SEPARATOR);
  // what the analysis joins has no empty term but where a column is empty, or an edge is a space
  return tokens.includes('') ? tokens.filter(Boolean) : tokens;
}

const UNICODE61_TOKEN = /[\p{L}\p{N}\p{Co}\p{M}]+/gu;

/**
 * A column as the unicode61 tokenizer of a format-25 or older build read it: runs of letters,
 * digits, private-use characters and marks ("e.g" was "e" and "g"). The engine asks such a build
 * its terms with punctuation as the phrases they became there.
 */
export const unicode61Tokens = (column: string): string[] => (PLAIN.test(column) ? column.split(' ').filter(Boolean) : (column.toLowerCase().match(UNICODE61_TOKEN) ?? []));

class Grow {
  a: Uint32Array;
  n = 0;
  constructor(size = 1024) {
    this.a = new Uint32Array(size);
  }
  push(v: number): void {
    if (this.n === this.a.length) this.reserve(this.n + 1);
    this.a[this.n++] = v;
  }
  reserve(size: number): void {
    if (size <= this.a.length) return;
    const b = new Uint32Array(Math.max(size, this.a.length * 2));
    b.set(this.a.subarray(0, this.n));
    this.a = b;
  }
}

/** SQLite's varint (big-endian, 7 bits a byte), as FTS5 writes a row's column sizes. */
function varints(bytes: Uint8Array): number {
  let sum = 0;
  let v = 0;
  for (let i = 0; i < bytes.length; i++) {
    v = v * 128 + (bytes[i] & 0x7f);
    if (bytes[i] < 0x80) {
      sum += v;
      v = 0;
    }
  }
  return sum;
}

/**
 * One document's FTS rows counted per passage, where its rows are prepared (a file worker:
 * library-db.ts documentRows): each passage's distinct terms, as numbers within the document
 * (DocumentRows' termDict), each with its counts per column packed (COUNT_BITS), passage after
 * passage (passage i's entries end at ends[i]), and each row's tokens in all (sizes).
 */
export interface TermEntries {
  local: Uint32Array;
  counts: Uint32Array;
  ends: Uint32Array;
  sizes: Uint32Array;
  /** why these counts cannot be used (a count past its bits), if so */
  overflow?: string;
}

// A column's place in a packed count as a factor read from a table: `2 ** COUNT_SHIFT[c]` with
// its exponent read at run time was a call to pow for each of a passage's ~100 terms and 4
// columns (most of them empty): documentRows 105 -> 79 µs a passage (docs/measurements.md, build29).
const COUNT_SCALE = COUNT_SHIFT.map((s) => 2 ** s);
const COUNT_LIMIT = COUNT_BITS.map((b) => 1 << b);

/**
 * Counts rows' terms per column into TermEntries: a row's columns are given as term numbers
 * (any numbering; FtsTermCounts maps a document's to the build's). The one process writing the
 * build used to count every row's tokens itself (a tenth of its CPU); it now only adds the
 * entries, fewer than the tokens (a passage's ~150 text tokens are ~100 distinct terms).
 */
export class TermEntriesBuilder {
  private readonly local = new Grow(1024);
  private readonly counts = new Grow(1024);
  private readonly ends: number[] = [];
  private readonly sizes: number[] = [];
  private overflow: string | undefined;
  private slot = new Int32Array(1024).fill(-1);
  private touched = new Uint32Array(1024);
  private perColumn = new Uint32Array(4096);

  /**
   * One row: its text column as term numbers text[from, to) (a document's run of them), and its
   * section, title and author columns as term numbers, in the FTS table's order. Arrays of one
   * kind: with typed arrays beside them, reading an element cost twice as much.
   */
  add(text: readonly number[], from: number, to: number, others: readonly (readonly number[])[]): void {
    let size = 0;
    let touched = 0;
    for (let c = 0; c < 4; c++) {
      const ids = c === 0 ? text : others[c - 1];
      const start = c === 0 ? from : 0;
      const end = c === 0 ? to : ids.length;
      size += end - start;
      if (touched + end - start > this.touched.length) {
        const more = touched + end - start + 1024;
        const t = new Uint32Array(more);
        t.set(this.touched);
        this.touched = t;
        const p = new Uint32Array(4 * more);
        p.set(this.perColumn);
        this.perColumn = p;
      }
      for (let i = start; i < end; i++) {
        const id = ids[i];
        if (id >= this.slot.length) {
          const grown = new Int32Array(Math.max(id + 1, this.slot.length * 2)).fill(-1);
          grown.set(this.slot);
          this.slot = grown;
        }
        let k = this.slot[id];
        if (k < 0) {
          this.slot[id] = k = touched;
          this.touched[touched++] = id;
          this.perColumn.fill(0, 4 * k, 4 * k + 4);
        }
        this.perColumn[4 * k + c]++;
      }
    }
    for (let k = 0; k < touched; k++) {
      const id = this.touched[k];
      this.slot[id] = -1;
      let packed = 0;
      for (let c = 0; c < 4; c++) {
        const n = this.perColumn[4 * k + c];
        if (n === 0) continue;
        if (n >= COUNT_LIMIT[c]) this.overflow ??= `a passage holds one term ${n} times in one column`;
        packed += n * COUNT_SCALE[c];
      }
      this.local.push(id);
      this.counts.push(packed);
    }
    this.ends.push(this.local.n);
    this.sizes.push(size);
  }

  finish(): TermEntries {
    return {
      local: this.local.a.slice(0, this.local.n),
      counts: this.counts.a.slice(0, this.counts.n),
      ends: Uint32Array.from(this.ends),
      sizes: Uint32Array.from(this.sizes),
      ...(this.overflow ? { overflow: this.overflow } : {}),
    };
  }
}

/** term_best's queries and the postings they read, scored query by query (counted-rows.ts countedRows). */
export interface CountedJob {
  postings: CountedPostings;
  queries: CountedQuery[];
}

/** A packed entry's instances in all its columns (COUNT_BITS: 32 bits in all, so `>>>` reads them). */
const instancesOf = (packed: number) => (packed & 0x3fff) + ((packed >>> 14) & 0xff) + ((packed >>> 22) & 0x1f) + (packed >>> 27);

/**
 * Every FTS row's terms counted per column, as LibraryWriter inserts them (`addEntries`, a
 * document's rows at a time in ordinal order), and term_best's rows computed from them
 * (`termBestRows`) once the index is finished.
 */
export class FtsTermCounts {
  private readonly ids = new Map<string, number>();
  /** per term id: passages holding it, and its instances in all */
  private readonly docs = new Grow();
  private readonly instances = new Grow();
  /** per (passage, term): the term's id and its packed counts per column, passage after passage */
  private readonly entryTerm = new Grow(1 << 16);
  private readonly entryCounts = new Grow(1 << 16);
  /** per passage: the end of its entries, and its tokens in all */
  private readonly ends = new Grow();
  private readonly sizes = new Grow();
  /** why the counts cannot be used (FTS5 is asked instead) */
  private failed: string | undefined;

  /** `count` false: nothing is counted, and term_best is asked of FTS5 (worthCounting). */
  constructor(count = true) {
    if (!count) this.release('not counted: a corpus this large would not fit');
  }

  private idOf(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      this.ids.set(term, (id = this.ids.size));
      this.docs.push(0);
      this.instances.push(0);
    }
    return id;
  }

  /** One row's columns, in the FTS table's order, as strings (counted here: addEntries takes rows counted elsewhere). */
  add(columns: readonly string[]): void {
    if (this.failed) return;
    if (columns.length !== COUNT_BITS.length) return this.release(`${columns.length} columns`);
    // the row's terms numbered within it, as a document's are (DocumentRows' termDict)
    const dict = new Map<string, number>();
    const local = columns.map((column) => ftsTokens(column).map((t) => dict.get(t) ?? dict.set(t, dict.size).size - 1));
    const builder = new TermEntriesBuilder();
    builder.add(local[0], 0, local[0].length, local.slice(1));
    this.addEntries(this.idsOf([...dict.keys()]), builder.finish());
  }

  /** ids by the run's number of the term (token-numbers.ts): a file worker's documents */
  private readonly byNumber = new NumberedIds((t) => this.idOf(t));

  /** `idsOf` of a document's distinct FTS tokens as the run's numbers (DocumentRows' termNumbered). */
  idsOfNumbers(dict: NumberedDict): Uint32Array {
    return this.failed ? new Uint32Array(dict.numbers.length) : this.byNumber.map(dict);
  }

  /** The ids of a document's distinct FTS tokens (DocumentRows' termDict), for `addEntries`. */
  idsOf(dict: readonly string[]): Uint32Array {
    const ids = new Uint32Array(dict.length);
    if (!this.failed) for (let i = 0; i < dict.length; i++) ids[i] = this.idOf(dict[i]);
    return ids;
  }

  /** A document's rows counted where they were prepared (TermEntriesBuilder), their term numbers mapped through `ids` (idsOf). */
  addEntries(ids: Uint32Array, entries: TermEntries): void {
    if (this.failed) return;
    if (entries.overflow) return this.release(entries.overflow);
    const { local, counts } = entries;
    this.entryTerm.reserve(this.entryTerm.n + local.length);
    this.entryCounts.reserve(this.entryCounts.n + local.length);
    const base = this.entryTerm.n;
    const term = this.entryTerm.a;
    const packed = this.entryCounts.a;
    const docs = this.docs.a;
    const instances = this.instances.a;
    for (let k = 0; k < local.length; k++) {
      const id = ids[local[k]];
      term[base + k] = id;
      packed[base + k] = counts[k];
      docs[id]++;
      instances[id] += instancesOf(counts[k]);
    }
    this.entryTerm.n += local.length;
    this.entryCounts.n += local.length;
    for (let i = 0; i < entries.ends.length; i++) {
      this.ends.push(base + entries.ends[i]);
      this.sizes.push(entries.sizes[i]);
    }
    if (this.entryTerm.n > MAX_ENTRIES) this.release(`more than ${MAX_ENTRIES} entries`);
  }

  /** The counts dropped (they cannot be used, or have been): their memory goes now. */
  private release(why: string): void {
    this.failed = why;
    for (const g of [this.entryTerm, this.entryCounts, this.ends, this.sizes]) g.a = new Uint32Array(0);
    this.ids.clear();
  }

  /** Whether the counts are those of `db`'s finished fts table: every term's passages and instances, every row's size. */
  private matches(db: Database.Database, passages: number): Uint32Array | undefined {
    if (this.failed || this.ends.n !== passages) return undefined;
    const sizes = new Uint32Array(passages);
    let rows = 0;
    for (const [id, sz] of db.prepare('SELECT id, sz FROM fts_docsize').raw().iterate() as Iterable<[number, Uint8Array]>) {
      const size = varints(sz);
      if (id < 0 || id >= passages || size !== this.sizes.a[id]) return undefined;
      sizes[id] = size;
      rows++;
    }
    if (rows !== passages) return undefined;
    let terms = 0;
    for (const [term, doc, cnt] of db.prepare('SELECT term, doc, cnt FROM fts_vocab').raw().iterate() as Iterable<[string, number, number]>) {
      const id = this.ids.get(term);
      if (id === undefined || this.docs.a[id] !== doc || this.instances.a[id] !== cnt) return undefined;
      terms++;
    }
    return terms === this.ids.size ? sizes : undefined;
  }

  /**
   * term_best's rows of `queries` (term-best.ts termBestRows gives the same from FTS5), or
   * undefined when the counts are not those of the finished index (FTS5 must then be asked).
   */
  termBestRows(db: Database.Database, queries: readonly ListedQuery[], passages: number, weights: string, options: TermBestOptions = {}): TermBestRow[] | undefined {
    const job = this.countedJob(db, queries, passages, weights, options);
    return job && countedRows(job.postings, job.queries, sqliteLn(db));
  }

  /**
   * What `termBestRows` scores, query by query (counted-rows.ts): the postings of the terms
   * `queries` read, on SharedArrayBuffers so that threads may score shares of the queries at
   * once, and each query's terms; undefined when the counts are not the finished index's. The
   * counts themselves are released.
   */
  countedJob(db: Database.Database, queries: readonly ListedQuery[], passages: number, weights: string, { length = TERM_BEST_LENGTH, membersShare = TERM_MEMBERS_SHARE }: TermBestOptions = {}): CountedJob | undefined {
    const matched = this.matches(db, passages);
    if (!matched) return undefined;
    const w = weights.split(',').map(Number);
    if (w.length !== 4 || w.some((x) => !Number.isFinite(x))) return undefined;
    // avgdl as FTS5 has it: the table's tokens over its rows
    let tokens = 0;
    for (const s of matched) tokens += s;
    const avgdl = tokens / passages;
    const sizes = new Uint32Array(new SharedArrayBuffer(4 * passages));
    sizes.set(matched);

    // each query's terms: a term's own, a prefix's every term it starts (FTS5's prefix query)
    const terms: number[][] = queries.map(() => []);
    const prefixes = new Map<string, number>();
    let shortest = Infinity;
    queries.forEach((q, i) => {
      if (q.matches !== undefined) {
        const id = this.ids.get(q.key);
        if (id !== undefined) terms[i].push(id);
      } else {
        const prefix = q.key.slice(0, -1);
        prefixes.set(prefix, i);
        shortest = Math.min(shortest, prefix.length);
      }
    });
    if (prefixes.size) {
      for (const [term, id] of this.ids) {
        for (let n = shortest; n <= term.length; n++) {
          const q = prefixes.get(term.slice(0, n));
          if (q !== undefined) terms[q].push(id);
        }
      }
    }
    // the postings of the terms read, term after term, each in ordinal order (one pass over the entries)
    const read = new Uint8Array(this.ids.size);
    for (const list of terms) for (const id of list) read[id] = 1;
    const first = new Float64Array(new SharedArrayBuffer(8 * (this.ids.size + 1)));
    let total = 0;
    for (let id = 0; id < this.ids.size; id++) {
      first[id] = total;
      if (read[id]) total += this.docs.a[id];
    }
    first[this.ids.size] = total;
    const postingOrd = new Uint32Array(new SharedArrayBuffer(4 * total));
    const postingCounts = new Uint32Array(new SharedArrayBuffer(4 * total));
    const cursor = first.slice();
    for (let p = 0, k = 0; p < passages; p++) {
      for (const end = this.ends.a[p]; k < end; k++) {
        const id = this.entryTerm.a[k];
        if (!read[id]) continue;
        const at = cursor[id]++;
        postingOrd[at] = p;
        postingCounts[at] = this.entryCounts.a[k];
      }
    }
    this.release('used');
    return {
      postings: { postingOrd, postingCounts, first, sizes, passages, avgdl, weights: w, length, membersShare },
      queries: queries.map((q, i) => ({ key: q.key, term: q.matches !== undefined, terms: terms[i] })),
    };
  }
}
