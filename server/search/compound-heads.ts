import type { ParsedQuery, QueryTerm } from './query-parser.js';

// Query words weighted by the question's own structure, not by idf alone. In an English noun
// compound the last word is the head and the words before it modify it ("human rights
// *advocacy*", "protection *cluster*"): a question asks about the head, and a passage that
// repeats only the modifiers ("human rights" is in most of a rights library) answers another
// question. Words typed side by side (nothing but spaces or hyphens between them) form a
// compound; a function word or dropped scaffolding between two words ends one, so "protection
// of civilians" is two heads. Only questions: a keyword list ("Syria diplomacy access") is not a
// phrase and has no head.

/**
 * The head words of the question's compounds, to be weighted (1 + weight) against their
 * modifiers: empty when the query has no compound (every word its own head: nothing to weigh)
 * or `weight` is 0. `question`: whether the query was read as a question; `isStopWord`: the
 * analysis's stop words (a stop word is in no compound).
 */
export function compoundHeads(parsed: ParsedQuery, question: boolean, isStopWord: (w: string) => boolean, weight: number): Map<QueryTerm, number> {
  const heads = new Map<QueryTerm, number>();
  if (!question || weight <= 0) return heads;
  const content = parsed.terms
    .filter((t): t is QueryTerm & { at: number } => t.presence === 'optional' && !t.field && !t.wildcard && !t.boost && !t.quoted && t.at !== undefined && !isStopWord(t.text))
    .sort((a, b) => a.at - b.at);
  let modified = false;
  content.forEach((t, i) => {
    const next = content[i + 1];
    if (next && adjacentAsTyped(parsed.raw, t, next)) modified = true;
    else heads.set(t, 1 + weight);
  });
  return modified ? heads : new Map();
}

/**
 * The two words typed side by side: pieces of one hyphenated token ("rights-based": `at` the
 * token's start plus a hundredth per piece, and no piece between them), or the last of one token
 * and the first of the next with only spaces between (a comma, a slash or a bracket ends a compound).
 */
function adjacentAsTyped(raw: string, a: QueryTerm & { at: number }, b: QueryTerm & { at: number }): boolean {
  const [ta, tb] = [Math.floor(a.at), Math.floor(b.at)];
  const piece = (t: { at: number }) => Math.round((t.at - Math.floor(t.at)) * 100);
  if (ta === tb) return piece(b) === piece(a) + 1;
  if (piece(b) !== 0) return false;
  const token = /^\S+/u.exec(raw.slice(ta))?.[0] ?? '';
  if (/[^\p{L}\p{M}\p{N}'’*]$/u.test(token)) return false;
  // the next token starts right after this one's spaces, and a's piece is this token's last word
  const rest = raw.slice(ta + token.length, tb);
  return /^\s+$/u.test(rest) && piece(a) === token.split(/[^\p{L}\p{M}\p{N}'’*]+/u).filter(Boolean).length - 1;
}
