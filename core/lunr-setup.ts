import lunr from 'lunr';
import { compatible, foldWord } from './nlp/fold.js';
import { stemOverride } from './nlp/stem-overrides.js';

// One tokenizer for indexing and querying: besides spaces and hyphens, slashes and dashes
// split words, so "IHL/IHRL" is found by "IHL" and "humanitarian–development" by both words.
lunr.tokenizer.separator = /[\s\-–—/]+/;

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

/**
 * lunr's trimmer with letters and digits of every script: lunr's own (`\W`) keeps only ASCII
 * ones once accents are folded, so a word in Arabic, Cyrillic or Greek was trimmed to nothing
 * and a report in those languages had no searchable words. Combining marks count as letters
 * (Devanagari vowel signs, Arabic harakat that folding leaves), the underscore as lunr's did.
 * Digits are decimal ones only: a superscript footnote mark ("civilians.¹") is no part of a word.
 */
export const trimWord = (s: string): string => s.replace(/^[^\p{L}\p{Nd}\p{M}_]+/u, '').replace(/[^\p{L}\p{Nd}\p{M}_]+$/u, '');
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

export default lunr;
