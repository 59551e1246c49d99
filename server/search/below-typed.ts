// The thesaurus may widen a search, never outrank what was typed (review13).

/**
 * A passage found only by the thesaurus's rewording ranks below the weakest passage holding the
 * words typed, whatever its engine score: "The armed forces necessity was debated" is not a
 * better answer to "military necessity" than a passage that says it. Their own order is kept.
 */
export function belowTyped(hits: { ord: number; score: number }[], nearOnly: ReadonlySet<number>): void {
  if (!nearOnly.size) return;
  let weakest = Infinity;
  let strongest = 0;
  for (const h of hits) {
    if (nearOnly.has(h.ord)) strongest = Math.max(strongest, h.score);
    else weakest = Math.min(weakest, h.score);
  }
  if (weakest === Infinity || strongest < weakest || strongest <= 0) return;
  const scale = (weakest * 0.5) / strongest;
  for (const h of hits) if (nearOnly.has(h.ord)) h.score *= scale;
}
