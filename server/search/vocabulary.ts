import { damerauLevenshtein } from '../../core/edit-distance.js';

/** corrections remembered per vocabulary: a search that finds nothing asks again for each suggestion it tries */
const CORRECTIONS_KEPT = 2000;

/** The corpus's own words with their counts: the source of corrections and "did you mean". */
export class Vocabulary {
  private readonly corrections = new Map<string, string | null>();
  // Indexing and sorting tens of thousands of words is tens of milliseconds of a server's
  // start-up, on the way to its first health check: each look-up structure is built by the
  // first search that needs it (a word's count, a prefix, a word the index does not know).
  private countsBuilt: Map<string, number> | undefined;
  private byLengthBuilt: Map<number, [string, number][]> | undefined;
  private sortedBuilt: string[] | undefined;

  constructor(private readonly entries: [string, number][]) {}

  private get counts(): Map<string, number> {
    return (this.countsBuilt ??= new Map(this.entries));
  }

  /** the words by length, for corrections */
  private get byLength(): Map<number, [string, number][]> {
    if (this.byLengthBuilt) return this.byLengthBuilt;
    const byLength = new Map<number, [string, number][]>();
    for (const e of this.entries) {
      const list = byLength.get(e[0].length);
      if (list) list.push(e);
      else byLength.set(e[0].length, [e]);
    }
    return (this.byLengthBuilt = byLength);
  }

  /** the words in alphabetical order, for prefix look-ups */
  private get sorted(): string[] {
    return (this.sortedBuilt ??= this.entries.map((e) => e[0]).sort());
  }

  count(word: string): number {
    return this.counts.get(word.toLowerCase()) ?? 0;
  }

  /** Corpus words starting with a prefix, most frequent first. */
  withPrefix(prefix: string, limit = 200): string[] {
    const p = prefix.toLowerCase();
    const sorted = this.sorted;
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid] < p) lo = mid + 1;
      else hi = mid;
    }
    const out: string[] = [];
    for (let i = lo; i < sorted.length && sorted[i].startsWith(p); i++) out.push(sorted[i]);
    return out.sort((a, b) => this.count(b) - this.count(a)).slice(0, limit);
  }

  /** The first of `nearest`, remembered per word; null when nothing is that close. */
  correct(word: string): string | null {
    const w = word.toLowerCase();
    let fix = this.corrections.get(w);
    if (fix === undefined) {
      fix = this.nearest(w, 1)[0] ?? null;
      if (this.corrections.size >= CORRECTIONS_KEPT) this.corrections.clear();
      this.corrections.set(w, fix);
    }
    return fix;
  }

  /**
   * Corpus words within edit distance 1 (words up to 5 letters) or 2, closest first, the most
   * frequent first among equals: what "did you mean" offers for a word the corpus lacks.
   */
  nearest(word: string, limit: number): string[] {
    const w = word.toLowerCase();
    if (w.length < 3 || /\d/.test(w)) return [];
    const max = w.length <= 5 ? 1 : 2;
    const found: { word: string; d: number; n: number }[] = [];
    const byLength = this.byLength;
    for (let len = w.length - max; len <= w.length + max; len++) {
      for (const [cand, n] of byLength.get(len) ?? []) {
        // A typo rarely hits both of the first two letters: a cheap filter before the distance.
        if (cand === w || (cand[0] !== w[0] && cand[1] !== w[1])) continue;
        const d = damerauLevenshtein(w, cand);
        if (d <= max) found.push({ word: cand, d, n });
      }
    }
    return found
      .sort((a, b) => a.d - b.d || b.n - a.n)
      .slice(0, limit)
      .map((f) => f.word);
  }
}
