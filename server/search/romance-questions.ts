// French and Spanish queries, read as the English ones are (query-understanding.ts): a question's
// framing ("quelles sont les …", "¿cuáles son …?") is not searched for, a function word of the
// query's language is never "corrected" into an English word ("quelles" → "fuelled") nor read as
// an acronym ("au" → AU, the African Union). A library that mixes the three languages gets French
// and Spanish questions from the same researchers (userreview20b). Words are kept folded (no
// accents, lower case, foldWord), as users type them either way.
import type { ParsedQuery, QueryTerm } from './query-parser.js';
import { foldWord } from '../../core/nlp/fold.js';
import { languageOfWords, type CueLanguage } from '../../core/nlp/language.js';

export type RomanceLanguage = Exclude<CueLanguage, 'en'>;

/** The words a French or Spanish question opens with (folded; "qu'est-ce" reaches here as "est", "ce"). */
const OPENERS: Record<RomanceLanguage, readonly string[]> = {
  fr: ['quel', 'quelle', 'quels', 'quelles', 'pourquoi', 'comment', 'qui', 'que', 'quoi', 'ou', 'quand', 'combien', 'lequel', 'laquelle', 'lesquels', 'lesquelles', 'est'],
  es: ['que', 'cual', 'cuales', 'como', 'por', 'porque', 'quien', 'quienes', 'donde', 'cuando', 'cuanto', 'cuanta', 'cuantos', 'cuantas'],
};

/**
 * Words that frame a French or Spanish question without saying what it is about: question words,
 * auxiliaries and copulas, articles, prepositions, conjunctions, pronouns, and the verbs of saying
 * and the nouns with which a question names the kind of answer it wants (as UNDERSTANDING's
 * answerWords do in English: "le rôle des bailleurs", "los desafíos de …"). Field words ("droit",
 * "parties", "acceso") are not here.
 */
const SCAFFOLDING: Record<RomanceLanguage, readonly string[]> = {
  fr: [
    ...OPENERS.fr, 'ce', 'ca', 'cela', 'sont', 'etait', 'etaient', 'etre', 'a', 'ont', 'avait', 'avaient', 'fait', 'font', 'peut', 'peuvent', 'doit', 'doivent', 'faut', 'il', 'ils', 'elle', 'elles', 'on', 'nous', 'vous', 'je', 'y',
    'le', 'la', 'les', 'l', 'un', 'une', 'des', 'de', 'du', 'd', 'au', 'aux', 'et', 'en', 'dans', 'sur', 'pour', 'par', 'avec', 'a', 'cette', 'ces', 'cet', 'leur', 'leurs', 'son', 'sa', 'ses', 'qu', 's', 'n', 'ne', 'se',
    'dit', 'disent', 'dire', 'selon', 'disant', 'explique', 'expliquent', 'pense', 'pensent', 'signifie',
    'role', 'roles', 'defi', 'defis', 'enjeu', 'enjeux', 'probleme', 'problemes', 'facteur', 'facteurs', 'difference', 'differences', 'entre', 'raison', 'raisons', 'exemple', 'exemples', 'principaux', 'principales', 'principal', 'principale', 'document', 'documents', 'auteur', 'auteurs', 'passage', 'passages',
  ],
  es: [
    ...OPENERS.es, 'es', 'son', 'era', 'eran', 'fue', 'fueron', 'ser', 'esta', 'estan', 'estar', 'ha', 'han', 'hay', 'habia', 'puede', 'pueden', 'debe', 'deben', 'hace', 'hacen', 'se', 'lo', 'le', 'les', 'ellos', 'ellas', 'nosotros', 'usted', 'ustedes',
    'el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas', 'de', 'del', 'al', 'a', 'en', 'y', 'e', 'o', 'u', 'para', 'con', 'sobre', 'su', 'sus', 'este', 'estos', 'estas', 'esa', 'ese', 'esos', 'esas',
    'dice', 'dicen', 'decir', 'segun', 'explica', 'explican', 'piensa', 'piensan', 'significa',
    'rol', 'papel', 'desafio', 'desafios', 'reto', 'retos', 'problema', 'problemas', 'factor', 'factores', 'diferencia', 'diferencias', 'entre', 'razon', 'razones', 'ejemplo', 'ejemplos', 'principales', 'principal', 'documento', 'documentos', 'autor', 'autores', 'pasaje', 'pasajes',
  ],
};

