import lunr from 'lunr';
import { compatible, foldWord } from './nlp/fold.js';
import { stemOverride } from './nlp/stem-overrides.js';

// One tokenizer for indexing and querying: besides spaces and hyphens, slashes and dashes
// split words, so "IHL/IHRL" is found by "IHL" and "humanitarian–development" by both words;
// and brackets, so "(geo)political" is found by "political" and "organisation(s)" by
// "organisation" (FTS5's tokenizer split them, lunr did not: parity26).
lunr.tokenizer.separator = /[\s\-–—/()[\]]+/;

// A note number glued to a word after its punctuation ("Mechanism (IIIM).3", "the group.2",
// "inquiry,4", as text files and copied PDFs print a note mark): the word ends where its
// letters do, and the number is a token of its own. After a closing bracket or quote, a comma
// or semicolon, or a full stop after a word of five letters or more: an abbreviation's number
// ("Add.2", "Corr.1", "Rev.1", "L.12" of a UN symbol, "Art.70", "para.3") stays one token, as
// does a run of digits after digits ("1.5", "2,000", "b.1.1.7").
const GLUED_NOTE = /^(.*\p{L}\p{M}*)([)\]"'’”»]+[.,;:]?|[,;:]|(?<=\p{L}{5})\.)(\p{Nd}{1,3})$/u;

/**
 * A token cut at a glued note number (above): [word with its punctuation, note digits], or null
 * when it holds none. `bare`: the word without the punctuation (for words as written).
 */
export function gluedNote(token: string, bare = false): [string, string] | null {
  // most tokens do not end in a digit: the pattern is read only for those that do
  const last = token.charCodeAt(token.length - 1);
  if (!(last >= 48 && last <= 57) && !(last > 127 && /\p{Nd}$/u.test(token))) return null;
  const m = GLUED_NOTE.exec(token);
  return m ? [bare ? m[1] : m[1] + m[2], m[3]] : null;
}

/**
 * Whether a text may hold a glued note number (gluedNote): punctuation right before a digit. One
 * scan of the text, so the words of the many texts without one are not each asked.
 */
export const mayHoldGluedNote = (text: string): boolean => /[)\]"'’”»,;:.]\p{Nd}/u.test(text);

/** Tokens with each glued note number cut off its word (gluedNote): one pass, a copy only when one is found. */
export function splitGluedNotes(ts: string[]): string[] {
  let out: string[] | null = null;
  for (let i = 0; i < ts.length; i++) {
    const cut = gluedNote(ts[i]);
    if (cut && !out) out = ts.slice(0, i);
    if (out) out.push(...(cut ?? [ts[i]]));
  }
  return out ?? ts;
}

// lunr's tokenizer tests its separator a character at a time, which cannot see a note after a
// word: its tokens are cut again here, so the lunr index holds the terms core/analysis.ts gives.
// (lunr passes each field's metadata, which its type declarations leave out, as a token's own)
type Tokenizer = (obj?: string | object | object[] | null, metadata?: object) => lunr.Token[];
const lunrTokenizer = lunr.tokenizer as Tokenizer;
const tokenizer = ((obj, metadata) => {
  const ts = lunrTokenizer(obj, metadata);
  if (!ts.some((t) => gluedNote(t.toString()))) return ts;
  const metadataOf = (t: lunr.Token) => ({ ...(t as unknown as { metadata: object }).metadata });
  return ts.flatMap((t) => (gluedNote(t.toString()) ?? [t.toString()]).map((part) => new lunr.Token(part, metadataOf(t))));
}) as Tokenizer as typeof lunr.tokenizer;
tokenizer.separator = lunr.tokenizer.separator;
lunr.tokenizer = tokenizer;

/**
 * A field's extractor: its text as lunr's tokenizer (which lower-cases) is to read it, raised
 * letters read while their case shows ("USᵃ" is "US" and a note, "Mᵐᵉ" "Mme": nlp/fold.ts compatible), as core/analysis.ts words does.
 */
export const fieldText =
  (name: string) =>
  (doc: object): string | object | object[] => {
    const value = (doc as Record<string, string | object | object[]>)[name];
    return typeof value === 'string' ? compatible(value) : value;
  };

/** foldWord as a lunr pipeline step, before the trimmer (registered, so a saved index names it). */
export const fold: lunr.PipelineFunction = (token) => token.update((s) => foldWord(s));
// registered once per lunr: a test run may load this module twice (through tsx and c8)
const registered = (lunr.Pipeline as unknown as { registeredFunctions: Record<string, lunr.PipelineFunction | undefined> }).registeredFunctions;
if (registered.fold) Object.assign(fold, { label: 'fold' });
else lunr.Pipeline.registerFunction(fold, 'fold');

// an ASCII letter or digit, which no trimming takes off: most tokens start and end with one, and
// the index pipeline trims each token twice (INDEX_PIPELINE), so they skip the two patterns
const plainEnd = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);

/**
 * lunr's trimmer with letters and digits of every script: lunr's own (`\W`) keeps only ASCII
 * ones once accents are folded, so a word in Arabic, Cyrillic or Greek was trimmed to nothing
 * and a report in those languages had no searchable words. Combining marks count as letters
 * (Devanagari vowel signs, Arabic harakat that folding leaves), the underscore as lunr's did.
 * Digits are decimal ones only: a superscript footnote mark ("civilians.¹") is no part of a word.
 */
export const trimWord = (s: string): string => (plainEnd(s.charCodeAt(0)) && plainEnd(s.charCodeAt(s.length - 1)) ? s : s.replace(/^[^\p{L}\p{Nd}\p{M}_]+/u, '').replace(/[^\p{L}\p{Nd}\p{M}_]+$/u, ''));
export const trimmer: lunr.PipelineFunction = (token) => token.update((s) => trimWord(s));
if (registered.trimmerUnicode) Object.assign(trimmer, { label: 'trimmerUnicode' });
else lunr.Pipeline.registerFunction(trimmer, 'trimmerUnicode');

/**
 * lunr's Porter stemmer with the stems it gets wrong overridden (nlp/stem-overrides.ts: "aide"
 * is not "aid"): the stemming step of every pipeline and of core/analysis.ts. Registered under
 * its own name, so a saved index says which stemmer made its terms.
 */
export function stemmer(token: lunr.Token): lunr.Token {
  const own = stemOverride(token.toString());
  return own === undefined ? lunr.stemmer(token) : token.update(() => own);
}
if (registered.stem) Object.assign(stemmer, { label: 'stem' });
else lunr.Pipeline.registerFunction(stemmer, 'stem');

/**
 * The steps an index's tokens go through (a lunr build, an in-memory one, core/analysis.ts
 * tokenTerm for FTS5): trimmed before they are folded too, since folding reads a word's end (the
 * British spelling, the possessive): "organisations," was indexed "organis" where a query for
 * "organisations" asks for "organiz", "Sudan’s," "sudan'" (review27). A query's words are
 * trimmed already (core/analysis.ts words): the search pipeline folds and stems.
 */
export const INDEX_PIPELINE: readonly lunr.PipelineFunction[] = [trimmer, fold, trimmer, lunr.stopWordFilter, stemmer];
/** The steps a query's words go through in lunr (already trimmed, stop words already dropped by the service). */
export const SEARCH_PIPELINE: readonly lunr.PipelineFunction[] = [fold, stemmer];

export default lunr;
