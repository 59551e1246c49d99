// One facet's values for every row (a passage, or a document), as small integers in typed
// arrays: row r carries values[offsets[r] .. offsets[r + 1]), each an index into `ids`. A
// million passages cost a few bytes each per facet, where a bitset per value costs
// passages / 8 bytes for every value (4,000 documents × 100k passages: 50 MB for one facet).

export class FacetColumn {
  readonly ids: string[] = [];
  private readonly index = new Map<string, number>();
  private offsets = new Uint32Array(1024);
  private values: Uint32Array | Uint16Array = new Uint32Array(1024);
  private rows = 0;
  private filled = 0;
  private frozen = false;

  /** Appends the next row's values (ids; empty and repeated ones are skipped). */
  push(ids: Iterable<string | null | undefined>): void {
    if (this.frozen) throw new Error('a facet column is appended to only while it is built');
    const start = this.filled;
    for (const id of ids) {
      if (id === null || id === undefined || id === '') continue;
      let v = this.index.get(id);
      if (v === undefined) {
        v = this.ids.length;
        this.index.set(id, v);
        this.ids.push(id);
      }
      if (this.values.subarray(start, this.filled).includes(v)) continue;
      if (this.filled === this.values.length) this.values = grow(this.values as Uint32Array);
      this.values[this.filled++] = v;
    }
    if (this.rows + 2 > this.offsets.length) this.offsets = grow(this.offsets);
    this.offsets[++this.rows] = this.filled;
  }

  /** Trims the arrays to their content, in 16 bits when the values fit. */
  freeze(): this {
    this.offsets = this.offsets.slice(0, this.rows + 1);
    this.values = this.ids.length <= 0xffff ? Uint16Array.from(this.values.subarray(0, this.filled)) : this.values.slice(0, this.filled);
    this.frozen = true;
    return this;
  }

  get size(): number {
    return this.rows;
  }

  idOf(id: string): number | undefined {
    return this.index.get(id);
  }

  /** Adds one to counts[v] for each value v of a row, `times` times. */
  countRow(row: number, counts: Uint32Array, times = 1): void {
    for (let i = this.offsets[row], end = this.offsets[row + 1]; i < end; i++) counts[this.values[i]] += times;
  }

  /** Whether a row carries any of the values marked in `chosen` (indexed by value). */
  rowHasAny(row: number, chosen: Uint8Array): boolean {
    for (let i = this.offsets[row], end = this.offsets[row + 1]; i < end; i++) if (chosen[this.values[i]]) return true;
    return false;
  }

  /** Bytes held by the arrays. */
  get bytes(): number {
    return this.offsets.byteLength + this.values.byteLength;
  }
}

function grow<A extends Uint32Array>(a: A): A {
  const b = new Uint32Array(a.length * 2);
  b.set(a);
  return b as A;
}
