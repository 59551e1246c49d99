import Database from 'better-sqlite3';
import { bestOf } from '../best-of.js';
import { encodePostings } from './term-postings.js';
import { PASSAGE_FIELDS } from '../search-fields.js';
import type { TermBestRow } from './term-best.js';

// term_best's rows from the counted postings of the terms they read (term-counts.ts), each
// query on its own: so a share of the queries can be scored in another thread over the same
// postings (indexer/term-best-pool.ts), as the share of the FTS5 path's queries is.

/** Bits of a passage's count of one term per FTS column (text, section, title, author); a count past them falls back to FTS5. */
export const COUNT_BITS = [14, 8, 5, 5] as const;
export const COUNT_SHIFT = [0, 14, 22, 27] as const;
/**
 * Which of those columns a listed term is matched in (fts-terms.ts PASSAGE_SCOPE): a passage
 * holding it in the title alone is no match, and the title's instances add nothing to bm25.
 */
const IN_SCOPE = (['text', 'section', 'title', 'author'] as const).map((c) => PASSAGE_FIELDS.includes(c));

/** FTS5's bm25 constants (fts5_aux.c). */
const K1 = 1.2;
const B = 0.75;

/**
 * The postings of the terms term_best reads, term after term, each in ordinal order: term
 * `id`'s passages are postingOrd[first[id], first[id + 1]), with their packed counts per column
 * (COUNT_BITS). The arrays may live on SharedArrayBuffers, read by several threads at once.
 */
export interface CountedPostings {
  postingOrd: Uint32Array;
  postingCounts: Uint32Array;
  first: Float64Array;
  /** per passage, its tokens in all its columns (FTS5's row size) */
  sizes: Uint32Array;
  passages: number;
  /** the table's tokens over its rows, as FTS5 has it */
  avgdl: number;
  /** the FTS columns' bm25 weights */
  weights: readonly number[];
  length: number;
  membersShare: number;
}

/** A listed query: its key, whether it is a term (its postings kept) or a prefix, and the ids of the terms it matches. */
export interface CountedQuery {
  key: string;
  term: boolean;
  terms: readonly number[];
}

/** ln as SQLite's C library computes it (V8's Math.log may differ in the last bit), over any connection. */
export function sqliteLn(db: Database.Database): (x: number) => number {
  const ln = db.prepare('SELECT ln(?)').pluck() as Database.Statement<[number], number>;
  return (x) => ln.get(x) ?? 0;
}

/** countedRows in this thread, with SQLite's ln over a connection of its own, closed after. */
export function countedRowsHere(postings: CountedPostings, queries: readonly CountedQuery[]): TermBestRow[] {
  const db = new Database(':memory:');
  try {
    return countedRows(postings, queries, sqliteLn(db));
  } finally {
    db.close();
  }
}

/** term_best's rows of `queries`, in their order (term-best.ts termBestRows gives the same from FTS5). */
export function countedRows(postings: CountedPostings, queries: readonly CountedQuery[], ln: (x: number) => number): TermBestRow[] {
  const { postingOrd, postingCounts, first, sizes, passages, avgdl, weights: w, length, membersShare } = postings;
  // a prefix of several terms: their instances in one passage together, as FTS5's one phrase
  const seen = new Int32Array(passages).fill(-1);
  const summed = new Uint32Array(4 * passages);
  return queries.map(({ key, term, terms: list }, q): TermBestRow => {
    let matched: Uint32Array;
    let counts: Uint32Array;
    if (list.length === 1) {
      const from = first[list[0]];
      matched = postingOrd.subarray(from, first[list[0] + 1]);
      counts = new Uint32Array(4 * matched.length);
      for (let i = 0; i < matched.length; i++) {
        const packed = postingCounts[from + i];
        for (let c = 0; c < 4; c++) counts[4 * i + c] = (packed >>> COUNT_SHIFT[c]) & ((1 << COUNT_BITS[c]) - 1);
      }
    } else {
      const touched: number[] = [];
      for (const id of list) {
        for (let at = first[id], end = first[id + 1]; at < end; at++) {
          const p = postingOrd[at];
          if (seen[p] !== q) {
            seen[p] = q;
            touched.push(p);
            summed.fill(0, 4 * p, 4 * p + 4);
          }
          const packed = postingCounts[at];
          for (let c = 0; c < 4; c++) summed[4 * p + c] += (packed >>> COUNT_SHIFT[c]) & ((1 << COUNT_BITS[c]) - 1);
        }
      }
      matched = Uint32Array.from(touched).sort();
      counts = new Uint32Array(4 * matched.length);
      for (let i = 0; i < matched.length; i++) counts.set(summed.subarray(4 * matched[i], 4 * matched[i] + 4), 4 * i);
    }
    // the passages holding the term in their own columns, as the scoped query matches them
    let n = 0;
    const scopedMatched = new Uint32Array(matched.length);
    const scopedCounts = new Uint32Array(counts.length);
    for (let i = 0; i < matched.length; i++) {
      let held = false;
      for (let c = 0; c < 4; c++) if (IN_SCOPE[c] && counts[4 * i + c] > 0) held = true;
      if (!held) continue;
      scopedMatched[n] = matched[i];
      scopedCounts.set(counts.subarray(4 * i, 4 * i + 4), 4 * n);
      n++;
    }
    matched = scopedMatched.subarray(0, n);
    counts = scopedCounts;
    const logged = ln((passages - n + 0.5) / (n + 0.5));
    const idf = logged > 0 ? logged : 1e-6;
    const scores = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      // fts5Bm25Function: each instance's column weight added in turn (columns in order), then the score
      let f = 0;
      for (let c = 0; c < 4; c++) if (IN_SCOPE[c]) for (let j = counts[4 * i + c]; j > 0; j--) f += w[c];
      const D = sizes[matched[i]];
      scores[i] = -1.0 * (0.0 + idf * ((f * (K1 + 1.0)) / (f + K1 * (1 - B + (B * D) / avgdl))));
    }
    const top = bestOf(n, length, (i, j) => scores[i] > scores[j] || (scores[i] === scores[j] && matched[i] > matched[j]));
    const members = n >= passages * membersShare ? bitset(matched, passages) : null;
    return [key, n, blob(Uint32Array.from(top, (i) => matched[i])), blob(Float64Array.from(top, (i) => scores[i])), members, term ? encodePostings(matched, scores) : null];
  });
}

const blob = (bytes: Uint32Array | Float64Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

function bitset(ords: Uint32Array, passages: number): Buffer {
  const bits = new Uint32Array((passages + 31) >>> 5);
  for (let k = 0; k < ords.length; k++) bits[ords[k] >>> 5] |= 1 << (ords[k] & 31);
  return blob(bits);
}
