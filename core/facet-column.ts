// One facet's values for every row (a passage, or a document), as small integers in typed
// arrays: row r carries values[offsets[r] .. offsets[r + 1]), each an index into `ids`. A
// million passages cost a few bytes each per facet, where a bitset per value costs
// passages / 8 bytes for every value (4,000 documents × 100k passages: 50 MB for one facet).
// The indexer builds the passages' columns as it writes a build and stores them as they are
// (library.db's columns table), so the server loads them as a few blobs, not a row per passage.

/** A frozen column as stored: the ids as JSON, the arrays as their bytes (little-endian, as typed arrays are here). */
export interface StoredColumn {
  ids: string;
  offsets: Uint8Array;
  values: Uint8Array;
}

export class FacetColumn {
  readonly ids: string[] = [];
  private readonly index = new Map<string, number>();
  private offsets = new Uint32Array(1024);
  private values: Uint32Array | Uint16Array = new Uint32Array(1024);
  private rows = 0;
  private filled = 0;
  private frozen = false;

  /** A frozen column from what `stored()` wrote. */
  static fromStored(s: StoredColumn): FacetColumn {
    const c = new FacetColumn();
    for (const id of JSON.parse(s.ids) as string[]) {
      c.index.set(id, c.ids.length);
      c.ids.push(id);
    }
    c.offsets = view(s.offsets, Uint32Array);
    c.values = c.ids.length <= 0xffff ? view(s.values, Uint16Array) : view(s.values, Uint32Array);
    c.rows = c.offsets.length - 1;
    c.filled = c.values.length;
    if (c.rows < 0 || c.offsets[c.rows] !== c.filled) throw new Error('a stored facet column does not hold as many values as its offsets say');
    c.frozen = true;
    return c;
  }

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
    if (this.frozen) return this;
    this.offsets = this.offsets.slice(0, this.rows + 1);
    this.values = this.ids.length <= 0xffff ? Uint16Array.from(this.values.subarray(0, this.filled)) : this.values.slice(0, this.filled);
    this.frozen = true;
    return this;
  }

  /** The frozen column as stored in a build. */
  stored(): StoredColumn {
    this.freeze();
    return { ids: JSON.stringify(this.ids), offsets: bytes(this.offsets), values: bytes(this.values) };
  }

  get size(): number {
    return this.rows;
  }

  idOf(id: string): number | undefined {
    return this.index.get(id);
  }

  /** The ids a row carries. */
  idsOfRow(row: number): string[] {
    const out: string[] = [];
    for (let i = this.offsets[row], end = this.offsets[row + 1]; i < end; i++) out.push(this.ids[this.values[i]]);
    return out;
  }

  /** The first id a row carries (a kind: one per row), without an array per call. */
  firstIdOfRow(row: number): string | undefined {
    return this.offsets[row] < this.offsets[row + 1] ? this.ids[this.values[this.offsets[row]]] : undefined;
  }

  /** Whether a row carries a value (by its index in `ids`). */
  rowHas(row: number, value: number): boolean {
    for (let i = this.offsets[row], end = this.offsets[row + 1]; i < end; i++) if (this.values[i] === value) return true;
    return false;
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

  /** Calls `fn` with every row and each of its values (by index in `ids`), in row order. */
  forEachValue(fn: (row: number, value: number) => void): void {
    for (let r = 0; r < this.rows; r++) for (let i = this.offsets[r], end = this.offsets[r + 1]; i < end; i++) fn(r, this.values[i]);
  }

  /** Each id with the rows carrying it, in row order (the citing index: key → citing passages). */
  rowsById(): Map<string, number[]> {
    const out = new Map<string, number[]>();
    for (let r = 0; r < this.rows; r++) {
      for (let i = this.offsets[r], end = this.offsets[r + 1]; i < end; i++) {
        const id = this.ids[this.values[i]];
        const list = out.get(id);
        if (list) list.push(r);
        else out.set(id, [r]);
      }
    }
    return out;
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

const bytes = (a: Uint32Array | Uint16Array) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);

/**
 * A typed array over a blob's bytes: the bytes themselves when they are aligned for it (a blob
 * of more than a few kB comes in a buffer of its own), else a copy. At 100k passages copying
 * the columns was 4 MB of fresh memory on the way to a healthy server.
 */
function view<A extends Uint16Array | Uint32Array>(b: Uint8Array, Kind: { new (buffer: ArrayBufferLike, byteOffset: number, length: number): A; BYTES_PER_ELEMENT: number }): A {
  // a damaged blob: not a whole number of values (a typed array over it would silently drop the tail)
  if (b.byteLength % Kind.BYTES_PER_ELEMENT) throw new Error(`a stored column of ${b.byteLength} bytes is not made of ${Kind.BYTES_PER_ELEMENT}-byte values`);
  if (b.byteOffset % Kind.BYTES_PER_ELEMENT === 0) return new Kind(b.buffer, b.byteOffset, b.byteLength / Kind.BYTES_PER_ELEMENT);
  const out = new ArrayBuffer(b.byteLength);
  new Uint8Array(out).set(b);
  return new Kind(out, 0, b.byteLength / Kind.BYTES_PER_ELEMENT);
}
