// The thesaurus may widen a search, never outrank what was typed (review13).

/**
 * A passage found only by the thesaurus's rewording ranks below the weakest passage holding the
 * words typed, whatever its engine score: "The armed forces necessity was debated" is not a
 * better answer to "military necessity" than a passage that says it. Their own order is kept.
 */
export function belowTyped(hits: { ord: number; score: number }[], nearOnly: ReadonlySet<number>): void {
  const scale = belowTypedScale((visit) => {
    for (const h of hits) visit(h.ord, h.score);
  }, nearOnly);
  if (scale !== undefined) for (const h of hits) if (nearOnly.has(h.ord)) h.score *= scale;
}

/**
 * What belowTyped multiplies a thesaurus-only hit's score by (undefined: nothing to move), for
 * hits that are not yet records: `each` calls `visit` with every hit's ordinal and score.
 */
export function belowTypedScale(each: (visit: (ord: number, score: number) => void) => void, nearOnly: ReadonlySet<number>): number | undefined {
  if (!nearOnly.size) return undefined;
  let weakest = Infinity;
  let strongest = 0;
  each((ord, score) => {
    if (nearOnly.has(ord)) strongest = Math.max(strongest, score);
    else weakest = Math.min(weakest, score);
  });
  if (weakest === Infinity || strongest < weakest || strongest <= 0) return undefined;
  return (weakest * 0.5) / strongest;
}
