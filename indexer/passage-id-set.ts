import { fnv1a } from '../core/text.js';

/**
 * Every passage id a build holds, with the document that holds it, in 12 bytes a slot: a build
 * must never hold one id twice (FTS5 refuses the whole build at its last step; lunr serves one
 * passage's text under the other's id). At a million passages the table is 24 MB and ~0.9 s of
 * CPU (load 17); a Set of the id strings took ~52 MB (20 MB of Set, the strings the rest). Ids
 * are the segmenter's 16 hex digits, kept as two 32-bit words (exact); any other id is reduced
 * to two FNV-1a hashes (tests' ids), where two ids could in principle be taken for one.
 */
export class PassageIdSet {
  /** per slot: high word, low word, owner + 1 (0: empty) */
  private table = new Uint32Array(3 * 1024);
  private size = 0;

  /** Whether the build holds `id`. */
  has(id: string): boolean {
    words(id);
    return this.find(HI, LO) !== undefined;
  }

  /** The owner already holding one of `ids` (or a repeat within them: `owner` itself), or undefined once all are added. */
  addAll(ids: readonly string[], owner: number): number | undefined {
    for (const id of ids) {
      words(id);
      const held = this.find(HI, LO);
      if (held !== undefined) return held;
    }
    if (new Set(ids).size !== ids.length) return owner;
    for (const id of ids) {
      words(id);
      this.insert(HI, LO, owner);
    }
    return undefined;
  }

  private slot(hi: number, lo: number, table: Uint32Array): number {
    const mask = table.length / 3 - 1;
    let i = (Math.imul(hi ^ lo, 0x9e3779b1) >>> 0) & mask;
    while (table[3 * i + 2] !== 0 && (table[3 * i] !== hi || table[3 * i + 1] !== lo)) i = (i + 1) & mask;
    return i;
  }

  private find(hi: number, lo: number): number | undefined {
    const i = this.slot(hi, lo, this.table);
    return this.table[3 * i + 2] === 0 ? undefined : this.table[3 * i + 2] - 1;
  }

  private insert(hi: number, lo: number, owner: number): void {
    if (2 * (this.size + 1) > this.table.length / 3) this.grow();
    const i = 3 * this.slot(hi, lo, this.table);
    this.table[i] = hi;
    this.table[i + 1] = lo;
    this.table[i + 2] = owner + 1;
    this.size++;
  }

  private grow(): void {
    const old = this.table;
    this.table = new Uint32Array(old.length * 2);
    for (let j = 0; j < old.length; j += 3) if (old[j + 2] !== 0) this.table.set(old.subarray(j, j + 3), 3 * this.slot(old[j], old[j + 1], this.table));
  }
}

// the two words of the id last read by `words` (no array made per id: a million passages pass here)
let HI = 0;
let LO = 0;

function words(id: string): void {
  if (id.length === 16) {
    let hi = 0;
    let lo = 0;
    let k = 0;
    for (; k < 16; k++) {
      const d = hexDigit(id.charCodeAt(k));
      if (d < 0) break;
      if (k < 8) hi = hi * 16 + d;
      else lo = lo * 16 + d;
    }
    if (k === 16) {
      HI = hi;
      LO = lo;
      return;
    }
  }
  HI = fnv1a(id);
  LO = fnv1a(id, 0x01000193);
}

/** 0–15 for a lower-case hex digit, else -1 */
const hexDigit = (c: number) => (c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 87 : -1);
