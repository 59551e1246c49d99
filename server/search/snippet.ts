import { stem } from '../../core/analysis.js';
import { elidedLength } from '../../core/nlp/elision.js';
import { INVISIBLE_CHARS } from '../../core/nlp/fold.js';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/**
 * A passage's words as parallel columns, not an object per word: a search's twenty snippets
 * made some 3,000 word objects, a fifth of what a search allocated. The columns are one set
 * reused by every snippet (made one at a time, synchronously, and never kept), grown to the
 * longest text seen; `stem` holds the stem cache's own strings.
 */
interface Toks {
  length: number;
  start: Uint32Array;
  end: Uint32Array;
  hit: Uint8Array;
  stem: string[];
}

/**
 * Letters, digits and combining marks beyond ASCII (a Devanagari vowel sign is part of its word),
 * and the invisible characters folding takes out of a word (a soft hyphen: "protec\u00adtion" is
 * marked as the "protection" it is indexed as), remembered by code point.
 */
const wordChars = new Map<number, boolean>();
const LETTER_OR_DIGIT = new RegExp(`^[\\p{L}\\p{N}\\p{M}${INVISIBLE_CHARS}]$`, 'u');

/** Whether a code point is part of a word (\p{L}, \p{N} or \p{M}, or an invisible character). */
function isWordChar(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  let known = wordChars.get(c);
  if (known === undefined) {
    known = LETTER_OR_DIGIT.test(String.fromCodePoint(c));
    // bounded: a text of every script is no reason to keep a table of all of Unicode
    if (wordChars.size < 10_000) wordChars.set(c, known);
  }
  return known;
}

const columns: Toks = { length: 0, start: new Uint32Array(1024), end: new Uint32Array(1024), hit: new Uint8Array(1024), stem: [] };

/** The shared columns, emptied, with room for every word of a text (a word takes a character and a separator). */
function emptyColumns(text: string): Toks {
  const need = (text.length >> 1) + 1;
  if (columns.start.length < need) {
    const n = Math.max(need, columns.start.length * 2);
    columns.start = new Uint32Array(n);
    columns.end = new Uint32Array(n);
    columns.hit = new Uint8Array(n);
  }
  // `stem` keeps its length (cutting it would give its storage back): only the first `length` count
  columns.length = 0;
  return columns;
}

/**
 * Words of a text with their offsets, as the pattern [\p{L}\p{N}][\p{L}\p{N}'’]* finds them (global,
 * by code point); matching is on stems, so "protecting" marks "protection". Scanned a code
 * point at a time: the pattern's match objects were most of what a search allocated for its
 * snippets.
 */
