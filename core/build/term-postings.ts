import type Database from 'better-sqlite3';
import { scopedTerm } from './fts-terms.js';
import { readVarints, varintLength, writeVarint } from './varint.js';
import { ordinalsOf } from '../bit-words.js';

// Every match of a common term with its own bm25, in ordinal order: what a query of several
// plain words needs to be scored outside FTS5. FTS5's bm25 of a query is a sum over its
// phrases, each term's part depending on that term and the passage only (the term's idf, its
// weighted count in the passage, the passage's length), so a query of terms ORed or ANDed
// scores a passage as the sum of its terms' one-term scores, added in the order of the
// query's phrases: the same floats. At 100k passages FTS5 took 20–40 ms to score two common
// words (decoding every position of both, a row handed to JavaScript per match); summing two
// arrays takes about a millisecond. A build is immutable, so the scores are computed once.
//
// One blob per term: [count u32][distinct u32][bit words u32][0 u32][the distinct bm25 values
// f64, commonest first…][the matches as bit words, when that is smaller than their gaps:
// u32…][per match, the rank of its value: varint…][without bit words, the ordinals as varint
// gaps…]. A term's scores take few values (its count in a passage and the passage's length
// decide them: 254 on average at 100k passages), most matches one of the commonest, so a rank
// is mostly one byte. A term in more than about one passage in eight is smaller as bit words
// than as gaps, and its members are then a copy (plain-terms.ts). Reading a first-seen term's
// blob out of the file is most of what it costs a search (decoding it a tenth): format 13
// (library-db.ts) stores the 940 terms of 100k passages in 15.9 MB instead of 24.0.

export const TERM_POSTINGS_SCHEMA = `
  -- per common term (those term_best lists, prefixes aside): every passage holding it and its bm25 for the term alone (term-postings.ts)
  CREATE TABLE term_postings (term TEXT PRIMARY KEY, postings BLOB NOT NULL) WITHOUT ROWID;
`;

/** A term's matches decoded: ordinals ascending, and each one's score as the engine gives it (bm25 negated: higher is better). */
export interface Postings {
  ords: Uint32Array;
  /** per match, the index of its score in `values` */
  index: Uint16Array | Uint32Array;
  values: Float64Array;
  /** the matches as bit words (ordinal o is bit o & 31 of word o >>> 5) up to the last one's, when the build kept them so */
  bits?: Uint32Array;
}

/** count, distinct values, bit words, and a word kept zero: the values after it 8-byte aligned */
const HEADER = 16;

/** A term's matches (ordinals ascending) and their bm25 as SQLite computes it, as one blob. */
export function encodePostings(ords: ArrayLike<number>, bm25: ArrayLike<number>): Buffer {
  const count = ords.length;
  // the values by how many matches have them, most first (ties in order of first match): the commonest get the shortest ranks
  const seen = new Map<number, number>();
  for (let i = 0; i < count; i++) seen.set(bm25[i], (seen.get(bm25[i]) ?? 0) + 1);
  const values = [...seen].sort((a, b) => b[1] - a[1]).map(([v]) => v);
  const rank = new Map(values.map((v, r) => [v, r]));
  let rankBytes = 0;
  for (let i = 0; i < count; i++) rankBytes += varintLength(rank.get(bm25[i])!);
  let gapBytes = 0;
  for (let i = 0; i < count; i++) gapBytes += varintLength(ords[i] - (i ? ords[i - 1] : 0));
  const words = count ? (ords[count - 1] >>> 5) + 1 : 0;
  const asBits = 4 * words < gapBytes;
  const bitsAt = HEADER + 8 * values.length;
  const ranksAt = bitsAt + (asBits ? 4 * words : 0);
  const out = Buffer.alloc(ranksAt + rankBytes + (asBits ? 0 : gapBytes));
  out.writeUInt32LE(count, 0);
  out.writeUInt32LE(values.length, 4);
  out.writeUInt32LE(asBits ? words : 0, 8);
  values.forEach((v, r) => out.writeDoubleLE(v, HEADER + 8 * r));
  // little-endian words: ordinal o is bit o & 7 of byte o >>> 3
  if (asBits) for (let i = 0; i < count; i++) out[bitsAt + (ords[i] >>> 3)] |= 1 << (ords[i] & 7);
  let at = ranksAt;
  for (let i = 0; i < count; i++) at = writeVarint(out, at, rank.get(bm25[i])!);
  if (!asBits) for (let i = 0; i < count; i++) at = writeVarint(out, at, ords[i] - (i ? ords[i - 1] : 0));
  return out;
}

