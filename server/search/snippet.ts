import { stem } from '../../core/analysis.js';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

interface Tok {
  word: string;
  start: number;
  end: number;
  hit: boolean;
  stem: string;
}

/** Letters and digits beyond ASCII, as the pattern \p{L}|\p{N} has them, remembered by code point. */
const wordChars = new Map<number, boolean>();
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** Whether a code point is a letter or a digit (\p{L} or \p{N}). */
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

/**
 * Words of a text with their offsets, as the pattern [\p{L}\p{N}][\p{L}\p{N}'’]* finds them (global,
 * by code point); matching is on stems, so "protecting" marks "protection". Scanned a code
 * point at a time: the pattern's match objects were most of what a search allocated for its
 * snippets.
 */
function tokens(text: string, match: (stem: string, word: string) => boolean): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text.codePointAt(i)!;
    if (!isWordChar(c)) {
      i += c > 0xffff ? 2 : 1;
      continue;
    }
    const start = i;
    i += c > 0xffff ? 2 : 1;
    while (i < text.length) {
      const d = text.codePointAt(i)!;
      if (d !== 39 && d !== 0x2019 && !isWordChar(d)) break;
      i += d > 0xffff ? 2 : 1;
    }
    const word = text.slice(start, i).toLowerCase().replace(/['’]s$/, '');
    const s = stem(word);
    out.push({ word, start, end: i, hit: match(s, word), stem: s });
  }
  return out;
}

/** Marks each run of tokens whose stems are a phrase's, in order. */
function markPhrases(toks: Tok[], phrases: string[][]): void {
  for (const ph of phrases) {
    if (!ph.length) continue;
    for (let i = 0; i + ph.length <= toks.length; i++) {
      if (ph.every((s, k) => toks[i + k].stem === s)) for (let k = 0; k < ph.length; k++) toks[i + k].hit = true;
    }
  }
}

/**
 * The best window of a passage for a query, as HTML: everything escaped, matched words in
 * <mark>. The window with the most distinct matched words wins; ties go to the earliest.
 * `phrases` (stem sequences) are marked only where the whole phrase occurs: a search for
 * "Security Council" must not mark the "security" of "human security".
 */
export function snippet(text: string, stems: Set<string>, prefixes: string[] = [], maxWords = 40, phrases: string[][] = []): string {
  const match = (s: string, w: string) => stems.has(s) || prefixes.some((p) => w.startsWith(p));
  const toks = tokens(text, match);
  markPhrases(toks, phrases);
  let from = 0;
  let to = Math.min(toks.length, maxWords);
  if (toks.length > maxWords) {
    // the window slides a word at a time, its marked words counted by stem as it goes (a new
    // window sliced, filtered and collected per position cost most of a search's snippets)
    let best = -1;
    const inWindow = new Map<string, number>();
    let marked = 0;
    const enter = (t: Tok, by: 1 | -1) => {
      if (!t.hit) return;
      marked += by;
      const n = (inWindow.get(t.stem) ?? 0) + by;
      if (n) inWindow.set(t.stem, n);
      else inWindow.delete(t.stem);
    };
    for (let k = 0; k < maxWords; k++) enter(toks[k], 1);
    for (let i = 0; i + maxWords <= toks.length; i++) {
      if (i > 0) {
        enter(toks[i - 1], -1);
        enter(toks[i + maxWords - 1], 1);
      }
      const score = inWindow.size * 100 + marked * 10 - (i > 0 ? 1 : 0);
      if (score > best) {
        best = score;
        from = i;
      }
    }
    // Start at a sentence start when one is a few words before the window, keeping the window's
    // end: moving the whole window back pushed the marks at its end out of the snippet.
    to = from + maxWords;
    for (let k = from; k > Math.max(0, from - 8); k--) {
      if (/[.!?]/.test(text.slice(toks[k - 1].end, toks[k].start))) {
        from = k;
        break;
      }
    }
  }
  const startChar = from === 0 ? 0 : toks[from].start;
  const endChar = to >= toks.length ? text.length : toks[to - 1].end;
  let html = from > 0 ? '… ' : '';
  let cursor = startChar;
  for (const t of toks.slice(from, to)) {
    if (!t.hit) continue;
    html += escapeHtml(text.slice(cursor, t.start)) + '<mark>' + escapeHtml(text.slice(t.start, t.end)) + '</mark>';
    cursor = t.end;
  }
  html += escapeHtml(text.slice(cursor, endChar));
  if (endChar < text.length) html += ' …';
  return html;
}
