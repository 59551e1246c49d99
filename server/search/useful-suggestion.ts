import { isFunctionWord } from '../../core/nlp/function-words.js';
import { wordRoot } from './query-understanding.js';

// Finding 13 of userreview18: "quantum chromodynamics lattice" (no passage is about physics) was
// offered "quantum chromodynamics latter (3)". A zero-hit query's suggestion swaps one word the
// corpus lacks for one it has; it helps only where it still asks what the user asked:
//
// 1. Coverage: more than half of the query's content words are matched by the suggestion (the
//    corpus knows them). A suggestion that leaves most of them unmatched finds passages about
//    something else: "latter" answers none of "quantum chromodynamics".
// 2. A word of English is meant as typed (issue 14: never correct a known word), so it is only
//    swapped for another form of its own root ("silence" → "silent", "silenced"), never for a
//    look-alike of another meaning ("lattice" → "latter", "silence" → "violence"). A word that is
//    no English word (a slip, an acronym: "UNMA" → "UNAMA") may take the closest corpus word.
// 3. Rarity: the word swapped in must say something: a stop word or a function word
//    (preposition, conjunction, article) matches almost any passage and none in particular.

export interface SuggestionContext {
  /** whether the index has the word */
  knows(word: string): boolean;
  isStopWord(word: string): boolean;
  /** whether a word is a word of English (core/english-words.ts) */
  isWord(word: string): boolean;
  stem(word: string): string;
}

/** Whether more than half of the content words are ones the index knows. */
export function coversMost(words: readonly string[], ctx: Pick<SuggestionContext, 'knows' | 'isStopWord'>): boolean {
  const content = words.filter((w) => !ctx.isStopWord(w));
  if (!content.length) return false;
  return content.filter((w) => ctx.knows(w)).length * 2 > content.length;
}

/** Whether `alt` may stand for the typed word `typed`, which the corpus lacks (rules 2 and 3). */
export function fairSwap(typed: string, alt: string, ctx: SuggestionContext): boolean {
  const a = alt.toLowerCase();
  if (ctx.isStopWord(a) || isFunctionWord(a)) return false;
  if (ctx.isWord(typed.toLowerCase())) return wordRoot(typed, ctx.stem) === wordRoot(a, ctx.stem);
  return true;
}

/** Whether swapping the word at `at` of `words` for `alt` makes a suggestion worth showing (rules 1–3). */
export function usefulSwap(words: readonly string[], at: number, alt: string, ctx: SuggestionContext): boolean {
  if (!fairSwap(words[at], alt, ctx)) return false;
  return coversMost(
    words.map((w, k) => (k === at ? alt.toLowerCase() : w)),
    ctx,
  );
}