/** A blob of encodePostings, decoded (scores negated, as the engine ranks). */
export function decodePostings(blob: Uint8Array): Postings {
  // copied: SQLite's buffer need not be aligned for the typed arrays
  const bytes = new Uint8Array(blob.byteLength);
  bytes.set(blob);
  const view = new DataView(bytes.buffer);
  const count = view.getUint32(0, true);
  const distinct = view.getUint32(4, true);
  const words = view.getUint32(8, true);
  const values = new Float64Array(bytes.buffer, HEADER, distinct).map((v) => -v);
  const bitsAt = HEADER + 8 * distinct;
  const bits = words ? new Uint32Array(bytes.buffer, bitsAt, words) : undefined;
  const index = distinct > 0x10000 ? new Uint32Array(count) : new Uint16Array(count);
  const at = readVarints(bytes, bitsAt + 4 * words, index);
  if (bits) return { ords: ordinalsOf(bits), index, values, bits };
  const ords = new Uint32Array(count);
  readVarints(bytes, at, ords, true);
  return { ords, index, values };
}

/** Decoded postings kept, in matches: a few of the commonest terms (12 bytes a match at most). */
const CACHED_MATCHES = 2_000_000;

/** Reads a term's postings (undefined: the build has none for it, or none at all), keeping the last few decoded. */
export function termPostingsReader(db: Database.Database): (term: string) => Postings | undefined {
  const exists = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'term_postings'").get() !== undefined;
  if (!exists) return () => undefined;
  const get = db.prepare('SELECT postings FROM term_postings WHERE term = ?').pluck() as Database.Statement<[string], Buffer>;
  const cache = new Map<string, Postings>();
  let cached = 0;
  return (term) => {
    let p = cache.get(term);
    if (p) {
      // most recently used last
      cache.delete(term);
      cache.set(term, p);
      return p;
    }
    const blob = get.get(term);
    if (!blob) return undefined;
    p = decodePostings(blob);
    cache.set(term, p);
    cached += p.ords.length;
    for (const [t, q] of cache) {
      if (cached <= CACHED_MATCHES || t === term) break;
      cache.delete(t);
      cached -= q.ords.length;
    }
    return p;
  };
}

/**
 * Adds term_postings to a finished library.db written before it (a build's own come with its
 * term_best rows): for every term in at least `min` passages that has none yet.
 */
export function writeTermPostings(db: Database.Database, weights: string, min: number): number {
  db.exec(TERM_POSTINGS_SCHEMA.replace('CREATE TABLE', 'CREATE TABLE IF NOT EXISTS'));
  const terms = db.prepare('SELECT term FROM fts_vocab WHERE doc >= ? AND term NOT IN (SELECT term FROM term_postings)').pluck().all(min) as string[];
  const every = db.prepare(`SELECT rowid, bm25(fts, ${weights}) FROM fts WHERE fts MATCH ?`).raw();
  const insert = db.prepare('INSERT INTO term_postings VALUES (?, ?)');
  db.transaction(() => {
    for (const term of terms) {
      const ords: number[] = [];
      const scores: number[] = [];
      for (const [rowid, s] of every.iterate(scopedTerm(term)) as Iterable<[number, number]>) {
        ords.push(rowid);
        scores.push(s);
      }
      insert.run(term, encodePostings(ords, scores));
    }
  })();
  return terms.length;
}
