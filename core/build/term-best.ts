import type Database from 'better-sqlite3';
import { encodePostings, TERM_POSTINGS_SCHEMA } from './term-postings.js';
import { bestOf } from '../best-of.js';
import { scopedTerm } from './fts-terms.js';

// What a search engine keeps ready for the terms that match much of a library (champion
// lists, as search engines call them). At 100k passages a common word matches half of them,
// and ranking those by bm25 means scoring every one per query: slower than the rest of the
// search together. A build is immutable, so a term's own bm25 order never changes: the
// build scores the matches of each common term once, keeps its best passages in that order
// with their scores, and, where the term is in a large share of the passages, every match as
// a bitset. A one-term query then reads its best and its matches instead of computing them;
// anything else is still asked of FTS5. Same scores, same order, same totals.

/** Terms in at least this many passages get a champion list (fewer matches are scored fast enough per query). */
export const TERM_BEST_MIN = 2000;

/** Passages kept per term: the ranking rules look at 300, and a filtered page asks for more. */
export const TERM_BEST_LENGTH = 1000;

/** A term in at least this share of the passages keeps its matches as a bitset (no bigger than 2 bytes a match). */
export const TERM_MEMBERS_SHARE = 1 / 16;

/**
 * A prefix at least this long of a term with a champion list gets a list of its own when it
 * starts other indexed terms too. FTS5 scores a prefix ("inter*": international, interest,
 * intervention…) as one phrase over all its terms, so no term's list ranks it, and scoring its
 * every match took 50–120 ms per query at 100k passages. That is so of one common term and rare
 * ones as well ("frame*": framework, and frame, framed, frameworks…: 23,732 matches, 30–47 ms
 * of bm25, serve22), not only of a prefix two listed terms share. A prefix of one term only is
 * that term's list already (the engine's oneTerm). Shorter prefixes match most of a library:
 * listing them all cost the build six times as much.
 */
export const PREFIX_BEST_MIN_LENGTH = 4;

/**
 * A listed term this long or longer is a prefix with a list of its own too when other terms
 * start with it: the search widens a prefix to the common start of its words' stems, three
 * letters at least (query-understanding.ts prefixForIndex), so a short word's stem is what
 * reaches the engine ("ngos*" is searched as "ngo*": 32–58 ms of bm25 at 100k, serve22).
 */
export const TERM_PREFIX_MIN_LENGTH = 3;

/** Prefixes that may have a list: letters and digits, which FTS5's tokenizer leaves as they are. */
export const LISTED_PREFIX = /^[a-z0-9]+$/;

/** A prefix's key in term_best: a term never ends with `*` (the analysis trims it), so the two never meet. */
export const prefixKey = (prefix: string) => `${prefix}*`;

export const TERM_BEST_SCHEMA = `
  -- per common term (and per prefix of several, as prefixKey writes it): its best passages by its own bm25, best first (ties by ordinal), as
  -- ordinals (uint32) and bm25 values (float64, as SQLite computes them); members: every
  -- passage holding it as a bitset (uint32 words, ordinal o is bit o & 31 of word o >> 5), or null
  CREATE TABLE term_best (term TEXT PRIMARY KEY, matches INTEGER NOT NULL, ords BLOB NOT NULL, scores BLOB NOT NULL, members BLOB) WITHOUT ROWID;
  ${TERM_POSTINGS_SCHEMA}
`;

export { quoteTerm } from './fts-terms.js';

