import { isEnglishWord } from '../../core/english-words.js';

// A title-case subtitle under a title ("Climate Security", "Humanitarian Action Perspectives")
// has the shape of a byline, and had been read as the work's author (meta38). What tells them
// apart is a word's kind: a subtitle names a matter, with an abstract noun ("security",
// "operations", "protection", "governance"), and a person's family name is rarely one. Being a
// word of English says little alone ("Green", "Hill", "Smith", "Gilder" are words of the list),
// so the word must also end as English abstract nouns are made (-tion, -ity, -ment, -ness ...).
// Both are needed: "Guinness" and "Lawrence" end so and are no words of the list.

/** Suffixes no person's name ends in, with the letters a stem needs before them ("Clement" keeps its name). */
const ABSTRACT = /(?:\p{L}{2}(?:[st]ions?|ness|isms?|ships?|ities)|\p{L}{4}(?:ments?|ances?|ences?)|\p{L}{2}ity)$/iu;
/** The same made as given names are: a virtue ("Felicity", "Charity", "Prudence", "Florence"). */
const VIRTUE = /(?:ity|ance|ence)$/iu;

/**
 * Whether a capitalised word is an English abstract noun, no name. `given`: the word stands
 * first in a name, where a virtue is a given name.
 */
export function commonNoun(word: string, given = false): boolean {
  if (!ABSTRACT.test(word) || (given && VIRTUE.test(word))) return false;
  return isEnglishWord(word);
}

/** Whether a would-be person's name ("Climate Security") has a word that names a matter, not a person. */
export function namesMatter(name: string): boolean {
  return name
    .trim()
    .split(/\s+/)
    .some((w, i) => commonNoun(w.replace(/[^\p{L}'’-]/gu, ''), i === 0));
}
