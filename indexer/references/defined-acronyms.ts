// A document spells out the bodies it cites by acronym ("the World Food Programme (WFP)"), and its
// notes then name their units by the acronym ("WFP Procurement"): three capitals before a word
// had read there as a person's initials run together ("AJR Groom") wherever the taxonomy does not
// list the body (meta43). The acronyms a document defines so are bodies in its notes.

import { nameFor } from '../build-terms.js';

/** Three capitals in brackets, as a definition closes: "(WFP)". */
const DEFINED = /\((\p{Lu}{3})\)/gu;
/** How far before the bracket a definition's name may start. */
const NAME_REACH = 120;

/**
 * The three-capital acronyms `texts` define by the words just before them, as the corpus's
 * acronym finder reads a definition (build-terms.ts nameFor: the initials of a capitalised run,
 * small words and hyphens allowed: "Danish Refugee Council (DRC)", "Office of the Special Envoy
 * (OSE)").
 */
export function definedAcronyms(texts: Iterable<string>): Set<string> {
  const found = new Set<string>();
  for (const text of texts) {
    if (!text.includes('(')) continue;
    for (const m of text.matchAll(DEFINED)) if (!found.has(m[1]) && nameFor(m[1], text.slice(Math.max(0, m.index - NAME_REACH), m.index))) found.add(m[1]);
  }
  return found;
}
/** `places` with the acronyms `texts` define, as printed; `places` itself when they define none it lacks. */
export function withDefinedAcronyms(places: ReadonlySet<string>, texts: Iterable<string>): ReadonlySet<string> {
  const added = [...definedAcronyms(texts)].filter((a) => !places.has(a));
  return added.length ? new Set([...places, ...added]) : places;
}