const blob = (bytes: Uint32Array | Float64Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** What term_best's thresholds are (the constants above but in tests). */
export interface TermBestOptions {
  min?: number;
  length?: number;
  membersShare?: number;
  prefixMin?: number;
}

/**
 * One list term_best keeps: a term's (`matches`: the passages fts_vocab counts holding it) or a
 * prefix's (its matches counted as its members are read), under its key in the table.
 */
export interface ListedQuery {
  key: string;
  query: string;
  matches?: number;
}

/** One row of term_best: key, matches, ords, scores, members; and a term's postings (term-postings.ts), null for a prefix. */
export type TermBestRow = [key: string, matches: number, ords: Buffer, scores: Buffer, members: Buffer | null, postings: Buffer | null];

/** The common terms of a finished FTS5 table (in at least `min` passages), then the prefixes of them that other terms share: the lists term_best keeps, in its order. */
export function listedQueries(db: Database.Database, { min = TERM_BEST_MIN, prefixMin = PREFIX_BEST_MIN_LENGTH }: TermBestOptions = {}): ListedQuery[] {
  // every term (fts_vocab reads them all to test `doc` anyway): which prefixes start several is asked of them all
  const all = db.prepare('SELECT term, doc FROM fts_vocab').raw().all() as [string, number][];
  const terms = all.filter(([, doc]) => doc >= min);
  return [...terms.map(([term, matches]) => ({ key: term, query: scopedTerm(term), matches })), ...prefixQueries(terms.map(([term]) => term), all.map(([term]) => term), prefixMin)];
}

/** How many of these terms (sorted) start with `prefix`. */
function startingWith(sorted: readonly string[], prefix: string): number {
  const from = (x: string) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  // every term starting with the prefix sorts before the prefix with its last character raised
  const end = prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1);
  return from(end) - from(prefix);
}

/**
 * The prefixes (`prefixMin` letters or more, or a whole listed term of TERM_PREFIX_MIN_LENGTH)
 * of listed terms that two or more indexed terms (`vocabulary`) start, under prefixKey.
 */
export function prefixQueries(listed: readonly string[], vocabulary: readonly string[], prefixMin: number): ListedQuery[] {
  const sorted = [...vocabulary].sort();
  const out = new Set<string>();
  for (const term of listed) {
    const from = term.length < prefixMin && term.length >= TERM_PREFIX_MIN_LENGTH ? term.length : prefixMin;
    for (let n = from; n <= term.length; n++) {
      const prefix = term.slice(0, n);
      if (!LISTED_PREFIX.test(prefix)) break;
      if (!out.has(prefix) && startingWith(sorted, prefix) >= 2) out.add(prefix);
    }
  }
  return [...out].map((prefix) => ({ key: prefixKey(prefix), query: `${scopedTerm(prefix)}*` }));
}

/**
 * Rows of term_best, from a finished FTS5 table (after its last write: the scores depend on the
 * whole index). Only reads: any connection to the finished file can compute a share of the
 * lists (indexer/term-best-pool.ts). `weights`: the bm25 column weights the engine ranks with,
 * as SQL arguments.
 */
export function termBestRows(db: Database.Database, queries: readonly ListedQuery[], passages: number, weights: string, { length = TERM_BEST_LENGTH, membersShare = TERM_MEMBERS_SHARE }: TermBestOptions = {}): TermBestRow[] {
  const best = db.prepare(`SELECT rowid, bm25(fts, ${weights}) AS s FROM fts WHERE fts MATCH ? ORDER BY s, rowid LIMIT ?`).raw();
  const members = db.prepare('SELECT json_group_array(rowid) FROM fts WHERE fts MATCH ?').pluck();
  const every = db.prepare(`SELECT rowid, bm25(fts, ${weights}) FROM fts WHERE fts MATCH ?`).raw();
  const words = (passages + 31) >>> 5;
  const bitsOf = (all: ArrayLike<number>) => {
    const bits = new Uint32Array(words);
    for (let k = 0; k < all.length; k++) bits[all[k] >>> 5] |= 1 << (all[k] & 31);
    return blob(bits);
  };
  return queries.map(({ key, query, matches }): TermBestRow => {
    if (matches === undefined) {
      // a prefix: its best, and its members (their count is its matches)
      const rows = best.all(query, length) as [number, number][];
      const all = JSON.parse(members.get(query) as string) as number[];
      return [key, all.length, blob(Uint32Array.from(rows, (r) => r[0])), blob(Float64Array.from(rows, (r) => r[1])), all.length >= passages * membersShare ? bitsOf(all) : null, null];
    }
    // a term: every match scored once, in ordinal order; its best, members and postings from them
    const ords: number[] = [];
    const scores: number[] = [];
    for (const [rowid, s] of every.iterate(query) as Iterable<[number, number]>) {
      ords.push(rowid);
      scores.push(s);
    }
    const top = bestFirst(ords, scores, length);
    return [key, ords.length, blob(Uint32Array.from(top, (i) => ords[i])), blob(Float64Array.from(top, (i) => scores[i])), ords.length >= passages * membersShare ? bitsOf(ords) : null, encodePostings(ords, scores)];
  });
}

