import lunr, { gluedNote, mayHoldGluedNote, splitGluedNotes, stemmer, trimmer, trimWord } from './lunr-setup.js';
import { compatible, foldWord } from './nlp/fold.js';
import { elidedLength } from './nlp/elision.js';
import { oneByte } from './text.js';

// One text analysis for every engine, the query side and snippets: lunr's tokenizer (with the
// project's separators), folding (accents, apostrophes, possessives, British spellings: nlp/fold.ts), trimmer,
// stop words and Porter stemmer with its wrong stems overridden (nlp/stem-overrides.ts). The FTS5 engine indexes the
// terms this module produces rather than running SQLite's own tokenizer, so both engines see
// the same terms for the same text and a query means the same thing to either.

/**
 * A run between separators, from its first letter, digit or `*` to its last (or the vowel sign
 * ending it: Devanagari "शरणार्थी" ends on one): the run with punctuation trimmed at both ends, found in one pass (ranking reads every word of a few
 * hundred passages per search).
 */
const WORD = /[\p{L}\p{N}*](?:[^\s\-–—/]*[\p{L}\p{N}\p{M}*])?/gu;
// Whether a text may hold a word with a bracket inside: a bracket after a word's character and,
// past any closing punctuation, something other than a separator ("(UN).Protection" is "un" and
// "protection": a test of the bracket's next character alone missed it, review27). It may say
// yes where no word holds one (then each word is asked); never no where one does. Asked of the
// text compatibility-folded, as lunr's tokenizer reads it ("（" is a bracket). No \p{} class:
// with one the test took four times as long.
// Once one regex, /X[()[\]]+[.,;:)\]]*Y/: its two runs both take ")" and "]", so a run of
// brackets was tried every way at every start, cubic in its length (")" × 1,000, a query's
// limit: 250 ms of CPU; × 10,000 in a passage: minutes; fuzz30). The same test in one pass: a
// bracket after a word's character, then the closing punctuation after it, then what follows.
const BRACKET_AFTER_CHAR = /[^\s\-–—/][()[\]]/g;
const AFTER_CLOSING = /[^\s\-–—/.,;:)\]]/;
const closing = (c: number) => c === 46 || c === 44 || c === 59 || c === 58 || c === 41 || c === 93; // . , ; : ) ]
export function mayHoldInnerBracket(text: string): boolean {
  BRACKET_AFTER_CHAR.lastIndex = 0;
  for (let m = BRACKET_AFTER_CHAR.exec(text); m; m = BRACKET_AFTER_CHAR.exec(text)) {
    let j = BRACKET_AFTER_CHAR.lastIndex;
    while (j < text.length && closing(text.charCodeAt(j))) j++;
    if (j < text.length && AFTER_CLOSING.test(text[j])) return true;
    // a bracket inside this run of closing punctuation ends at the same place: not asked again
    BRACKET_AFTER_CHAR.lastIndex = Math.max(BRACKET_AFTER_CHAR.lastIndex, j - 1);
  }
  return false;
}
const holdsBracket = (w: string) => w.includes(')') || w.includes('(') || w.includes(']') || w.includes('[');
/**
 * The same within a word holding a bracket ("geo)political", "organisation(s"), which cuts it as
 * lunr-setup.ts's separator does. Apart: with the brackets in WORD's class, every text's words
 * took about a third more CPU, and few words hold one.
 */
const WORD_BETWEEN_BRACKETS = /[\p{L}\p{N}*](?:[^\s\-–—/()[\]]*[\p{L}\p{N}\p{M}*])?/gu;

/**
 * Words as lunr's tokenizer would split them (at its separator), lower-cased, punctuation
 * trimmed: what a phrase is made of, in a query, in the stored text and in an index of phrases.
 */
export function words(text: string): string[] {
  const folded = compatible(text);
  let ws: string[] = folded.toLowerCase().match(WORD) ?? [];
  if (mayHoldInnerBracket(folded)) ws = ws.flatMap((w) => (holdsBracket(w) ? (w.match(WORD_BETWEEN_BRACKETS) ?? []) : [w]));
  // a note number glued after a word's punctuation is a word of its own, as in tokens (lunr-setup.ts)
  if (mayHoldGluedNote(folded) && ws.some((w) => gluedNote(w))) ws = ws.flatMap((w) => gluedNote(w, true) ?? [w]);
  // an elided article is no word of its own nor part of the next: "l’accès" is "accès" (nlp/elision.ts)
  for (let i = 0; i < ws.length; i++) {
    const n = elidedLength(ws[i]);
    if (n) ws[i] = ws[i].slice(n);
  }
  return ws;
}

// a note number glued after a word's punctuation, which `words` and `tokens` cut off (lunr-setup.ts)
export { gluedNote };

// document identifiers (UN symbols, DOIs, ISBNs) a query names as the run of their words
export { identifierOf, quoteIdentifiers } from './nlp/identifiers.js';

