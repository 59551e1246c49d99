import type { CslItem, CslName } from '../../core/types.js';
import { lettersOnly } from '../../core/text.js';
import { familyName, firstAuthorName, issuedYear } from '../../core/csl.js';
import { withoutParticles } from './particles.js';

// Which of a document's own reference entries an in-text citation names. Of the entries with
// the citation's year whose first author's name is the cited name or begins with it as whole
// words, the exact name's where the list has it (with or without its particles), the first whose
// number of authors matches, else the first of another count it may stand for (LINKS):
// "Metcalfe, 2012" and "Metcalfe et al., 2012" are two works, "Metcalfe" is not "Metcalfe-Hough";
// a year's letter, "Smith (2019b)", then picks among the entries so found (below).
// Scanning every entry for every citation was quadratic: a 20,000-entry list cited 40,000 times
// took 226 s of CPU (hostile31); each answer is now read from maps built once.

export type AuthorCount = 'one' | 'two' | 'more';

/** One author's name as printed, with and without its particles ("van der Berg", "Berg"). */
function nameForms(a: CslName): string[] {
  const whole = familyName(a);
  const bare = a.family ? withoutParticles(a.family) : '';
  return lettersOnly(bare) && lettersOnly(bare) !== lettersOnly(whole) ? [whole, bare] : [whole];
}

/** One author's name as a text may cite it: its letters with and without its particles ("vanderberg", "berg"). */
const nameKeys = (a: CslName): string[] => nameForms(a).map(lettersOnly);

// A cited name finds a longer listed one only by its first words: a hostile entry of thousands of
// words would otherwise key every one of them, each key as long as the words before it.
const MAX_WORDS = 12;

/** Where a printed name's words end, counted in its letters: "Metcalfe-Hough" 8 and 13, "Amnesty International" 7 and 20. */
const wordEnds = (printed: string): number[] => {
  let n = 0;
  return printed
    .split(/[^\p{L}\p{N}]+/u)
    .slice(0, MAX_WORDS)
    .map((w) => (n += lettersOnly(w).length))
    .filter((k) => k > 0);
};

const namesOf = (c: CslItem): CslName[] => (c.author?.length ? c.author : (c.editor ?? []));

/** The first author's name with and without its particles ("deconing", "coning"): the ways a text may cite it. */
export function familyKeys(c: CslItem): string[] {
  return familyForms(c).map(lettersOnly);
}

/** The first author's name as printed, with and without its particles. */
function familyForms(c: CslItem): string[] {
  const first = c.author?.[0] ?? (c.author?.length ? undefined : c.editor?.[0]);
  return first ? nameForms(first) : [firstAuthorName(c)];
}

/** Every author's name of an entry, as in-text citations are compared with them: letters, with and without particles. */
export const authorFamilies = (c: CslItem): string[] => namesOf(c).flatMap(nameKeys);

/**
 * The names a text may cite a pair's second author by, as a first author's are found: with and
 * without its particles, and its first words ("metcalfe" of Metcalfe-Hough, "amnesty" of Amnesty
 * International). Compared by their first 8 letters, "(Smith and Rosenthal 2019)" linked Smith
 * and Rosenthaler (refs43 left it).
 */
function secondKeys(a: CslName): string[] {
  const forms = nameForms(a);
  const last = forms[forms.length - 1];
  const family = lettersOnly(last);
  return [...new Set([...forms.map(lettersOnly), ...wordEnds(last).map((k) => family.slice(0, k))])];
}

/** How many authors an entry gives, as in-text citations count them; `etAl`, its names end in "et al.". */
export function authorCount(c: CslItem, etAl = false): AuthorCount {
  const n = c.author?.length || c.editor?.length || 0;
  return n >= 3 || etAl ? 'more' : n === 2 ? 'two' : 'one';
}

// The counts a citation's may link, best first. A work of one author is never one cited with
// several ("(Smith and Jones 2020)", "(Jones and Lee 2020)" after another work): linked to a Jones
// (2020) of one author where the list holds no pair, it pointed a reader at a wrong work (refs40).
// Of several, two and more stand for each other ("Smith et al." for a pair, as some styles print).
// A citation of one, "(Smith 2017)", is a work of several only where the list holds no other of
// the name and year (ONLY_ONE): every author-date style names both authors of a pair and the first
// with "et al." of more, so the citing author left a name out, and a reader takes the list's one
// work by it; of two such works, which was meant cannot be told (refs41: it linked the first).
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
 * `coauthor`, the second name of a pair ("Lee" of "(Smith and Lee 2020)"), must be the entry's
 * second author where the entry names one: "Smith and Jones (2020)" is another work (refs41).
 */