/**
 * The positions of the `length` best rows (lowest bm25, ties by lower ordinal: ORDER BY s, rowid),
 * best first, through a heap of that many (most rows are turned down by one comparison).
 */
function bestFirst(ords: readonly number[], scores: readonly number[], length: number): number[] {
  return bestOf(ords.length, length, (i, j) => scores[i] > scores[j] || (scores[i] === scores[j] && ords[i] > ords[j]));
}

/** Inserts rows of term_best (in the order given). */
export function insertTermBest(db: Database.Database, rows: readonly TermBestRow[]): void {
  const insert = db.prepare('INSERT INTO term_best VALUES (?, ?, ?, ?, ?)');
  const insertPostings = db.prepare('INSERT INTO term_postings VALUES (?, ?)');
  for (const [key, matches, ords, scores, members, postings] of rows) {
    insert.run(key, matches, ords, scores, members);
    if (postings) insertPostings.run(key, postings);
  }
}

/** Fills term_best from a finished FTS5 table, in this thread. */
export function writeTermBest(db: Database.Database, passages: number, weights: string, options: TermBestOptions = {}): void {
  insertTermBest(db, termBestRows(db, listedQueries(db, options), passages, weights, options));
}

/**
 * The lists of the prefixes listedQueries names that a finished build lacks: part of
 * writeTermBest, and on its own for a build written before them (its answers are the same
 * either way; a prefix with a list is ranked from it). Returns how many were added.
 */
export function writePrefixBest(db: Database.Database, passages: number, weights: string, options: TermBestOptions = {}): number {
  const have = db.prepare('SELECT 1 FROM term_best WHERE term = ?').pluck();
  const missing = listedQueries(db, options).filter((q) => q.matches === undefined && have.get(q.key) === undefined);
  insertTermBest(db, termBestRows(db, missing, passages, weights, options));
  return missing.length;
}

/** One term's row of term_best, decoded. */
export interface TermBest {
  matches: number;
  ords: Uint32Array;
  /** bm25 as SQLite gives it: lower is better */
  scores: Float64Array;
  members?: Uint32Array;
}

/** A blob's bytes copied into an array of its own (SQLite's buffer need not be aligned for the type). */
function view<T extends Uint32Array | Float64Array>(make: new (b: ArrayBuffer) => T, b: Buffer): T {
  return new make(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer);
}

/**
 * Bytes of decoded champion lists a reader keeps: a search asks for the same term's list
 * several times (its members, its best, the tail of a page, each rewording), and each read
 * copied some 25 kB (130 kB at 1M passages, the members' bits) out of SQLite's overflow pages.
 */
const KEPT_BYTES = 8 << 20;
/** terms known to have no list, kept at most (a miss is a B-tree seek; most words of a query have none) */
const KEPT_MISSES = 10_000;

const bytesOf = (t: TermBest) => t.ords.byteLength + t.scores.byteLength + (t.members?.byteLength ?? 0);

/**
 * Reads a term's champion list, or undefined for a term without one. The lists most recently
 * read are kept decoded (a build never changes): the arrays are shared between callers, which
 * must not write into them.
 */
export function termBestReader(db: Database.Database): (term: string) => TermBest | undefined {
  const get = db.prepare('SELECT matches, ords, scores, members FROM term_best WHERE term = ?').raw() as Database.Statement<[string], [number, Buffer, Buffer, Buffer | null]>;
  const kept = new Map<string, TermBest>();
  const misses = new Set<string>();
  let bytes = 0;
  return (term) => {
    const known = kept.get(term);
    if (known) {
      // most recently used last
      kept.delete(term);
      kept.set(term, known);
      return known;
    }
    if (misses.has(term)) return undefined;
    const row = get.get(term);
    if (!row) {
      if (misses.size >= KEPT_MISSES) misses.clear();
      misses.add(term);
      return undefined;
    }
    const [matches, ords, scores, members] = row;
    const list: TermBest = { matches, ords: view(Uint32Array, ords), scores: view(Float64Array, scores), ...(members ? { members: view(Uint32Array, members) } : {}) };
    kept.set(term, list);
    bytes += bytesOf(list);
    for (const [t, l] of kept) {
      if (bytes <= KEPT_BYTES || t === term) break;
      kept.delete(t);
      bytes -= bytesOf(l);
    }
    return list;
  };
}