// what is normalised before words are found: nlp/fold.ts compatible, which foldWord applies too
export { compatible };

// Whether a word is a stop word is asked of every word of every title a search's candidates
// come from (title-match.ts), of snippets' and queries' words: folding it and making a lunr
// Token each time was most of a title's first reading. Remembered as stems are, and bounded.
const STOP_CACHE = 200_000;
const stopWords = new Map<string, boolean>();

/** Stop words are dropped before they reach an engine: a required stop word would otherwise match nothing. */
export function isStopWord(word: string): boolean {
  let stop = stopWords.get(word);
  if (stop === undefined) {
    stop = lunr.stopWordFilter(new lunr.Token(foldWord(word.toLowerCase()), {})) === undefined;
    if (stopWords.size >= STOP_CACHE) stopWords.clear();
    stopWords.set(word, stop);
  }
  return stop;
}

// Ranking and snippets stem every word of the passages they look at, a few hundred passages
// per search, and a library's words repeat: the Porter stemmer's regexes were a tenth of a
// search's CPU. Words seen are remembered, up to a bound a library's vocabulary rarely reaches.
const STEM_CACHE = 200_000;
const stems = new Map<string, string>();

/** The stems of a run of words, stop words left out: what ranking and title match compare. */
export const contentStems = (ws: readonly string[]): string[] => ws.filter((w) => !isStopWord(w)).map((w) => stem(w));

/** The index term of one word: lower-cased and stemmed (stop words included: callers decide). */
export function stem(word: string): string {
  const w = word.toLowerCase();
  let s = stems.get(w);
  if (s === undefined) {
    s = oneByte(stemmer(new lunr.Token(foldWord(w), {})).toString());
    if (stems.size >= STEM_CACHE) stems.clear();
    stems.set(w, s);
  }
  return s;
}

// A token's term depends only on its text, and a library's words repeat (Zipf): the trimmer,
// stop-word filter and stemmer run once per distinct token, about 4× faster over a corpus
// than once per occurrence. Bounded, so a server fed random words does not grow without end.
const TERM_CACHE_SIZE = 200_000;
const termOf = new Map<string, string>();

/**
 * A text's tokens as lunr.tokenizer cuts them (lower-cased, at its separator; empty ones
 * included), without its test of the separator per character and a Token with metadata per
 * word. Every word `words` finds lies in one of them (the separator is where that pattern stops).
 * Raised letters are read while the case shows (nlp/fold.ts compatible: "USᵃ" is "US" and a note).
 */
export const tokens = (text: string): string[] => {
  // the folded text is asked, as lunr's tokenizer sees it: "inquiry，４" is "inquiry,4" once folded
  const folded = compatible(text);
  const ts = folded.toLowerCase().split(lunr.tokenizer.separator);
  return mayHoldGluedNote(folded) ? splitGluedNotes(ts) : ts;
};

/** The index term of one token (of `tokens`): trimmed, stemmed; '' for a stop word or nothing left once trimmed. */
export function tokenTerm(key: string): string {
  let term = termOf.get(key);
  if (term === undefined) {
    // trimmed before folding too, as INDEX_PIPELINE (lunr-setup.ts): "organisations," is "organiz"
    const trimmed = trimmer(new lunr.Token(foldWord(trimWord(key)), {}), 0, []) as lunr.Token;
    // one byte a character where it can be (core/text.ts oneByte), and so the rows joined from it
    term = trimmed && lunr.stopWordFilter(trimmed) ? oneByte(stemmer(trimmed).toString()) : '';
    if (termOf.size >= TERM_CACHE_SIZE) termOf.clear();
    termOf.set(key, term);
  }
  return term;
}

/**
 * Whether a word can be an index term at all: it has a letter or digit of some script once
 * folded (lunr-setup.ts trimWord). A word of punctuation or symbols alone is never indexed; the
 * query side says so instead of answering "no results" without a reason.
 */
export const indexable = (word: string): boolean => /[\p{L}\p{Nd}_]/u.test(foldWord(word.toLowerCase()));

/**
 * The index terms of a word with separators inside ("UNSC-endorsed", "IHL/IHRL", "(IIIM).3"),
 * which an engine knows when it knows each of them (a search for the word asks for each), or
 * null for a word of one term or none: an engine's `knows` asks its index for that word's stem.
 */
export function separatedTerms(word: string): string[] | null {
  if (!/[\s\-–—/()[\]\p{Nd}]/u.test(word)) return null;
  const terms = indexTerms(word);
  return terms.length > 1 ? terms : null;
}

/** A text as the terms an engine indexes, in order: tokenised, trimmed, stop words dropped, stemmed. */
export function indexTerms(text: string): string[] {
  const out: string[] = [];
  for (const key of tokens(text)) {
    if (!key) continue;
    const term = tokenTerm(key);
    if (term) out.push(term);
  }
  return out;
}
