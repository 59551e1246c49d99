import { createRequire } from 'node:module';
import { foldWord } from '../../core/nlp/fold.js';
import { entriesOf, type Taxonomy } from '../../core/taxonomy.js';

// The library holds French and Spanish reports beside English ones (core/nlp/language.ts, the
// taxonomy's cuesByLanguage), and its users type their words: a French or Spanish word is a known
// word, meant as typed, even where this library lacks it and the query is too short to say its
// language ("personnes" is no slip of "personnel", "porque" none of "pursue", "violencia" none of
// "violence"). The English word list (core/english-words.ts) vouches for English words; these two
// vouch for the others: the languages' common words (stopwords-iso: articles, pronouns,
// conjunctions, auxiliaries and the everyday words that go with them, ~700 a language) and the
// words of the taxonomy's own French and Spanish cues, the field's vocabulary in those languages.

/** the languages of the library besides English (core/nlp/language.ts CueLanguage) */
const LANGUAGES = ['fr', 'es'] as const;

let common: Set<string> | undefined;

/** French and Spanish common words, folded (read when a query first has a word the corpus lacks). */
function commonWords(): Set<string> {
  if (common) return common;
  const lists = createRequire(import.meta.url)('stopwords-iso') as Partial<Record<string, unknown>>;
  common = new Set<string>();
  for (const lang of LANGUAGES) {
    const list = lists[lang];
    if (!Array.isArray(list)) continue;
    for (const w of list) if (typeof w === 'string' && /^\p{L}+$/u.test(w)) common.add(foldWord(w.toLowerCase()));
  }
  return common;
}

/** The folded words of the taxonomy's French and Spanish cues ("droits humains", "violencia sexual"). */
export function cueWords(tax: Taxonomy): Set<string> {
  const out = new Set<string>();
  for (const e of entriesOf(tax)) {
    if (!('cuesByLanguage' in e)) continue;
    for (const lang of LANGUAGES) for (const phrase of Object.keys(e.cuesByLanguage[lang] ?? {})) for (const w of phrase.toLowerCase().match(/\p{L}+/gu) ?? []) out.add(foldWord(w));
  }
  return out;
}

/** Whether a word (any case, accents or none) is a French or Spanish word: a common one, or one of `cues` (cueWords). */
export function isForeignWord(word: string, cues?: ReadonlySet<string>): boolean {
  const w = foldWord(word.toLowerCase());
  return !!cues?.has(w) || commonWords().has(w);
}

/** how many of a query's other words must be English only for it to say its language (saysEnglish) */
const ENGLISH_WORDS = 2;

/**
 * Whether a query's other words say it is written in English: ENGLISH_WORDS or more of them are
 * words of English (`isEnglish`: the English list, its stop words) that are no French or Spanish
 * word. A French or Spanish word is meant as typed because a short query cannot say its
 * language; where its other words say English, a word of those languages alone is likelier a
 * slip of an English word ("posible violations of the law": possible), as before lang27.
 */
export function saysEnglish(others: readonly string[], isEnglish: (w: string) => boolean, cues?: ReadonlySet<string>): boolean {
  let n = 0;
  for (const w of others) if (isEnglish(w) && !isForeignWord(w, cues) && ++n >= ENGLISH_WORDS) return true;
  return false;
}
