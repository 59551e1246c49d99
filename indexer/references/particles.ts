import type { CslName } from '../../core/types.js';

// Name particles ("von", "de", "dos", "van der"): the lower-case words between a person's given
// names and family name. BibTeX's "von" part and CSL's particles exist for them; read as
// ordinary words they either stopped a name being inverted ("Barbara von Tigerstrom" kept as a
// literal) or were lost ("von Tigerstrom, B." read as "Tigerstrom"). Kept as CSL's
// non-dropping particle, the name is cited and sorted as the citing list prints it
// ("von Tigerstrom, Barbara", "de Coning, Cedric").

const PARTICLE_WORDS = ['von', 'van', 'vom', 'zu', 'zum', 'zur', 'de', 'der', 'den', 'des', 'del', 'della', 'di', 'du', 'da', 'das', 'dos', 'do', 'la', 'le', 'ter', 'ten', 'op', "d'", "l'"];

/** One particle word, for building patterns: "von", "de", "dos" ("d'" runs into the name). */
export const PARTICLE = `(?:${PARTICLE_WORDS.filter((w) => !w.endsWith("'")).join('|')})`;

const IS_PARTICLE = new Set(PARTICLE_WORDS);

/**
 * "Barbara von Tigerstrom", "Carlos Alberto dos Santos Cruz", "Pieter van der Berg" as given
 * names, particle and family name (BibTeX's "First von Last": the family name is every word
 * after the particles); null when the words hold no particle between capitalised words.
 */
export function splitParticle(words: readonly string[]): CslName | null {
  const first = words.findIndex((w) => IS_PARTICLE.has(w));
  if (first < 1) return null;
  let last = first;
  while (last + 1 < words.length && IS_PARTICLE.has(words[last + 1])) last++;
  const given = words.slice(0, first);
  const family = words.slice(last + 1);
  const capitalised = (w: string) => /^[\p{Lu}]/u.test(w);
  if (!family.length || !given.every(capitalised) || !family.every(capitalised)) return null;
  return { family: family.join(' '), given: given.join(' '), 'non-dropping-particle': words.slice(first, last + 1).join(' ') };
}

/** "von Tigerstrom" as an inverted name's family part: the particle apart; the family alone as it is. */
export function familyWithParticle(family: string): Pick<CslName, 'family' | 'non-dropping-particle'> {
  const words = family.trim().split(/\s+/);
  let n = 0;
  while (n < words.length - 1 && IS_PARTICLE.has(words[n])) n++;
  return n ? { 'non-dropping-particle': words.slice(0, n).join(' '), family: words.slice(n).join(' ') } : { family: family.trim() };
}
