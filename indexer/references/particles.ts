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

// An organisation's name holds particles as well ("Commission de la Paix", "Ministère de la
// Défense", "Universidad de los Andes"), and there the words before them are its kind, no given
// names: read as "First von Last" it was a person named "Paix". The kinds of body, in the
// languages of the corpus's reference lists.
const ORGANISATION_KINDS = new Set(
  [
    'commission', 'comisión', 'comissão', 'kommission', 'committee', 'comité', 'comitato', 'council', 'conseil', 'consejo', 'conselho',
    'ministry', 'ministère', 'ministerio', 'ministério', 'ministerium', 'ministero', 'office', 'bureau', 'oficina', 'agency', 'agence', 'agencia',
    'institute', 'institut', 'instituto', 'istituto', 'university', 'université', 'universidad', 'universidade', 'università', 'universität',
    'bank', 'banque', 'banco', 'centre', 'center', 'centro', 'zentrum', 'foundation', 'fondation', 'fundación', 'fundação', 'stiftung', 'fondazione',
    'organisation', 'organization', 'organización', 'organização', 'federation', 'fédération', 'federación', 'association', 'asociación', 'associação',
    'society', 'société', 'sociedad', 'secretariat', 'secrétariat', 'secretaría', 'group', 'groupe', 'grupo', 'government', 'gouvernement', 'gobierno',
    'governo', 'republic', 'république', 'república', 'tribunal', 'court', 'cour', 'corte', 'assembly', 'assemblée', 'asamblea', 'programme', 'programa',
    'fund', 'fonds', 'fondo', 'service', 'servicio', 'direction', 'dirección', 'department', 'département', 'departamento', 'observatory', 'observatoire',
    'observatorio', 'alliance', 'alianza', 'union', 'unión', 'movement', 'mouvement', 'movimiento', 'nations', 'naciones', 'défenseur', 'defensoría',
  ],
);

// An office's title names no person either: "Police Commissioner", "UN High Commissioner" (the
// notes' own test, before it was this one, matched "commission" inside the word and read them so).
const OFFICES = new Set(['commissioner']);

/**
 * Whether the words of a name hold a kind of body ("Council", "Agencies", "Ministère") or an
 * office, in the singular or an English plural: then the name is an organisation's, no person's.
 */
export function namesABody(words: readonly string[]): boolean {
  return words.some((w) => {
    const l = w.toLowerCase();
    const one = [l, l.replace(/ies$/, 'y'), l.replace(/s$/, '')];
    return one.some((x) => ORGANISATION_KINDS.has(x) || OFFICES.has(x));
  });
}

/**
 * "Barbara von Tigerstrom", "Carlos Alberto dos Santos Cruz", "Pieter van der Berg" as given
 * names, particle and family name (BibTeX's "First von Last": the family name is every word
 * after the particles); null when the words hold no particle between capitalised words, or
 * when the words before it name a kind of body (an organisation's name).
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
  if (namesABody(given)) return null;
  return { family: family.join(' '), given: given.join(' '), 'non-dropping-particle': words.slice(first, last + 1).join(' ') };
}

/** "von Tigerstrom" as an inverted name's family part: the particle apart; the family alone as it is. */
export function familyWithParticle(family: string): Pick<CslName, 'family' | 'non-dropping-particle'> {
  const words = family.trim().split(/\s+/);
  let n = 0;
  while (n < words.length - 1 && IS_PARTICLE.has(words[n])) n++;
  return n ? { 'non-dropping-particle': words.slice(0, n).join(' '), family: words.slice(n).join(' ') } : { family: family.trim() };
}

// A particle printed with a capital belongs to the family name as a reference manager stores it
// ("De Mistura", "Le Roux", "Van Rompuy": Zotero's and CSL's family, no particle apart), and a
// family name printed in capitals is the whole run of them ("Pieter VAN DER MEER", the French
// and Dutch way of setting a surname apart). Read as BibTeX reads capitalised words, the family
// was the last word alone and the rest given names ("Mistura, Staffan De"; review32). "Do" is
// left out: it is a given or family name of its own as often as a particle.
const CAPITAL_PARTICLES = new Set(PARTICLE_WORDS.filter((w) => !w.endsWith("'") && w !== 'do'));
const allCaps = (w: string): boolean => /\p{Lu}/u.test(w) && !/\p{Ll}/u.test(w);

/**
 * Where the family name starts in a name written given names first, every word capitalised
 * ("Staffan De Mistura": 1, "Pieter VAN DER MEER": 1, "Hugo Slim": 1): at a trailing run of
 * words in capitals after given names that are not, else at the first capitalised particle with
 * a word after it, else at the last word.
 */
export function familyStart(words: readonly string[]): number {
  let caps = words.length;
  while (caps > 0 && allCaps(words[caps - 1]) && /\p{L}{2}/u.test(words[caps - 1])) caps--;
  if (caps > 0 && caps < words.length && !words.slice(0, caps).every(allCaps)) return caps;
  const particle = words.findIndex((w, i) => i > 0 && i < words.length - 1 && CAPITAL_PARTICLES.has(w.toLowerCase()));
  return particle > 0 ? particle : words.length - 1;
}

/** A name written given names first, every word capitalised, read as family and given names at familyStart. */
export function givenFirst(words: readonly string[]): CslName {
  const at = familyStart(words);
  return { family: words.slice(at).join(' '), given: words.slice(0, at).join(' ') };
}
