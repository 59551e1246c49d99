import { createRequire } from 'node:module';

// Prepositions, conjunctions and articles as one class: citeproc's list of the English words a
// title-cased style leaves in lower case ("against", "beyond", "despite", "towards", "within").
// The index's stop words (lunr's) are a short list that leaves most of them in; a word of this
// class keeps the same neighbours as any noun it governs, so it is never "a word used alike".

// SKIP_WORDS is not citeproc's documented interface: if an upgrade renames or reshapes it, these
// common ones keep the class working rather than throwing inside a search (review16 c, 10).
const FALLBACK = [
  'a', 'an', 'the', 'and', 'but', 'or', 'nor', 'for', 'so', 'yet', 'as', 'if', 'than',
  'about', 'above', 'across', 'after', 'against', 'along', 'among', 'around', 'at', 'before', 'behind',
  'below', 'beneath', 'beside', 'between', 'beyond', 'by', 'despite', 'down', 'during', 'except', 'from',
  'in', 'inside', 'into', 'like', 'near', 'of', 'off', 'on', 'onto', 'out', 'outside', 'over', 'past',
  'per', 'since', 'through', 'throughout', 'till', 'to', 'toward', 'towards', 'under', 'underneath',
  'until', 'up', 'upon', 'via', 'with', 'within', 'without',
];

/** The function words of a citeproc module: its SKIP_WORDS when a list of strings, else FALLBACK. */
export function functionWordsOf(citeproc: unknown): Set<string> {
  const list = (citeproc as { SKIP_WORDS?: unknown } | null | undefined)?.SKIP_WORDS;
  const usable = Array.isArray(list) && list.length > 0 && list.every((w) => typeof w === 'string');
  return new Set((usable ? (list as string[]) : FALLBACK).map((w) => w.trim()).filter((w) => /^\p{L}+$/u.test(w)));
}

let words: Set<string> | undefined;

/** Whether a word (lower case) is an English preposition, conjunction or article. */
export function isFunctionWord(word: string): boolean {
  words ??= functionWordsOf(createRequire(import.meta.url)('citeproc'));
  return words.has(word.toLowerCase());
}
