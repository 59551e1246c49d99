// Elided articles and prepositions of French, Italian and Catalan ("l’accès", "d’enfants",
// "qu’il", "dell’ONU", "l’Ordre"), cut off the word they lean on, as Lucene's ElisionFilter
// does: without this "L’accès" was one token and a search for "accès" missed it. Only before a
// vowel or h (where the language elides), so English contractions ("don't", "it's") and
// names with other prefixes (O'Brien) are untouched. "d'Ivoire" is cut like any other ("Côte
// d'Ivoire" is then the words "côte ivoire" in the text and in a query alike, so the phrase is
// found as typed, with either apostrophe).

/** the articles and prepositions that elide, longest first within each language's list */
const ELIDED = [
  // French (Lucene's FrenchAnalyzer.DEFAULT_ARTICLES)
  'lorsqu', 'puisqu', 'quoiqu', 'jusqu', 'qu', 'l', 'm', 't', 'n', 's', 'j', 'd', 'c',
  // Italian (ItalianAnalyzer's, but for the one-letter ones above)
  'dall', 'dell', 'nell', 'sull', 'coll', 'pell', 'all', 'agl', 'dagl', 'degl', 'negl', 'sugl', 'gl', 'un', 'quest', 'quell', 'anch', 'v',
];

// a vowel or h, accented or not (the raw text's) — œ and æ as in "l'œuvre"
const VOWEL = 'aeiouyhàáâäãåæèéêëìíîïòóôöõøœùúûüýÿ';

/** The elided word at a word's start, lower-case, with its apostrophe (any of ' ’ ʼ), before a vowel or h. */
const ELISION = new RegExp(`^(?:${ELIDED.join('|')})['’ʼ](?=[${VOWEL}])`, 'u');

/** How many characters of a lower-case word are an elided article before it (0 when none). */
export function elidedLength(word: string): number {
  // most words have no apostrophe at all: a character test before the pattern
  const at = word.search(/['’ʼ]/);
  if (at < 1 || at > 6) return 0;
  return ELISION.exec(word)?.[0].length ?? 0;
}

/** A lower-case word without the elided article at its start ("l’accès" → "accès"). */
export const withoutElision = (word: string): string => {
  const n = elidedLength(word);
  return n ? word.slice(n) : word;
};

// the same within a token as the tokenizer cuts it, which may open with punctuation ("(l’accès", "«d’enfants»")
const ELISION_IN_TOKEN = new RegExp(`^([^\\p{L}\\p{N}]*)(?:${ELIDED.join('|')})['’ʼ](?=[${VOWEL}])`, 'u');

/** A lower-case token without the elided article of its word, punctuation before it kept. */
export const tokenWithoutElision = (token: string): string => (/['’ʼ]/.test(token) ? token.replace(ELISION_IN_TOKEN, '$1') : token);
