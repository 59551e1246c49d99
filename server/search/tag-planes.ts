import type { FacetColumn } from '../../core/facet-column.js';
import { popcount, type Bitset } from './bitset.js';

// Counting the tag facets' values over a large set of hits, a word of the set at a time. A
// common word's hits are half a library: walking them passage by passage, each passage's
// values in each facet, cost 3–13 ms per search at 100k passages (a tenth of a second at 1M).
// Here every value has a bit per passage, stored word-interleaved (word w of every value side
// by side), so a word of hits is counted against all values with one popcount each, in
// memory read in order: the cost follows the library's size over 32, not the hits. A few
// bytes per passage (75 values at 1M passages: 9 MB), made when first needed.

export class TagPlanes {
  /** per facet, the number of its first value in the planes (its values follow in column order) */
  private readonly firsts: number[] = [];
  /** values of every facet together */
  private readonly stride: number;
  private readonly words: number;
  private planes?: Uint32Array;
  /** per passage, where its values start in `rowValues` (rowStarts[size] is the end) */
  private rowStarts?: Uint32Array;
  /** every passage's values of every facet, numbered as in the planes, the passages in order */
  private rowValues?: Uint8Array | Uint16Array;

  constructor(
    private readonly columns: readonly FacetColumn[],
    size: number,
  ) {
    let n = 0;
    for (const c of columns) {
      this.firsts.push(n);
      n += c.ids.length;
    }
    this.stride = n;
    this.words = (size + 31) >>> 5;
  }

  private made(): Uint32Array {
    if (this.planes) return this.planes;
    const planes = new Uint32Array(this.words * this.stride);
    this.columns.forEach((c, k) => {
      const first = this.firsts[k];
      c.forEachValue((row, v) => {
        planes[(row >>> 5) * this.stride + first + v] |= 1 << (row & 31);
      });
    });
    return (this.planes = planes);
  }

  /**
   * Every passage's values of all the facets, one run per passage: a set too small for the
   * planes is counted a member at a time, with one run to read per member where the columns
   * had one each (four runs, a call each: three times the cost). 1–2 bytes a value (8 values a
   * passage: 13 MB at 1M passages), made when first needed.
   */
  private rows(): { starts: Uint32Array; values: Uint8Array | Uint16Array } {
    if (this.rowStarts && this.rowValues) return { starts: this.rowStarts, values: this.rowValues };
    const size = this.words * 32;
    const starts = new Uint32Array(size + 1);
    for (const c of this.columns) c.forEachValue((row) => starts[row + 1]++);
    for (let r = 0; r < size; r++) starts[r + 1] += starts[r];
    const values = this.stride <= 0x100 ? new Uint8Array(starts[size]) : new Uint16Array(starts[size]);
    const next = starts.slice(0, size);
    // columns in order, each row's values in column order: a passage's run lists the first facet's values first
    this.columns.forEach((c, k) => {
      const first = this.firsts[k];
      c.forEachValue((row, v) => {
        values[next[row]++] = first + v;
      });
    });
    this.rowStarts = starts;
    this.rowValues = values;
    return { starts, values };
  }

  /**
   * Per column asked for (`only`, indexes into the columns; every column when unsaid), how many
   * members of `set` carry each of its values, a member at a time (for small sets). One column
   * alone (a filtered facet's own count, over the hits the other filters let through) reads its
   * own runs: every facet's run per member was four times the values to step over.
   */
  countMembers(set: Bitset, only?: readonly number[]): Uint32Array[] {
    if (only?.length === 1) {
      const column = this.columns[only[0]];
      const counts = new Uint32Array(column.ids.length);
      set.forEach((row) => column.countRow(row, counts));
      return [counts];
    }
    const { starts, values } = this.rows();
    const totals = new Uint32Array(this.stride);
    set.forEach((row) => {
      for (let i = starts[row], end = starts[row + 1]; i < end; i++) totals[values[i]]++;
    });
    return this.byColumn(totals, only);
  }

  private byColumn(totals: Uint32Array, only: readonly number[] = this.columns.map((_, k) => k)): Uint32Array[] {
    return only.map((k) => totals.slice(this.firsts[k], this.firsts[k] + this.columns[k].ids.length));
  }

  /**
   * Per column asked for (`only`, indexes into the columns; every column when unsaid), how many
   * members of `set` carry each of its values: only the asked columns' values are popcounted.
   */
  count(set: Bitset, only?: readonly number[]): Uint32Array[] {
    const planes = this.made();
    const { stride } = this;
    const totals = new Uint32Array(stride);
    const words = set.words;
    // the asked columns' values as [from, to) ranges of the stride (every column: one range)
    const ranges = only ? only.flatMap((k) => [this.firsts[k], this.firsts[k] + this.columns[k].ids.length]) : [0, stride];
    for (let w = 0; w < words.length; w++) {
      const b = words[w];
      if (b === 0) continue;
      const row = w * stride;
      for (let r = 0; r < ranges.length; r += 2) for (let v = ranges[r], to = ranges[r + 1]; v < to; v++) totals[v] += popcount(b & planes[row + v]);
    }
    return this.byColumn(totals, only);
  }
}
