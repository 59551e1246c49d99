/** A fixed-size set of passage ordinals: facet filters and counts are word-wise ANDs and popcounts. */
export class Bitset {
  readonly words: Uint32Array;

  constructor(readonly size: number, words?: Uint32Array) {
    this.words = words ?? new Uint32Array((size + 31) >>> 5);
  }

  static of(size: number, ordinals: Iterable<number>): Bitset {
    const b = new Bitset(size);
    for (const o of ordinals) b.add(o);
    return b;
  }

  static full(size: number): Bitset {
    const b = new Bitset(size);
    b.words.fill(0xffffffff);
    const extra = b.words.length * 32 - size;
    if (extra > 0) b.words[b.words.length - 1] = 0xffffffff >>> extra;
    return b;
  }

  /** A set of the ordinals in an array (an engine's matches): a plain loop, no iterator. */
  static ofArray(size: number, ordinals: ArrayLike<number>): Bitset {
    const b = new Bitset(size);
    for (let k = 0; k < ordinals.length; k++) b.add(ordinals[k]);
    return b;
  }

  add(i: number): void {
    this.words[i >>> 5] |= 1 << (i & 31);
  }

  delete(i: number): void {
    this.words[i >>> 5] &= ~(1 << (i & 31));
  }

  /** Adds every member of `other` to this set. */
  orInPlace(other: Bitset): void {
    for (let i = 0; i < this.words.length; i++) this.words[i] |= other.words[i];
  }

  /** Members in [first, end): a document's passages are such a range. */
  countRange(first: number, end: number): number {
    if (end <= first) return 0;
    const a = first >>> 5;
    const b = (end - 1) >>> 5;
    const lo = 0xffffffff << (first & 31);
    const hi = 0xffffffff >>> (31 - ((end - 1) & 31));
    if (a === b) return popcount(this.words[a] & lo & hi);
    let n = popcount(this.words[a] & lo) + popcount(this.words[b] & hi);
    for (let i = a + 1; i < b; i++) n += popcount(this.words[i]);
    return n;
  }

  /** The smallest range [first, end) holding every member ({0, 0} when empty). */
  span(): { first: number; end: number } {
    let i = 0;
    while (i < this.words.length && this.words[i] === 0) i++;
    if (i === this.words.length) return { first: 0, end: 0 };
    let j = this.words.length - 1;
    while (this.words[j] === 0) j--;
    const low = this.words[i] & -this.words[i];
    return { first: (i << 5) + (31 - Math.clz32(low)), end: (j << 5) + (32 - Math.clz32(this.words[j])) };
  }

  /** Calls `fn` with each member in order: the iterator's work without a generator's cost per member. */
  forEach(fn: (i: number) => void): void {
    for (let i = 0; i < this.words.length; i++) {
      let w = this.words[i];
      while (w !== 0) {
        const t = w & -w;
        fn((i << 5) + (31 - Math.clz32(t)));
        w ^= t;
      }
    }
  }

  /** The members in order, as an array (to hand to an engine). */
  toArray(): number[] {
    const out: number[] = [];
    this.forEach((i) => out.push(i));
    return out;
  }

  has(i: number): boolean {
    return (this.words[i >>> 5] & (1 << (i & 31))) !== 0;
  }

  and(other: Bitset): Bitset {
    const out = new Uint32Array(this.words.length);
    for (let i = 0; i < out.length; i++) out[i] = this.words[i] & other.words[i];
    return new Bitset(this.size, out);
  }

  or(other: Bitset): Bitset {
    const out = new Uint32Array(this.words.length);
    for (let i = 0; i < out.length; i++) out[i] = this.words[i] | other.words[i];
    return new Bitset(this.size, out);
  }

  andNot(other: Bitset): Bitset {
    const out = new Uint32Array(this.words.length);
    for (let i = 0; i < out.length; i++) out[i] = this.words[i] & ~other.words[i];
    return new Bitset(this.size, out);
  }

  /** |this ∩ other| without building the intersection. */
  andCount(other: Bitset): number {
    let n = 0;
    for (let i = 0; i < this.words.length; i++) n += popcount(this.words[i] & other.words[i]);
    return n;
  }

  count(): number {
    let n = 0;
    for (const w of this.words) n += popcount(w);
    return n;
  }

  *[Symbol.iterator](): IterableIterator<number> {
    for (let i = 0; i < this.words.length; i++) {
      let w = this.words[i];
      while (w !== 0) {
        const t = w & -w;
        yield (i << 5) + (31 - Math.clz32(t));
        w ^= t;
      }
    }
  }
}

export function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
