// Derived forms of an English word that the Porter stemmer keeps apart although they name the
// same thing: an adverb and its adjective (publicly ↔ public, politically ↔ political), an
// -ous adjective and its -ion noun (cautious ↔ caution, ambitious ↔ ambition), from the derived
// form to its base only. Porter conflates most other derivations (-ness, -ity, -ment, -ation); these three
// it does not. Candidates only: the caller keeps those its corpus uses.

/** Each rule: an ending, and what it may be instead. */
const DERIVATION_RULES: [RegExp, string[]][] = [
  // an adverb → its adjective (the adjective is the concept; not the other way round, which
  // would send every "public" to "publicly")
  [/ally$/, ['al']],
  [/ably$/, ['able']],
  [/ibly$/, ['ible']],
  [/([^e])ily$/, ['$1y']],
  // (a base of five letters or more: "overly" is not about "over")
  [/^(.{4,}[^aeiouyl])ly$/, ['$1']],
  [/([^aeiouyl])ely$/, ['$1e']],
  // an -ous adjective ↔ its -ion noun
  [/ious$/, ['ion']],
  [/([^at])ion$/, ['$1ious']],
  [/([^a])tion$/, ['$1tious']],
  // No -ize rule: "securitization" → "security", "normalization" → "normal" or
  // "militarization" → "military" name another concept, and a query widened by one silently
  // answers about that one (review, 3 December).
];

/** The derived forms of a word these rules allow (those the rules make from its ending), without the word itself. */
export function derivedForms(word: string): string[] {
  const w = word.toLowerCase();
  if (w.length < 5 || !/^\p{L}+$/u.test(w)) return [];
  const out = new Set<string>();
  for (const [from, tos] of DERIVATION_RULES) {
    const m = from.exec(w);
    if (!m) continue;
    for (const to of tos) {
      const v = w.replace(from, to);
      if (v.length >= 4) out.add(v);
    }
  }
  out.delete(w);
  return [...out];
}