/**
 * The short words of each language that are no typo and no acronym when typed in lower case in a
 * query of that language: its articles, prepositions, pronouns, auxiliaries and question words
 * (SCAFFOLDING's first lines, not the answer nouns, which may be typos of field words).
 */
const FUNCTION_WORDS: Record<RomanceLanguage, ReadonlySet<string>> = {
  fr: new Set(SCAFFOLDING.fr.slice(0, SCAFFOLDING.fr.indexOf('dit'))),
  es: new Set(SCAFFOLDING.es.slice(0, SCAFFOLDING.es.indexOf('dice'))),
};
const OPENER_SETS: Record<RomanceLanguage, ReadonlySet<string>> = { fr: new Set(OPENERS.fr), es: new Set(OPENERS.es) };
const SCAFFOLDING_SETS: Record<RomanceLanguage, ReadonlySet<string>> = { fr: new Set(SCAFFOLDING.fr), es: new Set(SCAFFOLDING.es) };

/** The folded words of a query's terms as typed (elided articles off: "l'accès" is "acces"). */
function foldedWords(parsed: ParsedQuery): Set<string> {
  return new Set(parsed.terms.map((t) => foldWord(t.text.toLowerCase())));
}

/**
 * The language of a query when it is French or Spanish: by its function words (core/nlp/language.ts:
 * "les … des … au" is French), or by a French or Spanish question word opening it ("pourquoi
 * …", "¿cuáles …") where its function words say nothing else. English or too short to say:
 * undefined, and the query is read as before.
 */
export function romanceLanguageOf(parsed: ParsedQuery): RomanceLanguage | undefined {
  const words = foldedWords(parsed);
  const said = languageOfWords(words);
  if (said === 'fr' || said === 'es') return said;
  if (said === 'en') return undefined;
  if (parsed.raw.trimStart().startsWith('¿')) return 'es';
  const first = parsed.terms[0] ? foldWord(parsed.terms[0].text.toLowerCase()) : '';
  // "comment", "que", "como" open English or Spanish text too: an opener says the language only
  // where the other words hold one of its function words
  // ("qué dicen sobre la negociación": "que" and "la" are French too, "sobre" Spanish alone)
  const held = (l: RomanceLanguage) => (OPENER_SETS[l].has(first) ? [...words].filter((w) => w !== first && FUNCTION_WORDS[l].has(w)).length : 0);
  const [fr, es] = [held('fr'), held('es')];
  return fr > es ? 'fr' : es > fr ? 'es' : undefined;
}

/** Whether a word opens a French or Spanish question ("Pourquoi", "Cuáles"): it starts no name. */
export function isRomanceOpener(word: string): boolean {
  const w = foldWord(word.toLowerCase());
  return OPENER_SETS.fr.has(w) || OPENER_SETS.es.has(w);
}

/** A French or Spanish question: "¿…", or opened by a question word of the query's language, or ending "?". */
export function isRomanceQuestion(parsed: ParsedQuery, lang: RomanceLanguage): boolean {
  if (/\?\s*$/.test(parsed.raw) || parsed.raw.trimStart().startsWith('¿')) return true;
  const first = parsed.terms[0];
  return parsed.terms.length >= 3 && !!first && OPENER_SETS[lang].has(foldWord(first.text.toLowerCase()));
}

/** Whether a term frames a question of that language. */
export function isRomanceScaffolding(t: QueryTerm, lang: RomanceLanguage): boolean {
  return SCAFFOLDING_SETS[lang].has(foldWord(t.text.toLowerCase()));
}

/** Whether a word is one of the language's function words (no typo, no acronym). */
export function isRomanceFunctionWord(word: string, lang: RomanceLanguage): boolean {
  return FUNCTION_WORDS[lang].has(foldWord(word.toLowerCase()));
}
