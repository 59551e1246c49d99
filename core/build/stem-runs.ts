import type Database from 'better-sqlite3';
import { readVarints, writeVarint } from './varint.js';
import { NumberedIds, type NumberedDict } from './token-numbers.js';

// Every passage's words as the ids of their stems, in order: what the ranking rules read of the
// few hundred best candidates of a search of several words (which words of the query a
// passage holds, side by side, close together). Reading each candidate's text, splitting and
// stemming every word took longer than the rest of such a search; the build has the stems
// at hand (the phrases table's column) and writes them once, a few bytes a word. Ids are
// given in the order stems are first met, so the commonest are small, and each is written
// as a varint (7 bits a byte, the high bit saying another byte follows).

export const STEM_RUNS_SCHEMA = `
  -- stem (as the phrases table writes it: phraseToken of core/analysis.ts stem) → its id
  CREATE TABLE stem_ids (stem TEXT PRIMARY KEY, id INTEGER NOT NULL) WITHOUT ROWID;
  -- per passage, the ids of its words' stems in order (varints)
  CREATE TABLE stem_runs (ord INTEGER PRIMARY KEY, ids BLOB NOT NULL);
`;

/** Gives stems their ids as a build meets them, and encodes a passage's run of them. */
export class StemRunsWriter {
  private readonly ids = new Map<string, number>();
  private buffer = new Uint8Array(4096);
  /** ids by the run's number of the stem (token-numbers.ts): a file worker's documents */
  private readonly byNumber = new NumberedIds((s) => this.idOf(s));

  private idOf(stem: string): number {
    let id = this.ids.get(stem);
    if (id === undefined) this.ids.set(stem, (id = this.ids.size));
    return id;
  }

  /** A passage's stems (space-separated, as phraseRow writes them) as a blob of varint ids. */
  encode(stems: string): Buffer {
    let n = 0;
    if (stems) {
      for (const s of stems.split(' ')) {
        let id = this.ids.get(s);
        if (id === undefined) this.ids.set(s, (id = this.ids.size));
        if (n + 5 > this.buffer.length) {
          const grown = new Uint8Array(this.buffer.length * 2);
          grown.set(this.buffer);
          this.buffer = grown;
        }
        n = writeVarint(this.buffer, n, id);
      }
    }
    return Buffer.from(this.buffer.subarray(0, n));
  }

  /**
   * A document's passages' runs, from its stems numbered within it (DocumentRows): the same
   * blobs as `encode` of each passage in turn, with one lookup per distinct stem, not per word.
   */
  encodeDocument(dict: readonly string[], local: Uint32Array, ends: Uint32Array): Buffer[] {
    // the document's first-met order is the corpus's for the stems it is the first to hold
    const global = new Uint32Array(dict.length);
    dict.forEach((s, i) => (global[i] = this.idOf(s)));
    return this.encodeIds(global, local, ends);
  }

  /** `encodeDocument` of a document whose stems are the run's numbers (DocumentRows' stemNumbered): the same blobs. */
  encodeNumbered(dict: NumberedDict, local: Uint32Array, ends: Uint32Array): Buffer[] {
    return this.encodeIds(this.byNumber.map(dict), local, ends);
  }

  /** The passages' runs of a document whose distinct stems have the ids `global`. */
  private encodeIds(global: Uint32Array, local: Uint32Array, ends: Uint32Array): Buffer[] {
    let longest = 0;
    ends.forEach((end, i) => (longest = Math.max(longest, end - (i ? ends[i - 1] : 0))));
    if (this.buffer.length < longest * 5) this.buffer = new Uint8Array(longest * 5);
    const out: Buffer[] = [];
    let k = 0;
    for (const end of ends) {
      let n = 0;
      for (; k < end; k++) n = writeVarint(this.buffer, n, global[local[k]]);
      out.push(Buffer.from(this.buffer.subarray(0, n)));
    }
    return out;
  }

  /** Writes the dictionary (once every passage is encoded). */
  finish(db: Database.Database): void {
    const insert = db.prepare('INSERT INTO stem_ids VALUES (?, ?)');
    for (const [stem, id] of this.ids) insert.run(stem, id);
  }
}

/** A blob of varint ids, decoded. */
export function decodeStemRun(bytes: Uint8Array): Uint32Array {
  let count = 0;
  for (let i = 0; i < bytes.length; i++) if (bytes[i] < 0x80) count++;
  const out = new Uint32Array(count);
  readVarints(bytes, 0, out);
  return out;
}

/**
 * Several runs' blobs end to end (`lengths`: each one's bytes), decoded in one pass into one
 * array, each run a view of it: a search reads a few hundred runs at once, and an array and a
 * pass of its own per run cost more than the decoding (300 runs: 0.56 → 0.1 ms).
 */
export function decodeStemRuns(bytes: Uint8Array, lengths: readonly number[]): Uint32Array[] {
  // a run's values are its bytes below 0x80 (each ends one varint): counted per run, then the
  // runs, end to end, are one stream of varints for readVarints
  const counts: number[] = [];
  let at = 0;
  for (const length of lengths) {
    let n = 0;
    for (const end = at + length; at < end; at++) if (bytes[at] < 0x80) n++;
    counts.push(n);
  }
  const all = new Uint32Array(counts.reduce((a, b) => a + b, 0));
  readVarints(bytes, 0, all);
  const out: Uint32Array[] = [];
  let k = 0;
  for (const n of counts) out.push(all.subarray(k, (k += n)));
  return out;
}
