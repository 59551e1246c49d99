// A document spells out the bodies it cites by acronym ("the World Food Programme (WFP)"), and its
// notes then name their units by the acronym ("WFP Procurement"): three capitals before a word
// had read there as a person's initials run together ("AJR Groom") wherever the taxonomy does not
// list the body (meta43). The acronyms a document defines so are bodies in its notes.

/** Three capitals in brackets, as a definition closes: "(WFP)". */
const DEFINED = /\((\p{Lu}{3})\)/gu;
/** Words skipped in a name's initials: "Office for the Coordination of …", "Médecins Sans Frontières". */
const LINKING = /^(?:of|for|the|and|on|in|to|de|du|des|la|le|les|el|los|pour|sur|y|et|&)$/iu;
/** How far before the bracket a definition's name may start. */
const NAME_REACH = 120;

/**
 * The three-capital acronyms `texts` define by the capitalised words just before them, each
 * word's initial one of the acronym's letters in order ("Danish Refugee Council (DRC)",
 * "Overseas Development Institute (ODI)"); linking words between them are skipped.
 */
export function definedAcronyms(texts: Iterable<string>): Set<string> {
  const found = new Set<string>();
  for (const text of texts) {
    if (!text.includes('(')) continue;
    for (const m of text.matchAll(DEFINED)) {
      const acronym = m[1];
      const words = text
        .slice(Math.max(0, m.index - NAME_REACH), m.index)
        .split(/\s+/)
        .filter((w) => w && !LINKING.test(w));
      const name = words.slice(-acronym.length);
      if (name.length === acronym.length && name.every((w, i) => w.startsWith(acronym[i]) && /^\p{Lu}\p{Ll}/u.test(w))) found.add(acronym);
    }
  }
  return found;
}

/** `places` with the acronyms `texts` define, as printed; `places` itself when they define none it lacks. */
export function withDefinedAcronyms(places: ReadonlySet<string>, texts: Iterable<string>): ReadonlySet<string> {
  const added = [...definedAcronyms(texts)].filter((a) => !places.has(a));
  return added.length ? new Set([...places, ...added]) : places;
}
