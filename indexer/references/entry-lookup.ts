import type { CslItem } from '../../core/types.js';
import { lettersOnly } from '../../core/text.js';
import { firstAuthorName, issuedYear } from '../../core/csl.js';
import { withoutParticles } from './particles.js';

// Which of a document's own reference entries an in-text citation names. Of the entries with
// the citation's year whose first author's name starts with the cited name's first 8 letters,
// the exact name's where the list has it (with or without its particles), the first whose
// number of authors matches, else the first of another count it may stand for (LINKS):
// "Metcalfe, 2012" and "Metcalfe et al., 2012" are two works, "Metcalfe" is not "Metcalfe-Hough";
// a year's letter, "Smith (2019b)", then picks among the entries so found (below).
// Scanning every entry for every citation was quadratic: a 20,000-entry list cited 40,000 times
// took 226 s of CPU (hostile31); each answer is now read from maps built once.

export type AuthorCount = 'one' | 'two' | 'more';

/** The first author's name as in-text citations are compared with it: its letters. */
export const familyKey = (c: CslItem): string => lettersOnly(firstAuthorName(c));

/** The first author's name with and without its particles ("deconing", "coning"): the ways a text may cite it. */
export function familyKeys(c: CslItem): string[] {
  const first = c.author?.[0] ?? (c.author?.length ? undefined : c.editor?.[0]);
  const bare = first?.family ? lettersOnly(withoutParticles(first.family)) : '';
  const whole = familyKey(c);
  return bare && bare !== whole ? [whole, bare] : [whole];
}

/** Every author's name of an entry, as in-text citations are compared with them: letters. */
export const authorFamilies = (c: CslItem): string[] => (c.author?.length ? c.author : (c.editor ?? [])).map((a) => lettersOnly(a.family ?? a.literal ?? ''));

const PREFIX = 8;

/** How many authors an entry gives, as in-text citations count them; `etAl`, its names end in "et al.". */
export function authorCount(c: CslItem, etAl = false): AuthorCount {
  const n = c.author?.length || c.editor?.length || 0;
  return n >= 3 || etAl ? 'more' : n === 2 ? 'two' : 'one';
}

// The counts a citation's may link, best first. A work of one author is never one cited with
// several ("(Smith and Jones 2020)", "(Jones and Lee 2020)" after another work): linked to a Jones
// (2020) of one author where the list holds no pair, it pointed a reader at a wrong work (refs40).
// Of several, two and more stand for each other ("Smith et al." for a pair, as some styles print).
const LINKS: Record<AuthorCount, [AuthorCount, AuthorCount | null]> = { one: ['one', null], two: ['two', 'more'], more: ['more', 'two'] };

/**
 * A lookup over `entries`: the index of the entry a citation of `family` in `year` by `authors`
 * names, or -1. `letters[i]` is the letter entry i prints after its year ("Smith, J. (2019b)").
 * A cited letter ("Smith (2019b)") picks the entry of the found name that prints it; where none of
 * that name's entries of the year prints a letter, the list's order gives them (APA 7 §8.19: a
 * list orders an author's works of a year as their letters do), so the second is b. A letter the
 * list cannot give (2019a with one entry, 2019c with two) names what it named without one — unless
 * it is `carried`, the author taken from the citation before it ("b" of "(Smith 2019a, b)"): then
 * it names nothing, since what it named without its letter is the work cited just before.
 */
export function entryLookup(
  entries: readonly CslItem[],
  letters: readonly (string | undefined)[] = [],
  etAl: ReadonlySet<number> = new Set(),
): (family: string, year: number, authors: AuthorCount, letter?: string, carried?: boolean) => number {
  const first = new Map<string, number>();
  const note = (key: string, i: number) => {
    if (!first.has(key)) first.set(key, i);
  };
  // an exact name's entries of a year in list order, and the names that print letters
  const inOrder = new Map<string, number[]>();
  const printsLetters = new Set<string>();
  // Every entry's whole name first, then the names without particles: "(Silva 2020)" is Silva's
  // work before Da Silva's listed above it, and a bare name's letters count among its bearer's
  // works only (review41: it had linked Da Silva's). A citation that writes the particle, "(de
  // Silva 2020)", is looked up whole first (graph.ts).
  const whole = new Set<string>();
  for (const pass of [0, 1]) {
    entries.forEach((x, i) => {
      const year = issuedYear(x);
      const family = familyKeys(x)[pass];
      if (year === null || family === undefined) return;
      const n = authorCount(x, etAl.has(i));
      const letter = letters[i];
      const keys = [`=${year}|${family}|${n}`, `=${year}|${family}`];
      // every prefix a cited name's first 8 letters can be: a shorter cited name is a prefix itself
      for (let k = 0; k <= Math.min(PREFIX, family.length); k++) {
        const p = family.slice(0, k);
        keys.push(`<${year}|${p}|${n}`, `<${year}|${p}`);
      }
      for (const key of keys) {
        note(key, i);
        if (letter) note(`${key}#${letter}`, i);
      }
      for (const key of keys.slice(0, 2)) {
        if (pass === 0) whole.add(key);
        else if (whole.has(key)) continue;
        const same = inOrder.get(key);
        if (same) same.push(i);
        else inOrder.set(key, [i]);
        if (letter) printsLetters.add(key);
      }
    });
  }
  return (family, year, authors, letter, carried = false) => {
    // the exact name where the list has it, else a name the cited one begins (Metcalfe-Hough's "Metcalfe")
    const exact = first.has(`=${year}|${family}`);
    const name = exact ? `=${year}|${family}` : `<${year}|${family.slice(0, PREFIX)}`;
    const [best, next] = LINKS[authors];
    const keys = [`${name}|${best}`, next ? `${name}|${next}` : name];
    const hit = first.get(keys[0]) ?? first.get(keys[1]) ?? -1;
    if (!letter || hit < 0) return hit;
    const printed = first.get(`${keys[0]}#${letter}`) ?? first.get(`${keys[1]}#${letter}`);
    if (printed !== undefined) return printed;
    const unread = carried ? -1 : hit;
    // order gives letters within one name only: a prefix's entries are several authors' works
    if (!exact) return unread;
    const key = first.has(keys[0]) ? keys[0] : keys[1];
    if (printsLetters.has(key)) return unread;
    return inOrder.get(key)?.[letter.charCodeAt(0) - 97] ?? unread;
  };
}
