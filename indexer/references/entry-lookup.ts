import type { CslItem } from '../../core/types.js';
import { lettersOnly } from '../../core/text.js';
import { firstAuthorName, issuedYear } from '../../core/csl.js';

// Which of a document's own reference entries an in-text citation names. Of the entries with
// the citation's year whose first author's name starts with the cited name's first 8 letters,
// the first whose name is exactly the cited one and whose number of authors matches, else the
// first with the exact name, else the first with the number of authors, else the first:
// "Metcalfe, 2012" and "Metcalfe et al., 2012" are two works, "Metcalfe" is not "Metcalfe-Hough".
// Scanning every entry for every citation was quadratic: a 20,000-entry list cited 40,000 times
// took 226 s of CPU (hostile31); each answer is now read from maps built once.

export type AuthorCount = 'one' | 'two' | 'more';

/** The first author's name as in-text citations are compared with it: its letters. */
export const familyKey = (c: CslItem): string => lettersOnly(firstAuthorName(c));

const PREFIX = 8;

function authorCount(c: CslItem): AuthorCount {
  const n = c.author?.length || c.editor?.length || 0;
  return n >= 3 ? 'more' : n === 2 ? 'two' : 'one';
}

/** A lookup over `entries`: the index of the entry a citation of `family` in `year` by `authors` names, or -1. */
export function entryLookup(entries: readonly CslItem[]): (family: string, year: number, authors: AuthorCount) => number {
  const first = new Map<string, number>();
  const note = (key: string, i: number) => {
    if (!first.has(key)) first.set(key, i);
  };
  entries.forEach((x, i) => {
    const year = issuedYear(x);
    if (year === null) return;
    const family = familyKey(x);
    const n = authorCount(x);
    note(`=${year}|${family}|${n}`, i);
    note(`=${year}|${family}`, i);
    // every prefix a cited name's first 8 letters can be: a shorter cited name is a prefix itself
    for (let k = 0; k <= Math.min(PREFIX, family.length); k++) {
      const p = family.slice(0, k);
      note(`<${year}|${p}|${n}`, i);
      note(`<${year}|${p}`, i);
    }
  });
  return (family, year, authors) => {
    const p = family.slice(0, PREFIX);
    return first.get(`=${year}|${family}|${authors}`) ?? first.get(`=${year}|${family}`) ?? first.get(`<${year}|${p}|${authors}`) ?? first.get(`<${year}|${p}`) ?? -1;
  };
}
