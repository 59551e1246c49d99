import { createRequire } from 'node:module';

// natural's distance functions, loaded from their sub-module (see core/nlp/sentences.ts for why).
const require = createRequire(import.meta.url);
const { DamerauLevenshteinDistance } = require('natural/lib/natural/distance/levenshtein_distance') as {
  DamerauLevenshteinDistance: (a: string, b: string, options?: { transposition_cost?: number }) => number;
};

/** The corpus's own words with their counts: the source of corrections and "did you mean". */
export class Vocabulary {
  private readonly byLength = new Map<number, [string, number][]>();

  constructor(entries: [string, number][]) {
    for (const e of entries) {
      const list = this.byLength.get(e[0].length);
      if (list) list.push(e);
      else this.byLength.set(e[0].length, [e]);
    }
  }

  /**
   * The closest corpus word within edit distance 1 (words up to 5 letters) or 2, the most
   * frequent among equals; null when nothing is that close.
   */
  correct(word: string): string | null {
    const w = word.toLowerCase();
    if (w.length < 3 || /\d/.test(w)) return null;
    const max = w.length <= 5 ? 1 : 2;
    let best: { word: string; d: number; n: number } | null = null;
    for (let len = w.length - max; len <= w.length + max; len++) {
      for (const [cand, n] of this.byLength.get(len) ?? []) {
        // A typo rarely hits both of the first two letters: a cheap filter before the distance.
        if (cand === w || (cand[0] !== w[0] && cand[1] !== w[1])) continue;
        const d = DamerauLevenshteinDistance(w, cand, { transposition_cost: 1 });
        if (d > max) continue;
        if (!best || d < best.d || (d === best.d && n > best.n)) best = { word: cand, d, n };
      }
    }
    return best?.word ?? null;
  }
}