function tokens(text: string, match: (stem: string, word: string) => boolean, firsts: Uint8Array | null): Toks {
  const toks = emptyColumns(text);
  let i = 0;
  while (i < text.length) {
    const c = text.codePointAt(i)!;
    if (!isWordChar(c)) {
      i += c > 0xffff ? 2 : 1;
      continue;
    }
    let start = i;
    // what the word needs done to it, noted on the way: most words are lower-case ASCII with no
    // apostrophe, and lower-casing or a pattern's replace for each cost a string or a match apiece
    let upper = c < 97 || c > 122;
    let apostrophe = false;
    i += c > 0xffff ? 2 : 1;
    while (i < text.length) {
      const d = text.codePointAt(i)!;
      if (d === 39 || d === 0x2019) apostrophe = true;
      else if (!isWordChar(d)) break;
      else if (d < 97 || d > 122) upper = true;
      i += d > 0xffff ? 2 : 1;
    }
    // a closing quotation mark is no part of the word: "in protection’." is "protection"
    while (apostrophe && (text.charCodeAt(i - 1) === 39 || text.charCodeAt(i - 1) === 0x2019)) i--;
    let first = c >= 65 && c <= 90 ? c + 32 : c;
    if (apostrophe) {
      // an elided article is not marked with its word: "L’<mark>accès</mark>" (core/nlp/elision.ts)
      const elided = elidedLength(text.slice(start, i).toLowerCase());
      if (elided) {
        start += elided;
        first = text.slice(start, start + 1).toLowerCase().charCodeAt(0);
      }
    }
    if (firsts && first < 128 && !firsts[first]) {
      // no mark can begin with this letter: the word is neither cut out nor stemmed
      const k = toks.length++;
      toks.start[k] = start;
      toks.end[k] = i;
      toks.hit[k] = 0;
      toks.stem[k] = UNMARKED;
      continue;
    }
    let word = text.slice(start, i);
    if (upper) word = word.toLowerCase();
    if (apostrophe) word = word.replace(/['’]s$/, '');
    const s = stem(word);
    const k = toks.length++;
    toks.start[k] = start;
    toks.end[k] = i;
    toks.hit[k] = match(s, word) ? 1 : 0;
    toks.stem[k] = s;
  }
  return toks;
}

/** The stem of a word that no mark can match (no stem is empty). */
const UNMARKED = '';

/**
 * The ASCII first letters a marked word can start with, or null when any may. A stem keeps its
 * word's first letter (the Porter stemmer changes endings only; checked over the 39,895
 * distinct words of the 100k bench corpus), so a word whose first letter starts no stem, no
 * phrase's stem and no wildcard is no hit and needs no stem: stemming every word of twenty
 * passages was a twentieth of a search's CPU. A wildcard that opens with `*` may start anywhere.
 */
function firstLetters(stems: Set<string>, wildcards: readonly Wildcard[], phrases: readonly (readonly string[])[]): Uint8Array | null {
  const firsts = new Uint8Array(128);
  for (const w of [...stems, ...wildcards.map((x) => x.prefix), ...phrases.flatMap(snippetStems)]) {
    if (!w) return null;
    const c = w.charCodeAt(0);
    if (c < 128) firsts[c] = 1;
  }
  return firsts;
}

/** A typed wildcard: the letters before its first `*`, and a test of the whole word when more than a trailing `*` follows them. */
interface Wildcard {
  prefix: string;
  whole: ((word: string) => boolean) | null;
}

/**
 * Whether `word` is `pieces` with anything between them (a glob of `*` only), in time linear in
 * the word: the first piece starts it, the last ends it, the others are found leftmost in order,
 * which finds a match whenever there is one. A regular expression `^a.*a.*…b$` backtracks: a
 * 60-letter word against 14 stars did not finish in two minutes, on the server's one thread.
 */
export function globMatches(word: string, pieces: readonly string[]): boolean {
  const first = pieces[0];
  const last = pieces[pieces.length - 1];
  if (pieces.length === 1) return word === first;
  if (word.length < first.length + last.length || !word.startsWith(first) || !word.endsWith(last)) return false;
  let at = first.length;
  const end = word.length - last.length;
  for (let i = 1; i < pieces.length - 1; i++) {
    const found = word.indexOf(pieces[i], at);
    if (found < 0 || found + pieces[i].length > end) return false;
    at = found + pieces[i].length;
  }
  return true;
}

/**
 * "negotiat*" marks the words starting so; "*tion" only words ending in "tion" and "neg*tion"
 * only words with both ends (taking the letters before the first `*` as a prefix had made
 * "*tion" mark every word, "of" and "the" too).
 */
function wildcard(pattern: string): Wildcard {
  const p = pattern.toLowerCase();
  const star = p.indexOf('*');
  if (star < 0) return { prefix: p, whole: (w) => w === p };
  const prefix = p.slice(0, star);
  if (star === p.length - 1) return { prefix, whole: null };
  const pieces = p.split(/\*+/);
  return { prefix, whole: (w) => globMatches(w, pieces) };
}


/**
 * A phrase's stems as this module's words: the analysis keeps a word's inner full stops
 * ("L.12", "CN.4", "10.7227" in a UN symbol or a DOI: core/analysis.ts words), where a snippet's
 * words end at them, so such a stem is matched as the stems of its pieces.
 */
function snippetStems(ph: readonly string[]): string[] {
  if (!ph.some((s) => INNER_STOP.test(s))) return ph as string[];
  return ph.flatMap((s) => (INNER_STOP.test(s) ? s.split(INNER_STOP).filter(Boolean).map((w) => stem(w)) : [s]));
}
const INNER_STOP = /[^\p{L}\p{N}\p{M}'’]+/u;

const IN_PHRASE = 2;

/** Marks each run of tokens whose stems are a phrase's, in order. */
function markPhrases(toks: Toks, phrases: readonly string[][]): void {
  for (const typed of phrases) {
    const ph = snippetStems(typed);
    if (!ph.length) continue;
    outer: for (let i = 0; i + ph.length <= toks.length; i++) {
      for (let k = 0; k < ph.length; k++) if (toks.stem[i + k] !== ph[k]) continue outer;
      // 2: marked as part of a phrase, whose run may be marked whole (joined)
      for (let k = 0; k < ph.length; k++) toks.hit[i + k] = IN_PHRASE;
    }
  }
}

/**
 * Whether word t and the next are parts of one written unit of a phrase: both marked in a
 * phrase's run, a single slash, hyphen or full stop between them (an identifier, "S/2023/345",
 * "L.12"). Words marked on their own keep their own marks ("<mark>aide</mark>-<mark>memoire</mark>").
 */
function joined(toks: Toks, t: number, text: string): boolean {
  if (toks.hit[t] !== IN_PHRASE || toks.hit[t + 1] !== IN_PHRASE || toks.start[t + 1] !== toks.end[t] + 1) return false;
  const c = text.charCodeAt(toks.end[t]);
  return c === 47 || c === 45 || c === 46;
}

/** What a query marks in a text: its words' stems, its wildcards as typed and the stems of what is marked only whole. */
export interface QueryMarks {
  words: readonly string[];
  wildcards: readonly string[];
  phrases: readonly string[][];
}

/** The words' tokens of a text with those the marks match flagged: the one matcher of snippet() and markedRanges(). */
function markedTokens(text: string, stems: Set<string>, wildcardPatterns: readonly string[], phrases: readonly string[][]): Toks {
  const wildcards = wildcardPatterns.map(wildcard);
  // a loop, not wildcards.some(…): a closure per word was most of what the words' scan allocated
  const match = (s: string, w: string) => {
    if (stems.has(s)) return true;
    for (const x of wildcards) if (w.startsWith(x.prefix) && (!x.whole || x.whole(w))) return true;
    return false;
  };
  const toks = tokens(text, match, firstLetters(stems, wildcards, phrases));
  markPhrases(toks, phrases);
  return toks;
}

/**
 * Where a query's marks fall in a whole text, as [start, end) offsets, adjacent marked words
 * joined when only spaces part them: what the reading view marks, with the snippets' matcher.
 */
export function markedRanges(text: string, marks: QueryMarks): [number, number][] {
  if (!marks.words.length && !marks.wildcards.length && !marks.phrases.length) return [];
  const toks = markedTokens(text, new Set(marks.words), marks.wildcards, marks.phrases);
  const out: [number, number][] = [];
  for (let t = 0; t < toks.length; t++) {
    if (!toks.hit[t]) continue;
    const last = out[out.length - 1];
    if (last && (/^ +$/.test(text.slice(last[1], toks.start[t])) || (t > 0 && joined(toks, t - 1, text)))) last[1] = toks.end[t];
    else out.push([toks.start[t], toks.end[t]]);
  }
  return out;
}

/**
 * The best window of a passage for a query, as HTML: everything escaped, matched words in
 * <mark>. The window with the most distinct matched words wins; ties go to the earliest.
 * `phrases` (stem sequences) are marked only where the whole phrase occurs: a search for
 * "Security Council" must not mark the "security" of "human security".
 */
export function snippet(text: string, stems: Set<string>, wildcardPatterns: readonly string[] = [], maxWords = 40, phrases: readonly string[][] = []): string {
  const toks = markedTokens(text, stems, wildcardPatterns, phrases);
  let from = 0;
  let to = Math.min(toks.length, maxWords);
  if (toks.length > maxWords) {
    // the window slides a word at a time, its marked words counted by stem as it goes (a new
    // window sliced, filtered and collected per position cost most of a search's snippets)
    let best = -1;
    const inWindow = new Map<string, number>();
    let marked = 0;
    const enter = (t: number, by: 1 | -1) => {
      if (!toks.hit[t]) return;
      marked += by;
      const n = (inWindow.get(toks.stem[t]) ?? 0) + by;
      if (n) inWindow.set(toks.stem[t], n);
      else inWindow.delete(toks.stem[t]);
    };
    for (let k = 0; k < maxWords; k++) enter(k, 1);
    for (let i = 0; i + maxWords <= toks.length; i++) {
      if (i > 0) {
        enter(i - 1, -1);
        enter(i + maxWords - 1, 1);
      }
      const score = inWindow.size * 100 + marked * 10 - (i > 0 ? 1 : 0);
      if (score > best) {
        best = score;
        from = i;
      }
    }
    // The earliest best window ends at its last mark, so a lone match closed the snippet
    // ("… UN SG Antonio Guterres …") with nothing of what was said about it: the window is
    // moved to centre its marks, which keeps every one of them in it.
    let first = from;
    let last = from + maxWords - 1;
    while (first <= last && !toks.hit[first]) first++;
    while (last >= first && !toks.hit[last]) last--;
    // no mark in the text (a hit by its title or headings): the window stays at the start
    if (first <= last) from = Math.max(0, Math.min(toks.length - maxWords, Math.round((first + last + 1 - maxWords) / 2)));
    // Start at a sentence start when one is a few words before the window, keeping the window's
    // end: moving the whole window back pushed the marks at its end out of the snippet.
    to = from + maxWords;
    for (let k = from; k > Math.max(0, from - 8); k--) {
      if (/[.!?]/.test(text.slice(toks.end[k - 1], toks.start[k]))) {
        from = k;
        break;
      }
    }
  }
  const startChar = from === 0 ? 0 : toks.start[from];
  const endChar = to >= toks.length ? text.length : toks.end[to - 1];
  let html = from > 0 ? '… ' : '';
  let cursor = startChar;
  for (let t = from; t < to; t++) {
    if (!toks.hit[t]) continue;
    // marked words joined by a slash, hyphen or full stop are one mark: "<mark>S/2023/345</mark>", not "S" alone
    let last = t;
    while (last + 1 < to && joined(toks, last, text)) last++;
    html += escapeHtml(text.slice(cursor, toks.start[t])) + '<mark>' + escapeHtml(text.slice(toks.start[t], toks.end[last])) + '</mark>';
    cursor = toks.end[last];
    t = last;
  }
  html += escapeHtml(text.slice(cursor, endChar));
  if (endChar < text.length) html += ' …';
  return html;
}
