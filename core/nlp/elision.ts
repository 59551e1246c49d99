// Elided articles and prepositions of French, Italian and Catalan ("l’accès", "d’enfants",
// "qu’il", "dell’ONU", "l’Ordre"), cut off the word they lean on, as Lucene's ElisionFilter
// does: without this "L’accès" was one token and a search for "accès" missed it. Only before a
// vowel or h (where the language elides), so English contractions ("don't", "it's") and
// names with other prefixes (O'Brien) are untouched; and not a name's particle (below). "d'Ivoire" is cut like any other ("Côte
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

/**
 * A capital D' before a capitalised word is a surname's particle in English, Irish and
 * Italian-born names ("D'Arcy", "D'Amato", "D'Angelo", "D'Alessandro"), not French "de": French
 * writes "d'" in lower case inside a sentence ("Côte d'Ivoire", "d'Haïti"), so only a sentence
 * opening with "D'" and a place or body's name is read as a name too, and "L'" (French
 * "L'Union", "L'ONU" open sentences) is always the article. The name is one word with the
 * apostrophe dropped, as it is also spelt ("D'Arcy" is "darcy", found by "Darcy" and
 * "D'Arcy"). Read where the case is still known (core/analysis.ts words and tokens, the lunr
 * fields, snippets, the vocabulary); a query typed in lower case ("d'arcy") is read as French
 * "d'" + "arcy". Words in capitals ("D'ARCY", a heading) are not names by this test.
 */
const NAME_PARTICLE = /(?<![\p{L}\p{N}'’ʼ])D['’ʼ](?=\p{Lu}\p{Ll})/gu;
const HAS_NAME_PARTICLE = /D['’ʼ]\p{Lu}\p{Ll}/u;

/** A text with each name's D' particle joined to its name ("D'Arcy" → "DArcy"; lower-cased later). */
export const joinNameParticles = (text: string): string => (HAS_NAME_PARTICLE.test(text) ? text.replace(NAME_PARTICLE, 'D') : text);

/** Whether the word at `at` in a text opens with a name's D' particle (above). */
export const isNameParticle = (text: string, at: number): boolean => text.charCodeAt(at) === 68 && HAS_NAME_PARTICLE.test(text.slice(at, at + 4)) && (at === 0 || !/[\p{L}\p{N}'’ʼ]/u.test(text[at - 1]));
