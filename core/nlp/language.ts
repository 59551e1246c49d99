// Which of the languages the tag vocabulary has cues for (English, French, Spanish) a text is
// written in, from its function words. Three languages that share an alphabet are told apart
// by their commonest short words far more surely than by letters: a French sentence of ten
// words holds three or four of "les, des, du, et, est, une, dans, pour", an English one as
// many of "the, of, and, is", and neither holds the other's. A trigram model (franc) would
// cover hundreds of languages the tagger has no cues for, is not installed, and costs more
// than the few set lookups this does on the word set the tagger builds anyway.

/** A language the tagger has cues for. English is the taxonomy's own. */
export type CueLanguage = 'en' | 'fr' | 'es';

/**
 * Each language's function words, lower case and without accents (as the tagger reads text for
 * cues), chosen so that no word is one of another listed language's: "de", "la", "que", "en",
 * "a", "entre" and "son" are French and Spanish both, and are left out. Words that names in an
 * English text hold ("de Coning", "El Salvador", "Los Angeles", "al-Shabaab", "et al.") are few
 * beside a passage's English function words, which the margin below asks for.
 */
const FUNCTION_WORDS: Record<CueLanguage, readonly string[]> = {
  en: ['the', 'and', 'of', 'to', 'is', 'are', 'was', 'were', 'that', 'which', 'with', 'for', 'this', 'these', 'have', 'has', 'been', 'from', 'by', 'not', 'its', 'their', 'would', 'should', 'will', 'it', 'on', 'or'],
  fr: ['le', 'les', 'des', 'du', 'et', 'est', 'une', 'dans', 'pour', 'par', 'sur', 'qui', 'sont', 'aux', 'ces', 'cette', 'avec', 'ete', 'leur', 'leurs', 'ont', 'mais', 'ainsi', 'ils', 'nous', 'etre', 'selon', 'depuis', 'lors', 'au'],
  es: ['el', 'los', 'las', 'del', 'y', 'es', 'una', 'por', 'para', 'con', 'se', 'su', 'sus', 'al', 'como', 'mas', 'fue', 'este', 'esta', 'pero', 'sobre', 'tambien', 'ha', 'han', 'desde', 'segun', 'ser', 'estan', 'muy', 'lo'],
};

const LANGUAGES = Object.keys(FUNCTION_WORDS) as CueLanguage[];

/** least number of a language's function words a text must hold to be said to be in it, when it holds another's too */
const LEAST = 3;

/**
 * The language of a text given as its set of words (lower case, accents removed), or undefined
 * when it holds too few function words to say (a heading, a list item, a name): the caller then
 * takes the document's. A language is chosen when the text holds at least three of its function
 * words and at least twice as many as of any other's, or two and none of any other's (a short
 * sentence: "Más de dos millones de personas desplazadas y refugiados …"). Given the `text` the
 * words are of, a French or Spanish verdict stands only on the words outside capitalised names
 * (withoutNames): an English text's list of French NGOs ("Médecins du Monde; Aide et Action") is
 * no French text.
 */
export function languageOfWords(words: ReadonlySet<string>, text?: string): CueLanguage | undefined {
  const lang = chosen(words);
  // Only a French or Spanish verdict is read again without the names: an English text's
  // partner list ("Médecins du Monde, Aide et Action") is where foreign function words sit,
  // and English needs no second look (nor its cost on every passage).
  return lang && lang !== 'en' && text !== undefined ? chosen(wordsOf(withoutNames(text))) : lang;
}

// The small words inside a capitalised name ("Médecins du Monde", "Aide et Action", "Comité
// International de la Croix-Rouge"): one or two lower-case words between two capitalised ones.
const INSIDE_NAME = /(\p{Lu}[\p{L}'’-]*)(?:\s+\p{Ll}+){1,2}(?=\s+\p{Lu})/gu;
// A capitalised word within a sentence that opens a name ("in Las Anod", "Los Angeles", "El
// Salvador"): a name's particle, not the sentence's article (that one follows a full stop).
// An article hyphened to a name ("al-Shabaab", "el-Fasher") is the name's, not Spanish "al", "el".
const NAME_PARTICLE = /(?<=[\p{Ll}\p{N},;:]\s+)\p{Lu}\p{Ll}*(?=\s+\p{Lu})|\b\p{Ll}+[-‐](?=\p{Lu})/gu;

/** A text without the function words its capitalised names hold. */
export function withoutNames(text: string): string {
  return text.replace(NAME_PARTICLE, '').replace(INSIDE_NAME, '$1');
}

function chosen(words: ReadonlySet<string>): CueLanguage | undefined {
  let best: CueLanguage | undefined;
  let first = 0;
  let second = 0;
  for (const lang of LANGUAGES) {
    let n = 0;
    for (const w of FUNCTION_WORDS[lang]) if (words.has(w)) n++;
    if (n > first) {
      second = first;
      first = n;
      best = lang;
    } else if (n > second) second = n;
  }
  return (first >= LEAST && first >= 2 * second) || (first >= 2 && second === 0) ? best : undefined;
}

/** The language of a text (see languageOfWords). */
export function languageOf(text: string): CueLanguage | undefined {
  return languageOfWords(wordsOf(text), text);
}

/** A text's words as languageOfWords reads them: lower case, accents removed. */
export function wordsOf(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      .split(/[^\p{L}\p{N}]+/u),
  );
}
