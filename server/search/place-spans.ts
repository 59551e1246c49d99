import { words } from '../../core/analysis.js';
import { foldWord } from '../../core/nlp/fold.js';

// A place typed as another language names it ("Soudan du Sud", "Sudán del Sur", "République
// centrafricaine", "Centrafrique") in a library that never writes that name is a search for the
// place, as service.ts placeFor does for a one-word alias of a one-word place ("Libia" → Libya).
// A name of several words spans several query words, and a place of several words is searched as
// its phrase ("Central African Republic" quoted: its words apart find every "African" and
// "republic"), so the rewriting is done on the query as typed, before it is parsed, and the query
// shown is the one searched.

/** the most words of an alias looked for (the taxonomy's longest: "República Democrática del Congo") */
const MAX_WORDS = 5;
/** what may stand between two words of a name as typed: spaces, a hyphen ("Sud-Soudan") */
const BETWEEN = /^[\s\-–—]+$/;
/** a minus sign: a hyphen after a space, against the next word ("Soudan -du Sud" excludes "du") */
const EXCLUDES_NEXT = /\s-$/;
const QUOTES = /["“”]/g;
const quoteCount = (text: string) => text.match(QUOTES)?.length ?? 0;

export interface PlaceSpanNeeds {
  /** alias words folded and joined by a space → the place's label (taxonomy-names.ts placeSpanAliases) */
  aliases: ReadonlyMap<string, string>;
  /** whether the library writes these words (one: knows it; several: side by side) */
  written: (ws: readonly string[]) => boolean;
  /**
   * whether the query has an optional word outside [start, end) (one no sign, AND or quotes make
   * required): a phrase is always required, so a name typed plainly beside such a word is
   * replaced by the place's words, optional as the name was, not by its phrase
   */
  optionalBeside?: (start: number, end: number) => boolean;
}

export interface PlaceSpans {
  /** the query with each such name replaced by its place */
  q: string;
  /** each name as typed, lower-cased → the place, lower-cased (as typo corrections are reported) */
  corrections: Record<string, string>;
}

/**
 * The query with every place alias the library never writes replaced by its place's label, or
 * null when there is none. A name typed plainly (or with +) or quoted whole is rewritten; one
 * inside a longer quotation, excluded (-, NOT), in a field, or with a wildcard, fuzzy or boost
 * mark is meant as typed and left alone; quoted whole, an excluded one (-"…", NOT "…") is the place's.
 */
export function placeSpans(q: string, needs: PlaceSpanNeeds): PlaceSpans | null {
  const tokens = [...q.matchAll(/[\p{L}\p{M}\p{N}'’]+/gu)].map((m) => ({ text: m[0], start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
  const corrections: Record<string, string> = {};
  let out = '';
  let from = 0;
  for (let i = 0; i < tokens.length; i++) {
    for (let n = Math.min(MAX_WORDS, tokens.length - i); n >= 1; n--) {
      const span = tokens.slice(i, i + n);
      if (span.some((t, k) => k > 0 && (!BETWEEN.test(q.slice(span[k - 1].end, t.start)) || EXCLUDES_NEXT.test(q.slice(span[k - 1].end, t.start))))) continue;
      const label = needs.aliases.get(span.map((t) => foldWord(t.text.toLowerCase())).join(' '));
      if (!label) continue;
      const start = span[0].start;
      const end = span[n - 1].end;
      const before = q.slice(0, start);
      const after = q.slice(end);
      const open = quoteCount(before) % 2 === 1;
      // quoted whole, the name is unambiguous, excluded too: NOT "Soudan du Sud" and -"Soudan du Sud"
      // both exclude South Sudan (typed plainly, a sign or NOT would reach its first word only)
      const quotedWhole = open && /(?:^|[\s(]|(?:^|[\s(])[+-])["“]$/.test(before) && /^["”](?=$|[\s),.;?!])/.test(after);
      const plain = !open && /(?:^|[\s(])\+?$/.test(before) && !/\bNOT\s+\+?$/.test(before) && /^(?=$|[\s),.;?!"”])/.test(after);
      if (!quotedWhole && !plain) continue;
      const typed = q.slice(start, end);
      const labelWords = words(label);
      if (needs.written(words(typed)) || !needs.written(labelWords)) continue;
      // Quoted, a place of several words is its phrase; but a phrase is required, and a name typed
      // plainly beside other optional words was optional ("Centrafrique Yemen", "Centrafrique OR
      // Tchad" find Yemen's or Chad's passages too): there it is the place's words, as typed in English
      const optional = !quotedWhole && !/\+$/.test(before) && (needs.optionalBeside?.(start, end) ?? false);
      const replacement = labelWords.length > 1 && !optional ? `"${label}"` : label;
      const [cutFrom, cutTo] = quotedWhole ? [start - 1, end + 1] : [start, end];
      out += q.slice(from, cutFrom) + replacement;
      from = cutTo;
      corrections[typed.toLowerCase()] = label.toLowerCase();
      i += n - 1;
      break;
    }
  }
  return from === 0 ? null : { q: out + q.slice(from), corrections };
}
