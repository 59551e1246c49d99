import type { Passage } from '../core/types.js';

/**
 * The corpus's words with their counts, for typo correction and "did you mean": real words
 * (not stems) so a suggestion reads as something a user can type.
 */
export function buildVocabulary(passages: Passage[], limit = 100_000): [string, number][] {
  const counts = new Map<string, number>();
  for (const p of passages) {
    for (const m of p.text.toLowerCase().matchAll(/\p{L}[\p{L}'’-]*\p{L}/gu)) {
      const w = m[0].replace(/['’]s$/, '');
      if (w.length >= 3) counts.set(w, (counts.get(w) ?? 0) + 1);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, limit);
}
