import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

// A word of English that the corpus lacks ("stick", "expelled", "reluctant") was meant as typed,
// not mistyped: "correcting" it to the nearest corpus word ("sick") changes the question. The
// words are ~275,000 of an English word list (an-array-of-english-words: one JSON array, lower
// case, sorted, no escapes). The list is searched as the text of its file, by bisection on
// character positions (as `look` searches a sorted file): reading it costs a few milliseconds
// and 3 MB of one string, where parsing it into an array cost several times the CPU and some
// 13 MB, a first typo's delay. It is read when a query first has a word the corpus lacks.

let text: string | undefined;

function listText(): string {
  text ??= readFileSync(createRequire(import.meta.url).resolve('an-array-of-english-words'), 'utf8');
  return text;
}

/** Where the first word starting at or after `pos` starts (just after its opening quote), or -1. */
function firstWordFrom(t: string, pos: number): number {
  // The first word follows `["`, every other `","`; a separator ending at or after pos starts
  // the word sought, one that starts 3 before pos ends right at it.
  if (pos <= 2) return 2;
  const sep = t.indexOf('","', pos - 3);
  return sep < 0 ? -1 : sep + 3;
}

const wordAt = (t: string, start: number) => t.slice(start, t.indexOf('"', start));

/** Whether a word (any case) is a word of English by the list. */
export function isEnglishWord(word: string): boolean {
  const w = word.toLowerCase();
  if (!w || w.includes('"')) return false;
  const t = listText();
  // the smallest position whose first word is w or after it: that word is the least ≥ w
  let lo = 0;
  let hi = t.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const start = firstWordFrom(t, mid);
    if (start < 0 || wordAt(t, start) >= w) hi = mid;
    else lo = mid + 1;
  }
  const start = firstWordFrom(t, lo);
  return start >= 0 && wordAt(t, start) === w;
}
