import { isEnglishWord } from '../../core/english-words.js';
import { isGivenName } from '../../core/given-names.js';
import type { CslName } from '../../core/types.js';
import { PUBLISHING_CITIES } from './publishing-cities.js';

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

// Irish and Scottish patronymic prefixes printed apart ("Ó Briain", "Ní Aoláin", "Mac Giolla",
// "Nic Giolla Phádraig") and the Arabic article joined by a hyphen ("al-Hakim", "el-Masri") are
// the family name's first word, filed and cited with it: read from the capital word after them,
// "(Ó Briain 2019)" cited "Briain", "Ó Briain, S." was no inverted name at all (a lone capital is
// none) and "al-Hakim, M." none either (refs43). Kept in the family name; only the look-up of a
// cited name tries the Arabic article's name without it (ARTICLE, below).
const PREFIX_WORDS = ['Ó', 'O\u0301', 'Ní', 'Nic', 'Mac', 'Mc', 'Mhic', 'Uí', 'Ua'];
const prefixPattern = (words: readonly string[]): string => String.raw`(?:(?:${words.join('|')})\s+(?=\p{Lu})|(?<![\p{L}'’-])(?:al|el)[-‐](?=\p{Lu}))`;
/** A family name's prefix with what parts it from the name ("Ó ", "Mac ", "al-"), for building patterns. */
export const NAME_PREFIX = prefixPattern(PREFIX_WORDS);
// "O Briain", the Ó as English-language lists and keyboards often print it, opens the family name
// where no initial can stand before one: a citation and an inverted name. Read from "Briain",
// "(O Briain 2019)" linked another family's Briain and "O Briain, S." was two bodies, "O Briain"
// and "S." (review44). In a list of initials ("A. O Smith") a lone O may be an initial without
// its stop, so NAME_PREFIX, which those lists read, leaves it out.
/** NAME_PREFIX with the unaccented "O ", for a family name no initial can precede. */
export const FAMILY_PREFIX = prefixPattern([...PREFIX_WORDS, 'O']);
const IS_PREFIX_WORD = new Set(PREFIX_WORDS);

// A particle printed with a capital before lower-case ones opens the family name as a reference
// manager files it: "Van der Berg, P." is CSL's and citation-js's family "Van der Berg" (a particle
// stands apart only in lower case). Read from its capital word on, the entry was filed under "Berg"
// and "(Van der Berg 2019)" linked nothing (refs41). "Do" is a given name as often.
/** One particle word with its capital, for building patterns: "Van", "De", "Dos". */
export const CAPITAL_PARTICLE = `(?:${PARTICLE_WORDS.filter((w) => !w.endsWith("'") && w !== 'do').map((w) => w[0].toUpperCase() + w.slice(1)).join('|')})`;

