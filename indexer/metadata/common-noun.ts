import { isEnglishWord } from '../../core/english-words.js';
import { isGivenName } from '../../core/given-names.js';
import { organisationName } from './body-name.js';

// A title-case subtitle under a title ("Climate Security", "Humanitarian Action Perspectives")
// has the shape of a byline, and had been read as the work's author (meta38). What tells them
// apart is a word's kind: a subtitle names a matter, with an abstract noun ("security",
// "operations", "protection", "governance"), and a person's family name is rarely one. Being a
// word of English says little alone ("Green", "Hill", "Smith", "Gilder" are words of the list),
// so the word must also end as English abstract nouns are made (-tion, -ity, -ment, -ness ...).
// Both are needed: "Guinness" and "Lawrence" end so and are no words of the list.
// A given-name list (core/given-names.ts, meta39) tells the rest: a name of plain English words
// whose first word is no given name is a matter ("Armed Groups", "Hard Choices", "Local
// Voices"), and a virtue first in a name is a given name only where it is one ("Felicity
// Jones", not "Security Dilemmas").

/** Suffixes no person's name ends in, with the letters a stem needs before them ("Clement" keeps its name). */
const ABSTRACT = /(?:\p{L}{2}(?:[st]ions?|ness|isms?|ships?|ities)|\p{L}{4}(?:ments?|ances?|ences?)|\p{L}{2}ity)$/iu;
/** The same made as given names are: a virtue ("Felicity", "Charity", "Prudence", "Florence"), where the list knows it. */
const VIRTUE = /(?:ity|ance|ence)$/iu;

/**
 * Whether a capitalised word is an English abstract noun, no name. `given`: the word stands
 * first in a name, where a virtue is a given name.
 */
export function commonNoun(word: string, given = false): boolean {
  if (!ABSTRACT.test(word) || (given && VIRTUE.test(word) && isGivenName(word))) return false;
  return isEnglishWord(word);
}

/** A person's initial ("A.", "J", "AJR" printed without stops). */
const INITIALS = /^\p{Lu}{1,3}\.?$/u;

/**
 * Whether a would-be person's name of two words or more is plain English words whose first is
 * no given name nor initial ("Armed Groups"): a subtitle's. A name with a word that is no English
 * word ("Amani Mahmoud", "Ki-moon") is not judged so: the list knows English names only. Nor one
 * whose first word ends in "a": the list misses many women's names made so in other languages
 * that the word list has ("Kamala", "Gemma"), and few subtitles open with such a word. A body's
 * name is plain words too ("Human Rights Watch"): it is read as the body it is.
 */
function plainWords(words: readonly string[]): boolean {
  if (words.length < 2 || INITIALS.test(words[0]) || isGivenName(words[0]) || /a$/i.test(words[0])) return false;
  return words.every((w) => /^\p{L}+$/u.test(w) && isEnglishWord(w)) && !organisationName(words.join(' '));
}

/**
 * A middle initial, stopped or alone ("Verity J. Smith", "Verity J Smith"): no subtitle of plain
 * words has one. Alone, "A" and "I" are as often a title-cased subtitle's article or pronoun
 * ("Towards A New Agenda", "Lessons From A Decade" had become authors, review41).
 */
const MIDDLE_INITIAL = /^(?:\p{Lu}\.|(?![AI]$)\p{Lu})$/u;

/** A family name set in capitals after a given name that is not ("Serenity SMITH"): the French and Dutch way of setting a surname apart, which no subtitle has. */
const capitalFamily = (raw: readonly string[]): boolean => {
  const last = raw[raw.length - 1];
  return raw.length >= 2 && /\p{L}{2}/u.test(last) && !/\p{Ll}/u.test(last) && /\p{Ll}/u.test(raw[0]);
};

/**
 * Whether a would-be person's name ("Climate Security", "Armed Groups") names a matter, not a
 * person. A second sign of a person — a middle initial, a family name in capitals, or
 * `personCue`: an affiliation or an address under the line, a known person listed beside it
 * (namedAmongPeople) — outweighs what the English-only given-name list says of a
 * given name it lacks ("Verity Smith" read as a virtue, "Hard Choices" as plain words), though
 * not an abstract noun after the first word ("Urban Resilience").
 */
export function namesMatter(name: string, personCue = false): boolean {
  const raw = name.trim().split(/\s+/);
  // an initial first, stopped or alone, is a person's ("A. Mission"); "UN" may open a body's name
  if (/^(?:\p{Lu}\.)+$|^\p{Lu}$/u.test(raw[0])) return false;
  const words = raw.map((w) => w.replace(/[^\p{L}'’-]/gu, ''));
  const person = personCue || capitalFamily(raw) || raw.slice(1, -1).some((w) => MIDDLE_INITIAL.test(w));
  // with a second sign of a person, a virtue first is a given name the list lacks ("Verity")
  const given = (w: string, i: number) => i === 0 && person && VIRTUE.test(w);
  if (words.some((w, i) => !given(w, i) && commonNoun(w, i === 0))) return true;
  return !person && plainWords(words);
}

/** Two or three capitalised words: a name's shape, as a byline lists them. */
const NAME_SHAPE = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,2}$/u;

/**
 * Whether names listed together ("Serenity Smith, John Jones", "John Jones and Serenity Smith")
 * hold a known person beside the others, every one name-shaped: a byline lists people, and a
 * subtitle is no item of such a list, so the others are people too where the list lacks their
 * given names. Known: an initial first, or a given name of the list with a word that is no
 * English word ("John Jones", "Hugo Slim") — the list holds words a subtitle opens with ("Early
 * Warning", "Field Notes"), which would vouch for a subtitle beside them ("Lessons Learned and
 * Early Warning"). A subtitle joined by "and" ("Peace and Security") has no name-shaped items.
 */
export function namedAmongPeople(names: readonly string[]): boolean {
  const items = names.map((n) => n.trim()).filter(Boolean);
  if (items.length < 2 || !items.every((n) => NAME_SHAPE.test(n))) return false;
  return items.some((n) => {
    const words = n.split(/\s+/);
    const known = /^(?:\p{Lu}\.)+$/u.test(words[0]) || (isGivenName(words[0]) && words.some((w) => !isEnglishWord(w.replace(/[^\p{L}'’-]/gu, ''))));
    return known && !namesMatter(n);
  });
}
