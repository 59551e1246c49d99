import { noIzeSpelling } from './ise-words.js';

// British and American spellings of English (organisation ↔ organization, behaviour ↔
// behavior, centre ↔ center): one table of word endings, used by the tagger for its names and
// cues and by query understanding for what a user types, so that the two agree.

// Each pair is one spelling rule, written as the word endings (or parts) that swap. Longer
// endings first, so "organisations" is rewritten by -isations, not -s.
const IS_TO_IZ = /is(e|es|ed|ing|er|ers)$/;
const VARIANT_RULES: [RegExp, string][] = [
  [/isation(s?)$/, 'ization$1'],
  [/ization(s?)$/, 'isation$1'],
  [IS_TO_IZ, 'iz$1'],
  [/iz(e|es|ed|ing|er|ers)$/, 'is$1'],
  [/ys(e|es|ed|ing)$/, 'yz$1'],
  [/yz(e|es|ed|ing)$/, 'ys$1'],
  [/our(s|ed|ing|able|ite|ites)?$/, 'or$1'],
  [/([^o])or(s|ed|ing|able|ite|ites)?$/, '$1our$2'],
  [/(cent|met|theat|fib|lit)re(s?)$/, '$1er$2'],
  [/(cent|met|theat|fib|lit)er(s?)$/, '$1re$2'],
  [/(cent|met|theat|fib|lit)red$/, '$1ered'],
  [/(cent|met|theat|fib|lit)ered$/, '$1red'],
  [/ence$/, 'ense'],
  [/ense$/, 'ence'],
  [/ogue(s?)$/, 'og$1'],
  [/lled$/, 'led'],
  [/([^l])led$/, '$1lled'],
  [/lling$/, 'ling'],
  [/([^l])ling$/, '$1lling'],
];

/** The word in the other common spellings of English (organisation ↔ organization, behaviour ↔ behavior). */
export function spellingVariants(word: string): string[] {
  const w = word.toLowerCase();
  if (w.length < 5) return [];
  const out = new Set<string>();
  for (const [from, to] of VARIANT_RULES) {
    // "expertise", "advisers": no -ize word (nlp/ise-words.ts), as folding reads them (nlp/fold.ts)
    if (from.test(w) && !(from === IS_TO_IZ && noIzeSpelling(w.replace(from, 'ise')))) out.add(w.replace(from, to));
  }
  out.delete(w);
  return [...out];
}

/** "Organisation": the variant with the word's capital (phraseSpellings passes no other capitals). */
function inCaseOf(word: string, variant: string): string {
  return /^\p{Lu}/u.test(word) ? variant[0].toUpperCase() + variant.slice(1) : variant;
}

/**
 * A name or phrase with every word that has another spelling written in it ("non-governmental
 * organisations" → "non-governmental organizations", "North Atlantic Treaty Organization" →
 * "… Organisation"), each word with its capital; [] when no word has one. A word with a capital
 * after its first letter (an acronym, a name in capitals) keeps its letters.
 */
export function phraseSpellings(text: string): string[] {
  let changed = false;
  const out = text
    .split(/([\s-]+)/)
    .map((part, i) => {
      if (i % 2 === 1 || /\p{Lu}/u.test(part.slice(1))) return part;
      const v = spellingVariants(part)[0];
      if (!v) return part;
      changed = true;
      return inCaseOf(part, v);
    })
    .join('');
  return changed ? [out] : [];
}
