import { createRequire } from 'node:module';
import { englishOrUnknown } from '../../core/csl.js';

// citeproc title-cases an English title for a style that asks it (Chicago) and leaves lower case
// every word of its list of prepositions, conjunctions and articles. Some of those words are
// adjectives too ("the next decade", "the inside story", "a near miss"), and citeproc has no way
// of telling: "An Agenda for the next Decade". A word right after an article or a determiner is
// never a preposition, so it is capitalised before citeproc sees the title; citeproc keeps a
// capital it is given.

const require = createRequire(import.meta.url);
let prepositions: Set<string> | undefined;

/** Words that are never prepositions: the list's articles, conjunctions and name particles. */
const NOT_PREPOSITIONS = new Set(['a', 'an', 'the', 'and', 'or', 'nor', 'but', 'yet', 'so', 'de', "d'", 'von', 'van', 'c', 'ca', 'et', 'al']);

/** citeproc's own list of words it leaves in lower case (one word each), as it is loaded for every title-cased style. */
function skipped(): Set<string> {
  if (prepositions) return prepositions;
  const words = (require('citeproc') as { SKIP_WORDS: string[] }).SKIP_WORDS.map((w) => w.trim());
  return (prepositions = new Set(words.filter((w) => !/\s/.test(w) && !NOT_PREPOSITIONS.has(w))));
}

const AFTER_DETERMINER = /(?<!\p{L})(the|a|an|this|that|these|those|its|their|our|his|her|every|each)(\s+)(\p{Ll}+)(?!\p{L})/giu;

/** The item with each listed word that follows an article or determiner capitalised, for a style that title-cases. */
export function titleCaseReady<T extends { title?: string; language?: unknown }>(csl: T): T {
  if (!csl.title || !englishOrUnknown(csl)) return csl;
  const words = skipped();
  const title = csl.title.replace(AFTER_DETERMINER, (m, det: string, space: string, word: string) => (words.has(word) ? `${det}${space}${word.charAt(0).toUpperCase()}${word.slice(1)}` : m));
  return title === csl.title ? csl : { ...csl, title };
}
