import { createRequire } from 'node:module';

// A word of English that the corpus lacks ("stick", "expelled", "reluctant") was meant as typed,
// not mistyped: "correcting" it to the nearest corpus word ("sick") changes the question. The
// words are ~275,000 of an English word list (an-array-of-english-words, lower case, sorted),
// held as its sorted array (some 13 MB, less than a Set of them) and loaded only when a query
// first has a word the corpus does not know, so start-up pays nothing for it.
let words: readonly string[] | undefined;

function list(): readonly string[] {
  words ??= createRequire(import.meta.url)('an-array-of-english-words') as string[];
  return words;
}

/** Whether a word (any case) is a word of English by the list. */
export function isEnglishWord(word: string): boolean {
  const w = word.toLowerCase();
  const ws = list();
  let lo = 0;
  let hi = ws.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const x = ws[mid];
    if (x === w) return true;
    if (x < w) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
