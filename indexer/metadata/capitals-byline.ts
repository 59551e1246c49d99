import { isGivenName } from '../../core/given-names.js';

// amsart (LaTeX's AMS article class) and some journals print the byline in capitals under the
// title ("JANE Q. DOE AND JOHN SMITH"). In capitals a title, a body's name ("UNITED NATIONS OFFICE
// FOR …") and a heading look alike, and nothing but the words tells a byline: each name opens
// with a known given name or an initial. The list is English-centric, so a byline whose names it
// lacks stays unread (as every capitals line was before), never a wrong name.

const SEPARATOR = /\s*,\s*|\s+(?:AND|&)\s+/u;
const INITIAL = /^\p{Lu}\.(?:-?\p{Lu}\.)*$/u;
const WORD = /^\p{Lu}[\p{Lu}'’.-]*$/u;
// lower case inside a name, as a family name writes them ("Pieter van der Berg")
const PARTICLE = /^(?:van|von|der|den|de|del|della|dei|di|da|das|dos|do|du|la|le|ter|ten|bin|bint|ibn)$/u;
const MOST_WORDS = 5;

/** Whether the line has letters and all of them are capitals. */
export const inCapitals = (text: string): boolean => /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);

/** "TOMÁS" is the list's "Tomas": the list writes no accents. */
const givenName = (word: string): boolean => isGivenName(word) || isGivenName(word.normalize('NFD').replace(/\p{M}/gu, ''));

/** A word in its usual case: "HADDAD" → "Haddad", "O'BRIEN" → "O'Brien", "JEAN-PIERRE" → "Jean-Pierre". */
function usualCase(word: string, first: boolean): string {
  const lower = word.toLowerCase();
  if (!first && PARTICLE.test(lower)) return lower;
  return lower.replace(/(^|[-'’.])(\p{L})/gu, (_, mark: string, letter: string) => mark + letter.toUpperCase());
}

/**
 * A line in capitals that reads as people's names, written in their usual case ("RANIA HADDAD AND
 * TOMÁS FERREIRA" → "Rania Haddad and Tomás Ferreira"), or null. `known` says whether a name or
 * word, lower-cased, is a place's or a body's: a name holding one is no person's.
 */
export function capitalsByline(text: string, known: (lowerCased: string) => boolean): string | null {
  const line = text.trim();
  if (!inCapitals(line)) return null;
  const names = line.split(SEPARATOR);
  const cased: string[] = [];
  for (const name of names) {
    const words = name.split(/\s+/).filter(Boolean);
    if (words.length < 2 || words.length > MOST_WORDS || !words.every((w) => WORD.test(w))) return null;
    if (!INITIAL.test(words[0]) && !givenName(words[0].split('-')[0])) return null;
    if (known(name.toLowerCase()) || words.some((w) => known(w.toLowerCase()))) return null;
    cased.push(words.map((w, k) => usualCase(w, k === 0)).join(' '));
  }
  const separators = [...line.matchAll(new RegExp(SEPARATOR.source, 'gu'))].map((m) => (m[0].includes(',') ? ', ' : m[0].includes('&') ? ' & ' : ' and '));
  return cased.map((n, k) => (k === 0 ? n : separators[k - 1] + n)).join('');
}
