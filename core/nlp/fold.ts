import { tokenWithoutElision } from './elision.js';
import { noIzeSpelling } from './ise-words.js';

// Folding, the first step of the one text analysis (core/analysis.ts, and lunr's pipeline in
// core/lunr-setup.ts): what users type and what documents print made one before stemming.

const APOSTROPHES = /[’ʼ‘`´]/g;

/**
 * British spellings written the American way, so that both find each other at full weight:
 * -isation/-ise/-yse/-our/-tre/-bre/-ogue and a few words. Only ever applied to index terms and
 * query terms alike, so a word folded that has no American twin ("promise" → "promize") still
 * finds itself; the rules leave short words alone ("hour", "four", "your", "rise"), and -ise words
 * with no -ize spelling ("expertise", "likewise", "advise": nlp/ise-words.ts) as they are, so
 * that they keep their own stems.
 */
const ISE = /^(.{3,})is(e|es|ed|ing|er|ers)$/;
const SPELLING: [RegExp, string][] = [
  [/^(.{3,})isation(s?)$/, '$1ization$2'],
  [ISE, '$1iz$2'],
  [/^(.{3,})ys(e|es|ed|ing)$/, '$1yz$2'],
  [/^(.{3,})our(s|ed|ing|able|ite|ites)?$/, '$1or$2'],
  [/^(cent|met|lit|theat|fib|lust|spect|scept|calib|somb|sab|meag)re(s?)$/, '$1er$2'],
  [/^(cent|theat|fib)red$/, '$1ered'],
  [/^(.{3,})ogue(s?)$/, '$1og$2'],
  [/^(def|off|lic|pret)ence(s?)$/, '$1ense$2'],
  [/^programme(s?)$/, 'program$1'],
  [/^ageing$/, 'aging'],
  [/^judgement(s?)$/, 'judgment$1'],
];
const SPELLING_HINT = /is|ys|our|re|ogue|ence|programme|ageing|judgement/;
// Compatibility forms of ordinary letters and digits that a query pasted from a CJK input method
// or a PDF's text may hold: full-width and half-width forms ("Ａｃｃｅｓｓ"), ligatures ("ﬁ"),
// Arabic presentation forms, subscript digits ("CO₂" is "CO2"), the micro sign (U+00B5: "µg" is
// the "μg" typed with a Greek keyboard) and the letter-like symbols ("№" is "No", "℃" "°C", "Ω"
// the letter). Only these: NFKD of any text spells a symbol out glued to its word ("Oxfam™"
// became "oxfamtm", "Borders℠" "borderssm": ℠ ℡ ™ ℹ ℻ are left out of the letter-like block) and
// makes a superscript footnote mark ("civilians.¹") or an ordinal indicator ("1º") a digit or
// letter of the word; left alone, the trimmer takes them off the word's end. None of these ranges
// holds such a number (\p{No}) but the subscript digits.
const COMPATIBLE_RANGES = '\\u{1d400}-\\u{1d7ff}\\u00b5\\u2080-\\u2089\\u2100-\\u211f\\u2123-\\u2138\\u213a\\u213c-\\u214f\\ufb00-\\ufdff\\ufe70-\\ufeff\\uff00-\\uffef';
const COMPATIBILITY = new RegExp(`[${COMPATIBLE_RANGES}]+`, 'gu');
// Characters that print nothing and that a pasted word or a PDF's text may hold inside a word:
// the soft hyphen, zero-width space, non-joiner and joiner, word joiner, invisible operators,
// the direction marks, embeddings and isolates (LRM, RLM, ALM), the Mongolian vowel separator and
// the BOM. None is a separator (lunr's nor the project's), so "protec\u00adtion" was a word of its
// own, found only by a correction to a word that looks the same; taken out, it is "protection".
// A joiner's or non-joiner's effect is on how a word is drawn, not which word it is. Exported as a
// character class's contents, for readers that scan words themselves (server/search/snippet.ts).
export const INVISIBLE_CHARS = '\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u2064\\u2066-\\u206f\\ufeff';
const INVISIBLE = new RegExp(`[${INVISIBLE_CHARS}]+`, 'gu');
// Superscript letters (modifier letters): French and English ordinals and abbreviations print
// their ending raised ("1ᵉʳ", "2ⁿᵈ", "Mᵐᵉ", "Nᵒ", a century "XIXᵉ"); a raised letter after a
// longer word or an acronym is a note mark ("Yemenᵃ", "USᵃ", a table's note), as a raised digit
// is. Notes to one word may be listed with commas ("Yemenᵃ,ᵇ"): the list is one run.
const RAISED = '\\u02b0-\\u02b8\\u02e0-\\u02e4\\u1d2c-\\u1d61\\u1d78\\u1d9b-\\u1dbf\\u2071\\u207f';
const SUPERSCRIPT_LETTERS = new RegExp(`[${RAISED}]+(?:,[${RAISED}]+)*`, 'gu');
// Whether a text may hold anything compatible() changes (the three sets above), read once per
// text: a superset, in fewer ranges (the letter-like block whole, the raised letters' block whole,
// the invisible characters with their unassigned neighbours), since a class of the three sets'
// 23 ranges made V8 scan every text about three times as long (fold28: 51 → 160 ms for the
// corpus's paragraphs ×200). It may say yes where nothing changes (a "™", a phonetic letter):
// the exact sets then change nothing. Not the superscript digits (U+2070–207E): footnote marks,
// common, and no part of the sets.
const HAS_COMPATIBILITY = /[\u{1d400}-\u{1d7ff}\u00ad\u00b5\u02b0-\u02b8\u02e0-\u02e4\u061c\u180e\u1d2c-\u1dbf\u200b-\u200f\u202a-\u202e\u2060-\u206f\u2071\u207f-\u2089\u2100-\u214f\ufb00-\ufdff\ufe70-\ufeff\uff00-\uffef]/u;
// how far back the word before a raised run is read: a word that fills it is a long one
const LOOK_BACK = 12;
const LETTERS_BEFORE = /\p{L}+$/u;
const ROMAN = /^[IVXLCDM]+$/;
const CAPITALS = /^\p{Lu}{2,}$/u;
const LOWER_RUN = /^\p{Ll}/u;

/**
 * A run of superscript letters as what it stands for where it is printed (above): an ending
 * after a number, a roman numeral ("XIXᵉ" is "XIXe") or an abbreviation of one or two letters
 * ("Mᵐᵉ", "Dʳ"); nothing (a note mark) after a longer word or, raised lower case, after an
 * acronym ("UKᵃ", "USᵃ": "USa" would miss a search for "US"), or when notes are listed ("ᵃ,ᵇ").
 */
function raisedLetters(run: string, at: number, text: string): string {
  if (run.includes(',')) return '';
  const from = Math.max(0, at - LOOK_BACK);
  const before = text.slice(from, at);
  if (/\p{Nd}$/u.test(before)) return run.normalize('NFKC');
  const word = LETTERS_BEFORE.exec(before)?.[0] ?? '';
  if (word.length === before.length && from > 0) return '';
  if (ROMAN.test(word)) return run.normalize('NFKC');
  if (word.length >= 3) return '';
  // modifier letters are \p{Lm}: their case is the case of the letter they raise
  const letters = run.normalize('NFKC');
  return CAPITALS.test(word) && LOWER_RUN.test(letters) ? '' : letters;
}

/**
 * A text with its compatibility forms (above) made the ordinary characters (NFKC: "Ａｃｃｅｓｓ" is
 * "Access", "CO₂" "CO2", "1ᵉʳ" "1er", "µ" "μ", "№" "No"), a raised note letter after a word
 * off, every other character as it was: the one notion of what is normalised, for words as
 * written (core/analysis.ts words) and for the folded word (foldWord).
 */
export const compatible = (text: string): string =>
  HAS_COMPATIBILITY.test(text) ? text.replace(INVISIBLE, '').replace(COMPATIBILITY, (run) => run.normalize('NFKC')).replace(SUPERSCRIPT_LETTERS, raisedLetters) : text;
// a combining accent after a Latin letter ("ô" as o + ^), not one that makes a letter of
// another script ("й", "ё")
const LATIN_ACCENT = /(\p{Script=Latin})\p{M}+/gu;
/**
 * A text's Latin letters without their accents ("Lefèvre" is "Lefevre", "Wałęsa" "Wałesa": ł is a
 * letter of its own), compatibility forms as their letters (compatible); the marks that make a
 * letter of another script stay ("पीटर" is not "पटर", "ガ" not "カ", "ё" not "е").
 */
export const withoutLatinAccents = (text: string): string => compatible(text).normalize('NFD').replace(LATIN_ACCENT, '$1').normalize('NFC');

// Arabic's optional vowel marks, shadda and sukun (U+064B–U+0652), the superscript alef and the
// tatweel (kashida) that stretches a word: most texts leave them out, so a vocalised "حمايةُ" is
// "حماية". Not the hamza above or below (U+0653–U+0655, which NFD splits off أ ؤ ئ): "رئيس" is
// not "رييس", nor "سئل" (was asked) "سيل" (a flood), as a review found.
// eslint-disable-next-line no-misleading-character-class -- single combining marks, each alone
const ARABIC_OPTIONAL = /[\u0640\u064b-\u0652\u0670]/gu;

/**
 * A word as users type it and documents print it, made one: the accents of Latin letters off
 * ("Côte" is "cote", "Médecins" "medecins"; lunr's trimmer would otherwise cut "café" to
 * "caf", taking é for punctuation; letters that are not an accent on a base letter, as ł, ø,
 * ß, stay; compatibility forms, as full-width letters, are the letters: compatible), every apostrophe one,
 * an elided French or Italian article off ("l’accès" is "acces": nlp/elision.ts), the possessive off ("Sudan’s" and "Sudan's" are "sudan",
 * "states’" is "states", as Lucene's English possessive filter does), and British spelling
 * American ("organisations" is "organizations", "behaviour" "behavior"). Other scripts keep
 * their letters ("й" is not "и") and their vowel signs (Devanagari's), but for Arabic's optional
 * marks. Expects lower case.
 */
export function foldWord(word: string): string {
  let w = word;
  // eslint-disable-next-line no-control-regex
  if (/[^\x00-\x7f]/.test(w)) w = compatible(w).toLowerCase().normalize('NFD').replace(LATIN_ACCENT, '$1').replace(ARABIC_OPTIONAL, '').normalize('NFC').replace(APOSTROPHES, "'");
  if (w.includes("'")) w = tokenWithoutElision(w).replace(/'s$/, '').replace(/(s)'$/, '$1');
  if (w.length >= 6 && SPELLING_HINT.test(w)) {
    for (const [from, to] of SPELLING) {
      const m = from.exec(w);
      if (m) return from === ISE && noIzeSpelling(`${m[1]}ise`) ? w : w.replace(from, to);
    }
  }
  return w;
}

/** A text with its compatibility forms as their letters and its invisible characters out, and the way back to the text as written. */
export interface CompatibleView {
  text: string;
  /** the text as written that [start, end) of the view stands for */
  written(start: number, end: number): string;
}

const COMPATIBLE_OR_INVISIBLE = new RegExp(`([${INVISIBLE_CHARS}]+)|[${COMPATIBLE_RANGES}]+`, 'gu');

/**
 * The text as compatible() reads its full-width letters, ligatures, mathematical letters and
 * invisible characters (not its raised letters, which depend on the word before), with each
 * character's place in the text as written kept: a reader that matches names on the view
 * (the tagger: "ＵＮＨＣＲ", "Ｓｙｒｉａ") quotes what the text says. Null when nothing changes,
 * so ordinary text is read as it always was.
 */
export function compatibleView(text: string): CompatibleView | null {
  if (!HAS_COMPATIBILITY.test(text)) return null;
  let out = '';
  const from: number[] = [];
  let last = 0;
  for (const m of text.matchAll(COMPATIBLE_OR_INVISIBLE)) {
    const at = m.index;
    for (let i = last; i < at; i++) from.push(i);
    out += text.slice(last, at);
    last = at + m[0].length;
    if (m[1]) continue;
    let o = at;
    for (const ch of m[0]) {
      const n = ch.normalize('NFKC');
      out += n;
      for (let k = 0; k < n.length; k++) from.push(o);
      o += ch.length;
    }
  }
  for (let i = last; i < text.length; i++) from.push(i);
  out += text.slice(last);
  if (out === text) return null;
  return {
    text: out,
    written: (start, end) => {
      if (end <= start) return '';
      const a = from[start];
      const b = from[end - 1];
      return text.slice(a, b + ((text.codePointAt(b) ?? 0) > 0xffff ? 2 : 1));
    },
  };
}
