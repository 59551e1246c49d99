import type { Passage } from '../core/types.js';

/**
 * The corpus's words with their counts, for typo correction and "did you mean": real words
 * (not stems) so a suggestion reads as something a user can type. Counted one document at a
 * time as the indexer streams them.
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

  top(limit = 100_000): [string, number][] {
    return [...this.counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, limit);
  }
}

export function buildVocabulary(passages: Passage[], limit = 100_000): [string, number][] {
  const counter = new VocabularyCounter();
  counter.add(passages);
  return counter.top(limit);
}
