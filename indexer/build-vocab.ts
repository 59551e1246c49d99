import type { Passage } from '../core/types.js';

/**
 * The corpus's words with their counts, for typo correction and "did you mean": real words
 * (not stems) so a suggestion reads as something a user can type. Counted one document at a
 * time as the indexer streams them: counted where each document is prepared (a file worker) and
 * merged, or counted here.
 */
export class VocabularyCounter {
  private readonly counts = new Map<string, number>();

  add(passages: Passage[]): void {
    for (const p of passages) {
      for (const m of p.text.toLowerCase().matchAll(/\p{L}[\p{L}'’-]*\p{L}/gu)) {
        const w = m[0].replace(/['’]s$/, '');
        if (w.length >= 3) this.counts.set(w, (this.counts.get(w) ?? 0) + 1);
      }
    }
  }

  /** Adds counts made elsewhere (one document's: `entries` of its own counter). */
  merge(counts: readonly (readonly [string, number])[]): void {
    for (const [w, n] of counts) this.counts.set(w, (this.counts.get(w) ?? 0) + n);
  }

  entries(): [string, number][] {
    return [...this.counts];
  }

  top(limit = 100_000): [string, number][] {
    return [...this.counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, limit);
  }
}

export function buildVocabulary(passages: Passage[], limit = 100_000): [string, number][] {
  const counter = new VocabularyCounter();
  counter.add(passages);
  return counter.top(limit);
}
