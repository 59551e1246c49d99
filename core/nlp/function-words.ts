import { createRequire } from 'node:module';

// Prepositions, conjunctions and articles as one class: citeproc's list of the English words a
// title-cased style leaves in lower case ("against", "beyond", "despite", "towards", "within").
// The index's stop words (lunr's) are a short list that leaves most of them in; a word of this
// class keeps the same neighbours as any noun it governs, so it is never "a word used alike".

let words: Set<string> | undefined;

/** Whether a word (lower case) is an English preposition, conjunction or article. */
export function isFunctionWord(word: string): boolean {
  words ??= new Set(
    (createRequire(import.meta.url)('citeproc') as { SKIP_WORDS: string[] }).SKIP_WORDS.map((w) => w.trim()).filter((w) => /^\p{L}+$/u.test(w)),
  );
  return words.has(word.toLowerCase());
}
