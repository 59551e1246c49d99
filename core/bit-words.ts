// Sets of passage ordinals as bit words (ordinal o is bit o & 31 of word o >>> 5): what the
// build stores a common term's matches as (term-postings.ts) and what the engine's plain
// queries are matched on (engines/plain-terms.ts).

export function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** The set bits' ordinals, ascending. */
export function ordinalsOf(bits: Uint32Array): Uint32Array {
  let n = 0;
  for (let w = 0; w < bits.length; w++) n += popcount(bits[w]);
  const out = new Uint32Array(n);
  let k = 0;
  for (let w = 0; w < bits.length; w++) {
    for (let x = bits[w]; x !== 0; x &= x - 1) out[k++] = (w << 5) + (31 - Math.clz32(x & -x));
  }
  return out;
}

/** Sets the bits of these ordinals. */
export function setBits(bits: Uint32Array, ords: ArrayLike<number>): void {
  for (let i = 0; i < ords.length; i++) bits[ords[i] >>> 5] |= 1 << (ords[i] & 31);
}
