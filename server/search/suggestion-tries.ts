// The order in which a zero-hit search's other queries are tried (service.ts, suggest), apart
// from running them: each try is a count of the whole library, so only MAX_SUGGESTIONS_TRIED are
// run, and the order decides which. Review22a finding 2: each unknown word's swaps came in a row
// (up to 8: five words sharing its start, three nearest), so in a large vocabulary a query with
// two slips spent its 12 tries on the first word's swaps and four of the second's, and never
// reached the two slips swapped together or the query without its requirements.

/** The lists' items taking turns: the first of each list, then the second of each, and so on. */
export function* takingTurns<T>(lists: readonly (readonly T[])[]): Generator<T> {
  for (let round = 0; lists.some((l) => round < l.length); round++) for (const l of lists) if (round < l.length) yield l[round];
}

/**
 * The queries to try, in order, at most `limit`: the single swaps (one list for each unknown
 * word, the likeliest first) taking turns, one for each word a round, then the `after` queries
 * (the slips swapped together, the query loosened), whose tries the swaps leave them. A query
 * already asked (the search's own, compared without case) or already listed is not tried twice.
 */
export function triesInOrder(asked: string, swaps: readonly (readonly string[])[], after: readonly string[], limit: number): string[] {
  const seen = new Set([asked.trim().toLowerCase()]);
  const fresh = (q: string) => {
    const key = q.trim().toLowerCase();
    if (!key || seen.has(key)) return false;
    seen.add(key);
    return true;
  };
  const last = after.filter(fresh);
  const out: string[] = [];
  for (const q of takingTurns(swaps)) if (out.length < limit - last.length && fresh(q)) out.push(q);
  return [...out, ...last].slice(0, limit);
}

/** no letter, mark or digit just before (NOT_AFTER_WORD) or at (NOT_BEFORE_WORD) the position asked (sticky: set lastIndex) */
const NOT_AFTER_WORD = /(?<![\p{L}\p{M}\p{N}])/iuy;
const NOT_BEFORE_WORD = /(?![\p{L}\p{M}\p{N}])/iuy;

/**
 * The query as typed with one word of it swapped, where it was typed: a word inside quotes stays
 * inside them, so a misspelt phrase ("age of cuation") is offered as the phrase it meant
 * ("age of caution" in quotes), not as its loose words (userreview29 finding 2). Undefined when
 * the word is not in the query as a whole word (it was typed in another form).
 *
 * The word is found by a pattern of its letters alone and its edges checked by the two fixed
 * patterns above, at the places it was found, first to last: the first place where all three
 * hold, as one pattern `(?<![…])word(?![…])` finds it. That one pattern, new for each word
 * typed, cost V8 0.8 ms to compile (the letter classes closed under case folding): a zero-hit
 * phrase's suggestions compiled it for every unknown word (serve32).
 */
export function swapInPlace(asked: string, typed: string, alt: string): string | undefined {
  const m = wordAt(asked, typed);
  return m ? asked.slice(0, m.index) + alt + asked.slice(m.index + m[0].length) : undefined;
}

/**
 * A word as the query has it, its case kept: a quoted word reaches the service lower-cased, and
 * `"Civ*"` loosened had been offered `civ*` (review37; suggest39). Undefined as for swapInPlace.
 */
export const asTyped = (asked: string, word: string): string | undefined => wordAt(asked, word)?.[0];

/** The first place the word is in the query as a whole word (case-insensitive), or null. */
function wordAt(asked: string, typed: string): RegExpExecArray | null {
  const word = new RegExp(typed.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'giu');
  for (let m = word.exec(asked); m; m = word.exec(asked)) {
    NOT_AFTER_WORD.lastIndex = m.index;
    NOT_BEFORE_WORD.lastIndex = m.index + m[0].length;
    if (NOT_AFTER_WORD.test(asked) && NOT_BEFORE_WORD.test(asked)) return m;
    // the next place a code point on, as the one pattern's search moves
    word.lastIndex = m.index + ((asked.codePointAt(m.index) ?? 0) > 0xffff ? 2 : 1);
  }
  return null;
}
