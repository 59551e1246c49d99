import Database from 'better-sqlite3';
import { readVarintRange } from '../build/varint.js';

// Every passage's stem run (core/build/stem-runs.ts) held in memory, bytes end to end. Read
// from library.db, the few hundred runs a search of several words asks for cost one statement
// of ~1.6 ms of CPU at 100k passages (its pages come from the OS one system call and copy
// each): the largest single share of a two-word or phrase search, the classes that make the
// tail. Held here they are an offset look-up. The table is ~230 bytes a passage (24 MB at
// 100k), so it is held only up to a size (MAX_BYTES): a larger library reads them as before.

/** Most bytes of runs held: 100k passages take 24 MB; 1M would take 240 MB of a 500 MB budget. */
export const STEM_RUNS_MAX_BYTES = 64 << 20;

/** Rows read a step: ~1.9 MB and a few ms of CPU, so requests are answered between steps. */
export const STEM_RUNS_STEP = 8192;

export class StemRunsInMemory {
  /** `starts[o]`..`starts[o + 1]`: passage o's bytes in `bytes` */
  constructor(
    private readonly bytes: Uint8Array,
    private readonly starts: Uint32Array,
  ) {}

  get count(): number {
    return this.starts.length - 1;
  }

  /**
   * The runs of these passages, decoded into one array (each run a view of it), as LibraryStore's
   * statement hands them. One pass: the array is sized by the runs' bytes (a value takes one at
   * least), not by a first pass counting their values, which was half the decode's time.
   */
  ofPassages(ordinals: readonly number[]): Map<number, Uint32Array> {
    const ords = [...new Set(ordinals)].filter((o) => Number.isInteger(o) && o >= 0 && o < this.count).sort((a, b) => a - b);
    const { bytes, starts } = this;
    let most = 0;
    for (const o of ords) most += starts[o + 1] - starts[o];
    const all = new Uint32Array(most);
    const out = new Map<number, Uint32Array>();
    let k = 0;
    for (const o of ords) {
      const first = k;
      k = readVarintRange(bytes, starts[o], starts[o + 1], all, k);
      out.set(o, all.subarray(first, k));
    }
    return out;
  }
}

/**
 * Reads every run of the library.db at `path`, a step of `step` rows at each `next()`, through
 * a connection of its own (the serving connection's page cache keeps the pages searches read
 * again). Yields the runs held so far's bytes; returns the runs, or undefined when they would
 * pass `maxBytes` (judged from the first step) or the table lacks a passage's row.
 */
export function* loadStemRuns(path: string, count: number, maxBytes = STEM_RUNS_MAX_BYTES, step = STEM_RUNS_STEP): Generator<number, StemRunsInMemory | undefined> {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    // the rows of a step as one: lengths and bytes end to end (a Buffer per row costs more than the row)
    const rows = db.prepare(
      "SELECT count(*), json_group_array(length(ids)), CAST(group_concat(ids, '') AS BLOB) FROM (SELECT ids FROM stem_runs WHERE ord >= ? AND ord < ? ORDER BY ord)",
    ).raw() as Database.Statement<[number, number], [number, string, Buffer | null]>;
    const starts = new Uint32Array(count + 1);
    const parts: Buffer[] = [];
    let bytes = 0;
    for (let first = 0; first < count; first += step) {
      const end = Math.min(count, first + step);
      const [n, lengths, blob] = rows.get(first, end) ?? [0, '[]', null];
      if (n !== end - first) return undefined;
      (JSON.parse(lengths) as number[]).forEach((length, i) => (starts[first + i + 1] = starts[first + i] + length));
      if (blob) parts.push(blob);
      bytes += blob?.length ?? 0;
      if (bytes !== starts[end] || (bytes / end) * count > maxBytes) return undefined;
      yield bytes;
    }
    return new StemRunsInMemory(Buffer.concat(parts, bytes), starts);
  } finally {
    db.close();
  }
}