// An organisation's name holds particles as well ("Commission de la Paix", "Ministère de la
// Défense", "Universidad de los Andes"), and there the words before them are its kind, no given
// names: read as "First von Last" it was a person named "Paix". The kinds of body, in the
// languages of the corpus's reference lists.
const ORGANISATION_KINDS = new Set<string>(
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

// More kinds of body, the words reference lists print as an organisation's last or only kind
// (orgs36): networks and campaigns ("Human Rights Watch", "Geneva Call" aside), armed bodies
// ("Arakan Army", "Rapid Support Forces", "Tigray People's Liberation Front", "Mercy Corps"),
// parties and parliaments, chambers and mechanisms of courts, the coordination bodies of the
// humanitarian system ("Protection Cluster", "UN Country Team") and operations and missions; in
// English, French and Spanish. None is a given name; a few are family names too ("Cámara",
// "Front", as "Court" and "Service" of the list above), and a person of that name, given name
// first, is read as a body: no given-name list here to tell them apart (review36, review37). An
// inverted entry ("Cámara, Javier") is read as the person (parse.ts). A plural is read only where
// it is no family name of its own: see NO_PLURAL.
const MORE_KINDS = [
  'network', 'réseau', 'initiative', 'iniciativa', 'coalition', 'coalición', 'forum', 'foro', 'project', 'projet', 'proyecto', 'consortium', 'consorcio',
  'partnership', 'platform', 'plateforme', 'plataforma', 'campaign', 'campagne', 'campaña', 'watch', 'international', 'internacional', 'internationale',
  'cluster', 'clúster', 'team', 'équipe', 'equipo', 'unit', 'unité', 'unidad', 'panel', 'mission', 'misión', 'operation', 'opération', 'operación',
  'army', 'armée', 'ejército', 'force', 'fuerza', 'brigade', 'brigada', 'militia', 'milice', 'milicia', 'front', 'frente', 'corps', 'clan', 'party', 'parti', 'partido',
  'parliament', 'parlement', 'parlamento', 'congress', 'congrès', 'congreso', 'senate', 'sénat', 'senado', 'treasury', 'league', 'ligue', 'liga', 'community', 'communauté', 'comunidad',
  'chamber', 'chambre', 'cámara', 'mechanism', 'mécanisme', 'mecanismo', 'procedure', 'aid', 'relief', 'action', 'acción',
  // a police force is a body, and no family name ("Border Police", "Kenya Police" were people; meta41)
  'police', 'policía', 'polícia', 'polizei', 'gendarmerie',
];
for (const k of MORE_KINDS) ORGANISATION_KINDS.add(k);

// A plural whose singular is a kind but which is a family name of its own: "Robert Chambers",
// "Nicola Banks", "Courts" — read as the kind's plural they were bodies.
const NO_PLURAL = new Set(['bank', 'chamber', 'court']);

// An office's title names no person either: "Police Commissioner", "UN High Commissioner" (the
// notes' own test, before it was this one, matched "commission" inside the word and read them so),
// "Special Rapporteur", "Resident Coordinator", "Force Commander", "Enviado Especial".
const OFFICES = new Set([
  'commissioner', 'rapporteur', 'relator', 'relatora', 'representative', 'représentant', 'representante', 'envoy', 'envoyé', 'enviado', 'enviada',
  'coordinator', 'coordinateur', 'coordonnateur', 'coordinador', 'coordinadora', 'commander', 'commandant', 'comandante', 'adviser', 'advisor', 'conseiller', 'asesor',
  'prosecutor', 'procureur', 'fiscal', 'ombudsman', 'médiateur', 'secretary', 'secretary-general', 'secrétaire', 'secretario', 'secretaria', 'director', 'director-general', 'directeur', 'president', 'présidente',
]);

// The first word of a body's name that is a common adjective or noun, no given name: a name
// given names first opens with one (orgs36) — "Human Rights First", "Special Envoy", "Islamic
// Relief", "Global Protection Cluster", "Médecins du Monde", "Doctors Without Borders". Words
// that are given names too ("Christian", "Victoria", "Georgia") are not here.
const NO_GIVEN_NAME = new Set([
  'human', 'humanitarian', 'global', 'world', 'special', 'resident', 'regional', 'national', 'international', 'emergency', 'islamic', 'european', 'african',
  'arab', 'asian', 'american', 'joint', 'deputy', 'independent', 'democratic', 'united', 'civil', 'médecins', 'médicos', 'doctors', 'physicians', 'allied', 'rapid',
  "people's", 'people’s', 'popular', 'southern', 'northern', 'eastern', 'western', 'central', 'federal', 'royal', 'interim', 'transitional', 'permanent', 'supreme',
  'extraordinary', 'residual', 'investigative', 'protection', 'security', 'peace', 'relief', 'refugee', 'refugees', 'medical', 'action',
  'good', 'media', 'croix', 'red', 'blue', 'white', 'green', 'crisis', 'development',
]);

// An acronym opening a name of several words ("UN Country Team", "ICC Prosecutor", "OCHA
// Somalia"): three capitals or more, or the two of a union or state ("UN", "US", "UK", "EU",
// "AU"). Two capitals alone may be a person's initials printed without full stops ("JP Lederach").
const OPENING_ACRONYM = /^(?:\p{Lu}{3,}|UN|US|UK|EU|AU)$/u;

/**
 * The words of a name, lower-cased, with those joined by a slash apart ("General/Emergency");
 * a hyphenated word stays whole for the kinds and is parted for the offices in namesABody
 * ("Under-Secretary").
 */
const pieces = (words: readonly string[]): string[] => words.flatMap((w) => w.toLowerCase().split(/[/]/)).filter(Boolean);

/**
 * Whether the words of a name hold a kind of body ("Council", "Agencies", "Ministère", "Army") or
 * an office ("Rapporteur"), in the singular or an English plural: then the name is an
 * organisation's, no person's.
 */
function namesABody(words: readonly string[]): boolean {
  return pieces(words).some((l) => {
    const bare = l.replace(/[’'`]s$/, '');
    const one = [bare, bare.replace(/ies$/, 'y'), ...(/s$/.test(bare) && !NO_PLURAL.has(bare.slice(0, -1)) ? [bare.slice(0, -1)] : [])];
    return one.some((x) => ORGANISATION_KINDS.has(x) || OFFICES.has(x) || x.split('-').some((h) => OFFICES.has(h)));
  });
}

// A document's kind after an acronym names the body's paper, not a person's family: "HPG
// Briefing", "ICG Report" (the notes' bodies that open with three capitals or fewer).
const DOCUMENT_KIND = /^(?:report|briefing|brief|paper|note|review|update|statement|study|survey|bulletin|handbook|guidance|manual|commentary|analysis|assessment|policy|principals?)$/iu;

// What follows a body's acronym and no person's initials though the gazetteer lacks it: the
// world's regions ("WHO Europe", "ICG Asia") and a publisher's word ("UNU Press"); with the
// cities of publication ("IOM Geneva", "OUP Oxford"), which the gazetteer holds only as capitals.
const REGION_OR_PUBLISHER = /^(?:africa|asia|europe|americas?|oceania|pacific|caribbean|press|publications|publishing|books)$/iu;

// What else follows a body's acronym, whether or not the taxonomy lists it (meta43): a unit or
// department ("WFP Logistics", "FAO Emergencies", "CIVIC Staff"), a series' or a section's word
// ("HPG Commissioned", "ODI Humanitarian", "ICG Crisis", "USA Today"), and a country's own name
// for itself, as national affiliates print it ("CARE Nederland", "ACF España"). No word here is
// the family name of any of the 4,311 names the metadata checks read (meta40's names.mts).
const UNIT_OR_SERIES =
  /^(?:logistics|operations|operational|emergenc(?:y|ies)|staff|headquarters|nutrition|health|shelter|advocacy|communications|evaluations?|programs|research|access|crisis|crises|news|today|online|humanitarian|commissioned|occasional|discussion|technical|country|regional|global|response|appeal|situation|snapshot|overview|factsheet|dispatch|alert|monitoring|collaborative|learning|evidence|data)$/iu;
const OWN_COUNTRY_NAME = /^(?:nederland|deutschland|españa|italia|schweiz|suisse|svizzera|belgique|belgië|österreich|sverige|norge|danmark|suomi|polska|brasil|méxico|perú|éire|hellas|türkiye)$/iu;

/**
 * Whether a two-word name opens with a person's three initials run together ("AJR Groom"), not an
 * acronym: before one capitalised word that is no place (the gazetteer's: "IOM Iraq", "MSF
 * Holland", "DRC Denmark" are country offices; REGION_OR_PUBLISHER, PUBLISHING_CITIES,
 * OWN_COUNTRY_NAME), no document's kind ("HPG Briefing") and no unit's or series' word ("WFP
 * Logistics", "ODI Humanitarian"), after no acronym the gazetteer holds (the taxonomy's bodies':
 * "MSF Logistique", meta42; or those the document spells out, defined-acronyms.ts). Two
 * capitals are initials already (INITIAL); a body's acronym of four capitals and more ("OCHA
 * Somalia", "UNDP Report") is no one's. Without a gazetteer (a test, a tool) a place after three
 * capitals reads as a family name. A note's author and a first page's byline (resolve.ts) both ask.
 */
export function runTogetherInitials(words: readonly string[], places: ReadonlySet<string>): boolean {
  if (words.length !== 2 || !/^\p{Lu}{3}$/u.test(words[0]) || places.has(words[0])) return false;
  const family = words[1];
  const afterABody = [REGION_OR_PUBLISHER, DOCUMENT_KIND, UNIT_OR_SERIES, OWN_COUNTRY_NAME].some((r) => r.test(family));
  return /^\p{Lu}\p{Ll}[\p{L}'’-]*$/u.test(family) && !places.has(family.toLowerCase()) && !PUBLISHING_CITIES.has(family.toLowerCase()) && !afterABody;
}

/**
 * Whether a name of capitalised words is a body's by its shape rather than its kind: it opens
 * with a word that is no given name ("Human Rights Watch", "Special Envoy") or with an acronym
 * before words in lower case ("UN Women", "ICC Prosecutor"), not a person's initials run together.
 */
function shapedAsABody(words: readonly string[], places: ReadonlySet<string>): boolean {
  if (words.length < 2) return false;
  // a first word no given name, or a known body's one-word name ("Oxfam Novib", meta43: the
  // gazetteer holds those as printed, in mixed case, and its places in lower case only)
  if (NO_GIVEN_NAME.has(words[0].toLowerCase()) || (/\p{Ll}/u.test(words[0]) && places.has(words[0]))) return true;
  return OPENING_ACRONYM.test(words[0]) && words.slice(1).some((w) => /\p{Ll}/u.test(w)) && !runTogetherInitials(words, places);
}

// Kinds of body that are family names too ("Robert Service", "Margaret Court", "Carla Della
// Corte"): after a known given name or initials, and capitalised particles, such a last word is
// a person's family name (meta39). Only these: after a given name, the other kinds still name a
// body ("Christian Aid", "Mercy Corps", "Stanley Foundation").
const FAMILY_KINDS = new Set(['service', 'court', 'corte', 'cámara', 'front', 'bank', 'chamber']);
/** Initials: stopped ("R.", "A.J."), or one or two capitals that are no union's or state's ("JP"). */
const INITIAL = /^(?:\p{Lu}\.)+$|^\p{Lu}{1,2}$/u;
/** No gazetteer (a test, a tool): every place reads as a name. */
export const NO_PLACES: ReadonlySet<string> = new Set();

/**
 * Whether a name is a given name's (or initials') before a family name that is also a kind of
 * body. A given name that is a common English word too ("Forest", "Land", "Park", "Chase",
 * "Sterling") before an institution's head is the head's modifier, a body's ("Forest Service",
 * "Land Court", "Chase Bank"; meta41): the name is a person's only where one of its words before
 * the head is a given name that is no English word ("Robert", "Margaret") or an initial ("Grace
 * M. Court"). "Will Court", "Grace Court" are read as bodies so: the cost of the rule.
 */
function givenBeforeFamilyKind(words: readonly string[]): boolean {
  if (words.length < 2 || words.length > 4 || !FAMILY_KINDS.has(words[words.length - 1].toLowerCase())) return false;
  const before = words.slice(0, -1);
  const initial = (w: string) => INITIAL.test(w) && !OPENING_ACRONYM.test(w);
  const givenOrInitial = (w: string) => (isGivenName(w) && !NO_GIVEN_NAME.has(w.toLowerCase())) || initial(w);
  const plainlyAPerson = (w: string) => initial(w) || (givenOrInitial(w) && !isEnglishWord(w));
  return (
    givenOrInitial(before[0]) && before.slice(1).every((w) => givenOrInitial(w) || CAPITAL_PARTICLES.has(w.toLowerCase())) && before.some(plainlyAPerson) && !namesABody(before)
  );
}

/**
 * A body's name by its kind, an office or its shape (namesABody, shapedAsABody), unless a
 * person's by givenBeforeFamilyKind. `places`: the gazetteer's names, lower-cased, and known
 * bodies' acronyms in capitals, which tell a country office ("IOM Iraq") or a known body's unit
 * ("MSF Logistique") from a person's initials run together ("AJR Groom").
 */
export const namesAnOrganisation = (words: readonly string[], places: ReadonlySet<string> = NO_PLACES): boolean =>
  (namesABody(words) || shapedAsABody(words, places)) && !givenBeforeFamilyKind(words);

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
  if (namesAnOrganisation(given)) return null;
  return { family: family.join(' '), given: given.join(' '), 'non-dropping-particle': words.slice(first, last + 1).join(' ') };
}

/** "von Tigerstrom" as an inverted name's family part: the particle apart; the family alone as it is. */
export function familyWithParticle(family: string): Pick<CslName, 'family' | 'non-dropping-particle'> {
  const words = family.trim().split(/\s+/);
  const n = leadingParticles(words, false);
  return n ? { 'non-dropping-particle': words.slice(0, n).join(' '), family: words.slice(n).join(' ') } : { family: family.trim() };
}

// The Arabic article joined to a family name ("al-Hakim", "El-Masri") is filed and cited with it or
// without it: Chicago files al-Hakim under H, and a text may cite "(Hakim 2019)" for a listed
// "al-Hakim, M." or "(al-Hakim 2019)" for a listed "Hakim, M."; neither linked (review44).
// Not before a personal name: "Al-Ali", "Al-Hassan" are families named for an ancestor (Āl, "family
// of"), and "Ali" or "Hassan" is another family, as common; read without it, "(Ali 2019)" linked a
// listed "Al-Ali, N. (2019)" (refs45 left it). Epithets and places ("al-Hakim", "al-Masri") are the
// article's usual names and keep it droppable.
const ANCESTOR = '(?:Ali|Hass?an|Hus?sein|Husayn|Husain|Ahmad|Ahmed|Muhammad|Mohamm?ed|Mohammad|Mahmoud|Mahmud|Omar|Umar|Othman|Uthman|Ibrahim|Ismail|Yousef|Youssef|Yusuf|Abdullah|Issa|Musa|Moussa)';
const ARTICLE = new RegExp(String.raw`^(?:al|el)[-‐](?=\p{Lu})(?!${ANCESTOR}$)`, 'iu');

/**
 * A family name without the particles it opens with, in either case: "Coning" of "de Coning",
 * "Einsiedel" of "Von Einsiedel", "Hakim" of "al-Hakim". Texts cite the name both ways ("(de
 * Coning 2019)", "Von Einsiedel et al. (2017)", read from the capital word before the year), so
 * entry-lookup.ts knows an entry by both.
 */
export function withoutParticles(family: string): string {
  const words = family.trim().split(/\s+/);
  return words.slice(leadingParticles(words, true)).join(' ').replace(ARTICLE, '');
}

/** How many particles open `words`, the last word always left as the name; `anyCase`: "Von" counts as "von". */
function leadingParticles(words: readonly string[], anyCase: boolean): number {
  let n = 0;
  while (n < words.length - 1 && IS_PARTICLE.has(anyCase ? words[n].toLowerCase() : words[n])) n++;
  return n;
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
  if (particle > 0) return particle;
  // "Seán Ó Briain", "Fionnuala Ní Aoláin": the prefix opens the family name
  return words.length >= 3 && IS_PREFIX_WORD.has(words[words.length - 2]) ? words.length - 2 : words.length - 1;
}

/** A name written given names first, every word capitalised, read as family and given names at familyStart. */
export function givenFirst(words: readonly string[]): CslName {
  const at = familyStart(words);
  return { family: words.slice(at).join(' '), given: words.slice(0, at).join(' ') };
}
