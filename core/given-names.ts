import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './paths.js';

// A name's first word that is a known given name says a person wrote it ("Robert Service",
// "Rose Hill"), where the words alone could be a body's or a subtitle's. The list
// (lexicon/given-names.txt, Moby Word II's given names of English-speaking countries, public domain)
// is English-centric: it may only add evidence for a person, never take it from a name it lacks
// ("Amani Mahmoud"). ~8,400 names, read once when first asked.

let names: ReadonlySet<string> | undefined;

function givenNames(): ReadonlySet<string> {
  names ??= new Set(
    readFileSync(join(projectRoot, 'lexicon', 'given-names.txt'), 'utf8')
      .split('\n')
      .filter((l) => l && !l.startsWith('#'))
      .map((l) => l.trim().toLowerCase()),
  );
  return names;
}

/** Whether a word (any case) is a known given name ("Robert", "Felicity", "Anne-Marie"). */
export const isGivenName = (word: string): boolean => givenNames().has(word.toLowerCase());
