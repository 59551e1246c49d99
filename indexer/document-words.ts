import type { Passage } from '../core/types.js';
import { isPlain } from '../core/text.js';
import { corpusTokens, corpusWord, corpusWords, inVocabulary, NumberedCounter, wordTable, type NumberedCounts } from './build-vocab.js';
import { KNOWN_SHORTEST, knownWords } from './build-terms.js';

// A document's words counted by number for the two counts a file worker sends (build-vocab.ts):
// the vocabulary (corpusWords, every occurrence) and the acronyms' `known` (build-terms.ts
// knownWords, the passages holding each). Counted apart, each passage was lower-cased and cut
// into words twice and nearly every word looked up in the word table twice.
//
// On plain text (core/text.ts isPlain: its letters ASCII) one cut gives both: a token of
// corpusTokens starts where a run of letters starts and ends where one ends (its pattern is
// greedy and ends on a letter), and every run of two letters or more lies in one, so the
// runs of letters inside the tokens, split at their apostrophes and hyphens, are the text's
// runs of two letters or more: `known`'s words. A token with neither is its own word for both,
// looked up once. Other text is counted as each count's own definition reads.

const vocabularyCounter = new NumberedCounter();
const knownCounter = new NumberedCounter();

/** What splits a plain token into runs of letters: the only non-letters a plain token holds. */
const INSIDE = /['’-]/;

/** Whether a plain token is one run of letters (no apostrophe or hyphen inside). */
function oneRun(token: string): boolean {
  for (let i = 1; i < token.length - 1; i++) {
    const c = token.charCodeAt(i);
    if (c === 39 || c === 45 || c === 0x2019) return false;
  }
  return true;
}

/**
 * One document's vocabulary and `known`, by word number (wordTable): the counts
 * numberedVocabulary and a count of knownWords per passage give, word for word (the
 * numbers a word gets may differ: the run renumbers them, and reads the counts by word).
 */
export function documentWords(passages: readonly Passage[]): { vocabulary: NumberedCounts; known: NumberedCounts } {
  let vocabulary: NumberedCounts | undefined;
  const known = knownCounter.counted((k) => {
    vocabulary = vocabularyCounter.counted((v) => {
      passages.forEach((p, at) => countPassage(p.text, at, v, k));
    });
  });
  return { vocabulary: vocabulary!, known };
}

function countPassage(text: string, at: number, v: NumberedCounter, k: NumberedCounter): void {
  if (!isPlain(text)) {
    for (const w of corpusWords(text)) if (inVocabulary(w)) v.count(wordTable.id(w));
    for (const w of knownWords(text)) k.count(wordTable.id(w), at);
    return;
  }
  for (const token of corpusTokens(text)) {
    if (oneRun(token)) {
      // its own corpus word; two letters or more (the pattern's least: KNOWN_SHORTEST must not
      // be below it, since a lone letter lies in no token)
      const id = wordTable.id(token);
      if (inVocabulary(token)) v.count(id);
      if (token.length >= KNOWN_SHORTEST) k.count(id, at);
      continue;
    }
    const w = corpusWord(token);
    if (inVocabulary(w)) v.count(wordTable.id(w));
    for (const run of token.split(INSIDE)) if (run.length >= KNOWN_SHORTEST) k.count(wordTable.id(run), at);
  }
}
