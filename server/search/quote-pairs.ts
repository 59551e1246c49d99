// A quoted phrase as a user pastes it: doubled (`""speak out""`), nested (`"the "age of caution"
// report"`, `"human “rights” law"`) or left open. The parser reads a phrase between two marks
// with none inside; here each mark is read as opening or closing from what stands beside it, the
// marks are paired as brackets are, and only the outermost pairs stay: a quotation that quotes is
// searched as the whole quotation, whose text holds the inner marks (they are no words). A mark
// left without its pair is blanked and reported, as an unclosed quote was before.

import { splitsPair } from '../../core/text.js';

/** the marks that open or close a phrase (as the parser's) */
const MARK = /["“”]/;
/** what may stand before an opening mark: the query's start, a space, a bracket, a sign, a field's colon */
const BEFORE_OPEN = /[\s([{+\-:]/;
/** what may stand after a closing mark: the query's end, a space, a bracket, punctuation, a proximity */
const AFTER_CLOSE = /[\s)\]},.;:!?~^]/;

export interface PairedQuotes {
  /** the query with inner and unpaired marks blanked (same length: offsets hold), outer pairs as `"` */
  text: string;
  /** an opening mark was never closed */
  unclosed: boolean;
  /** a closing mark had nothing open */
  unopened: boolean;
}

/**
 * Other languages' quotation marks as the parser's own, one character for one (offsets hold).
 * German's low opening marks („…“, ‚…‘) and the corner brackets of Chinese and Japanese
 * (「…」, 『…』) say which way they face: „ 「 『 〝 open as “ does, 」 』 〞 〟 close as ” does, and
 * German's closing “ is read by what stands beside it, as every mark is. Guillemets face either
 * way (French «…», German »…«), so they are `"`, read by their neighbours; the single ones (‹…›)
 * too, which are never an apostrophe. ‚ is a single opening mark (singlePairsAsDouble). Before
 * this, „Schutz*“ warned that its closing mark had no opening one (review39).
 */
const OTHER_MARKS: Record<string, string> = { '„': '“', '‟': '“', '「': '“', '『': '“', '〝': '“', '」': '”', '』': '”', '〞': '”', '〟': '”', '«': '"', '»': '"', '‹': '"', '›': '"' };
const OTHER_MARK_CLASS = `[${Object.keys(OTHER_MARKS).join('')}]`;
const OTHER_MARK = new RegExp(OTHER_MARK_CLASS);
const OTHER_MARKS_ALL = new RegExp(OTHER_MARK_CLASS, 'g');
/** a guillemet with French spacing inside it (« mot », a no-break space as often as not) */
const SPACED_GUILLEMET = /([«‹])(\s+)|(\s+)([»›])/g;

/**
 * The query with other languages' quotation marks as `"`, `“` and `”` (OTHER_MARKS), the same
 * length. A guillemet's inner space (French « protection ») moves outside it, so the mark
 * touches its word and opens or closes as it does without the space.
 */
export function standardQuotes(text: string): string {
  if (!OTHER_MARK.test(text)) return text;
  return text
    .replace(SPACED_GUILLEMET, (_m, open: string | undefined, after: string | undefined, before: string | undefined, close: string | undefined) => (open ? `${after}${open}` : `${close}${before}`))
    .replace(OTHER_MARKS_ALL, (c) => OTHER_MARKS[c]);
}

/** a single mark: curly, German's low one, or the typewriter's, which is also every apostrophe */
const SINGLE = /['‘’‚]/;
const WORD_CHARACTER = /^[\p{L}\p{N}]$/u;
/** what a closing mark follows: a word's end (a letter, its accent, a digit) or a sentence's */
const BEFORE_CLOSE = /^[\p{L}\p{M}\p{N}.!?]$/u;
/**
 * The words English writes with an apostrophe in front, for letters left out: a decade ('90s)
 * and the old elisions of "it" and "them". Before one of them a mark is that apostrophe, not a
 * quotation's opening, or the mark after a plural's possessive ("the '90s and the states' duty")
 * would close it into a phrase no passage holds.
 */
const ELIDED_START = /^(?:\d0s|tis|twas|twere|twill|em)(?![\p{L}\p{N}])/iu;

/** a lone letter (code point) between two single marks: an elision, not a quotation */
const elided = (inside: string): boolean => /^\p{L}$/u.test(inside);

/** the character (code point: a letter beyond the BMP is two units) that ends at `end` or starts at `start` */
const charBefore = (text: string, end: number): string => text.slice(splitsPair(text, end - 1) ? end - 2 : end - 1, end);
const charAt = (text: string, start: number): string => String.fromCodePoint(text.codePointAt(start) ?? 32);

/**
 * Single quotation marks around words (`‘quiet diplomacy’`, `'speak out'`: British usage, and
 * what a word processor's text pastes) as double ones, so they make a phrase. A single mark is
 * also an apostrophe (`O’Brien`, `states’ duty`, `don't`, `the '90s`), so a mark opens only before a word
 * and after a space or bracket, closes only after a word and before a space or punctuation, and
 * only a pair around more than one letter and no wildcard counts: a mark left over is an
 * apostrophe, kept as typed and not reported.
 */
export function singlePairsAsDouble(typed: string): string {
  const text = standardQuotes(typed);
  if (!SINGLE.test(text)) return text;
  const out = text.split('');
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    if (!SINGLE.test(text[i])) continue;
    const opens = text[i] !== '’' && (i === 0 || BEFORE_OPEN.test(text[i - 1])) && i + 1 < text.length && WORD_CHARACTER.test(charAt(text, i + 1)) && !ELIDED_START.test(text.slice(i + 1, i + 8));
    // German's ‚…‘ closes with the mark English opens with: ‘ closes only what ‚ opened
    const closes = (text[i] !== '‘' || text[open] === '‚') && text[i] !== '‚' && i > 0 && BEFORE_CLOSE.test(charBefore(text, i)) && (i + 1 === text.length || AFTER_CLOSE.test(text[i + 1]));
    if (opens) open = i;
    // ‚ is never an apostrophe: what it opens is a quotation, a star or a lone letter inside
    // (‚civ*‘ as „civ*“ is), closed by any single mark after its last character
    else if (open >= 0 && text[open] === '‚' && text[i] !== '‚' && i > open + 1 && !/\s/u.test(text[i - 1]) && (i + 1 === text.length || AFTER_CLOSE.test(text[i + 1]))) {
      out[open] = '"';
      out[i] = '"';
      open = -1;
    }
    // one letter between two marks is a word cut short, not a quotation: 'n' of "rock 'n' roll"
    // ("and"), which as a phrase would be required and find almost nothing
    else if (closes && open >= 0 && elided(text.slice(open + 1, i))) open = -1;
    // a wildcard between them is query syntax, which a quotation would search as typed (no
    // wildcard: fuzz30): marks that may be apostrophes are not guessed into taking it away
    else if (closes && open >= 0 && text.slice(open + 1, i).includes('*')) open = -1;
    else if (closes && open >= 0) {
      out[open] = '"';
      out[i] = '"';
      open = -1;
    }
  }
  // a ‚ left without its pair is an opening mark still, which pairQuotes reports as not closed
  return out.map((c) => (c === '‚' ? '“' : c)).join('');
}

/** The query with its quotation marks paired (see above); a query whose marks already pair simply is returned as it is. */
export function pairQuotes(typed: string): PairedQuotes {
  const text = singlePairsAsDouble(typed);
  if (!MARK.test(text)) return { text, unclosed: false, unopened: false };
  const marks: number[] = [];
  // pair as brackets: an opening mark waits for the next closing one
  const stack: number[] = [];
  const pairs: [number, number][] = [];
  let unopened = false;
  let lone = false;
  for (let i = 0; i < text.length; i++) {
    if (!MARK.test(text[i])) continue;
    // a run of marks (`""x`) shares its neighbours
    let j = i;
    while (j < text.length && MARK.test(text[j])) j++;
    const before = i === 0 || BEFORE_OPEN.test(text[i - 1]);
    const after = j === text.length || AFTER_CLOSE.test(text[j]);
    for (let k = i; k < j; k++) marks.push(k);
    // both sides open: a run with no words (`""`), blanked, a mark of it left over (`the "`) unclosed
    if (before && after) {
      if ((j - i) % 2 === 1) lone = true;
      i = j - 1;
      continue;
    }
    for (let k = i; k < j; k++) {
      // neither side: the mark's own direction, or for `"` whether a phrase is open
      const opens = before !== after ? before : text[k] === '“' ? true : text[k] === '”' ? false : stack.length === 0;
      if (opens) stack.push(k);
      else {
        const from = stack.pop();
        if (from === undefined) unopened = true;
        else pairs.push([from, k]);
      }
    }
    i = j - 1;
  }
  // the outermost pairs: those no other pair holds
  const kept = new Set(pairs.filter(([a, b]) => !pairs.some(([c, d]) => c < a && b < d)).flat());
  const out = text.split('');
  for (const i of marks) out[i] = kept.has(i) ? '"' : ' ';
  return { text: out.join(''), unclosed: stack.length > 0 || lone, unopened };
}