export function entryLookup(
  entries: readonly CslItem[],
  letters: readonly (string | undefined)[] = [],
  etAl: ReadonlySet<number> = new Set(),
): (family: string, year: number, authors: AuthorCount, letter?: string, carried?: boolean, coauthor?: string) => number {
  const first = new Map<string, number>();
  // the one work a name of a year holds, any count, or null where it holds several (ONLY_ONE
  // above): entries of one title are one work, as notes cite a work again ("Hanlon and Christie,
  // Freedom from Fear … 2016" in two notes)
  const onlyWork = new Map<string, string | null>();
  const note = (key: string, i: number) => {
    if (!first.has(key)) first.set(key, i);
  };
  // an exact name's entries of a year in list order, and the names that print letters
  const inOrder = new Map<string, number[]>();
  const printsLetters = new Set<string>();
  // each entry's second author's names, for a cited pair's second name
  const seconds: string[][] = entries.map((x) => (namesOf(x)[1] ? secondKeys(namesOf(x)[1]) : []));
  // a name's bases: the exact name, each of its first words ("Amnesty" of Amnesty International,
  // "Metcalfe" of Metcalfe-Hough), and the exact name with its second author's. A cited name is
  // another listed one only where it is that name's first words: "(Berg 2019)" is no work of van
  // den Berghe's, "(Smith 2019)" none of Smithson's (refs42), and at any length — "(Rosenthal
  // 2019)" is none of Rosenthaler's, "(Metcalfe-Hou 2020)" none of Metcalfe-Hough's, though they
  // share 8 letters (refs43). Case, diacritics, hyphens, spaces and particles are what a cited
  // name may print otherwise (lettersOnly, nameForms); a letter more or less is another family.
  const exactBases = (year: number, family: string, i: number): string[] => [...new Set([`=${year}|${family}`, ...seconds[i].map((s) => `&${year}|${family}|${s}`)])];
  const prefixBases = (year: number, printed: string): string[] => {
    const family = lettersOnly(printed);
    return [0, ...wordEnds(printed)].map((k) => `<${year}|${family.slice(0, k)}`);
  };
  const years = entries.map(issuedYear);
  entries.forEach((x, i) => {
    const year = years[i];
    if (year === null) return;
    // a set: a name with and without its particles may give one base twice
    const bases = new Set(familyForms(x).flatMap((f) => [...exactBases(year, lettersOnly(f), i), ...prefixBases(year, f)]));
    const work = x.title ? lettersOnly(x.title) : `#${i}`;
    for (const base of bases) onlyWork.set(base, onlyWork.has(base) && onlyWork.get(base) !== work ? null : work);
  });
  // every name as the list prints it before any without its particles: "(Berg 2019)" is Berg's own
  // work before Van der Berg's, wherever the two stand in the list
  for (const form of [0, 1]) {
    entries.forEach((x, i) => {
      const year = years[i];
      const printed = familyForms(x)[form];
      if (year === null || printed === undefined) return;
      const family = lettersOnly(printed);
      const n = authorCount(x, etAl.has(i));
      const letter = letters[i];
      const exact = exactBases(year, family, i);
      for (const base of [...exact, ...prefixBases(year, printed)]) {
        for (const key of [`${base}|${n}`, base]) {
          note(key, i);
          if (letter) note(`${key}#${letter}`, i);
        }
      }
      for (const base of exact) {
        for (const key of [`${base}|${n}`, base]) {
          const same = inOrder.get(key);
          if (same) same.push(i);
          else inOrder.set(key, [i]);
          if (letter) printsLetters.add(key);
        }
      }
    });
  }
  return (family, year, authors, letter, carried = false, coauthor) => {
    // the exact name where the list has it, else a name whose first words the cited one is (Metcalfe-Hough's "Metcalfe")
    const whole = `=${year}|${family}`;
    const exact = first.has(whole);
    const pair = coauthor && exact ? `&${year}|${family}|${coauthor}` : '';
    const prefix = `<${year}|${family}`;
    const name = pair && first.has(pair) ? pair : exact ? whole : prefix;
    const [best, next] = LINKS[authors];
    const keys = [`${name}|${best}`, next ? `${name}|${next}` : name];
    const only = next !== null || typeof onlyWork.get(name) === 'string';
    const found = first.get(keys[0]) ?? (only ? first.get(keys[1]) : undefined) ?? -1;
    // a pair's second name where the entry found names another second author: another work
    const hit = coauthor && found >= 0 && seconds[found].length && !seconds[found].includes(coauthor) ? -1 : found;
    if (!letter) return hit;
    // a cited letter the name's works print picks one of several ("(Smith 2017b)")
    const printed = first.get(`${keys[0]}#${letter}`) ?? first.get(`${keys[1]}#${letter}`);
    if (printed !== undefined && (hit >= 0 || !coauthor)) return printed;
    if (hit < 0) return hit;
    const unread = carried ? -1 : hit;
    // order gives letters within one name only: a prefix's entries are several authors' works
    if (name === prefix) return unread;
    const key = first.has(keys[0]) ? keys[0] : keys[1];
    if (printsLetters.has(key)) return unread;
    return inOrder.get(key)?.[letter.charCodeAt(0) - 97] ?? unread;
  };
}
