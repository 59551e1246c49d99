import lunr from 'lunr';

// One tokenizer for indexing and querying: besides spaces and hyphens, slashes and dashes
// split words, so "IHL/IHRL" is found by "IHL" and "humanitarian–development" by both words.
lunr.tokenizer.separator = /[\s\-–—/]+/;

const APOSTROPHES = /[’ʼ‘`´]/g;

/**
 * British spellings written the American way, so that both find each other at full weight:
 * -isation/-ise/-yse/-our/-tre/-bre/-ogue and a few words. Only ever applied to index terms and
 * query terms alike, so a word folded that has no American twin ("promise" → "promize") still
 * finds itself; the rules leave short words alone ("hour", "four", "your", "rise").
 */
const SPELLING: [RegExp, string][] = [
  [/^(.{3,})isation(s?)$/, '$1ization$2'],
  [/^(.{3,})is(e|es|ed|ing|er|ers)$/, '$1iz$2'],
  [/^(.{3,})ys(e|es|ed|ing)$/, '$1yz$2'],
  [/^(.{3,})our(s|ed|ing|able|ite|ites)?$/, '$1or$2'],
  [/^(.{2,}[tb])re(s?)$/, '$1er$2'],
  [/^(.{2,}[tb])red$/, '$1ered'],
  [/^(.{3,})ogue(s?)$/, '$1og$2'],
  [/^(def|off|lic|pret)ence(s?)$/, '$1ense$2'],
  [/^programme(s?)$/, 'program$1'],
  [/^ageing$/, 'aging'],
  [/^judgement(s?)$/, 'judgment$1'],
];
const SPELLING_HINT = /is|ys|our|re|ogue|ence|programme|ageing|judgement/;

/**
 * A word as users type it and documents print it, made one: accents off ("Côte" is "cote",
 * "Médecins" "medecins"; lunr's trimmer would otherwise cut "café" to "caf", taking é for
 * punctuation), every apostrophe one, the possessive off ("Sudan’s" and "Sudan's" are
 * "sudan", "states’" is "states"), as Lucene's ASCII-folding and English possessive filters
 * do, and British spelling American ("organisations" is "organizations", "behaviour"
 * "behavior"). Other scripts keep their letters: only the combining accents of Latin-based
 * text go. Expects lower case.
 */
export function foldWord(word: string): string {
  let w = word;
  // eslint-disable-next-line no-control-regex
  if (/[^\x00-\x7f]/.test(w)) w = w.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC').replace(APOSTROPHES, "'");
  if (w.includes("'")) w = w.replace(/'s$/, '').replace(/(s)'$/, '$1');
  if (w.length >= 6 && SPELLING_HINT.test(w)) {
    for (const [from, to] of SPELLING) {
      if (from.test(w)) return w.replace(from, to);
    }
  }
  return w;
}

/** foldWord as a lunr pipeline step, before the trimmer (registered, so a saved index names it). */
export const fold: lunr.PipelineFunction = (token) => token.update((s) => foldWord(s));
lunr.Pipeline.registerFunction(fold, 'fold');

export default lunr;
