// Stems the Porter stemmer gets wrong, as data: words whose Porter stem is also the stem of a
// word of another meaning, given a stem of their own (Elasticsearch's `stemmer_override`, Snowball's
// exception lists). "aide" (an aide-memoire, a minister's aide) is stemmed "aid", so every search
// for humanitarian aid found the PoC aide-memoire's name on hundreds of passages.
//
// How the list was chosen (not from any query): the overstemming errors the stemming literature
// cites for Porter (general/generous/generation, university/universe, organization/organ,
// news/new, experiment/experience, communication/community, executive/execution), and the
// merged stems of the bundled corpus's vocabulary read as an English speaker reads them, keeping
// only words that mean something else in any text (internal/international, several/severe,
// position/positive, initial/initiative, object/objective, respect/respective, success/successive,
// informal/information, public/publication, author/authority, department/departed, design/designate).
// A pair that is one idea in two forms (nation/national, effect/effective) stays merged.
//
// Keys are words as they reach the stemmer: lower case, folded (nlp/fold.ts: American spellings,
// so "organisations" is listed as "organizations"). Each stem keeps its words' first letters and is
// a prefix of each (snippet.ts looks for a stem's first letter); where Porter gives that stem to a
// word left off the list, it is one of the family ("departmental" → "department").

/** A stem, and the words that get it instead of Porter's. */
const OVERRIDES: readonly (readonly [string, readonly string[]])[] = [
  ['aide', ['aide', 'aides']],
  ['news', ['news']],
  ['internal', ['internal', 'internally']],
  ['several', ['several']],
  ['general', ['general', 'generally', 'generals']],
  ['generous', ['generous', 'generously']],
  ['generic', ['generic', 'generically']],
  ['universit', ['university', 'universities']],
  ['organiz', ['organization', 'organizations', 'organize', 'organized', 'organizes', 'organizing', 'organizer', 'organizers']],
  ['experiment', ['experiment', 'experiments', 'experimented', 'experimenting']],
  ['communit', ['community', 'communities']],
  ['executiv', ['executive', 'executives']],
  ['positiv', ['positive', 'positively']],
  ['initial', ['initial', 'initially']],
  ['objectiv', ['objective', 'objectives', 'objectively']],
  ['respectiv', ['respective', 'respectively']],
  ['successiv', ['successive', 'successively']],
  ['informal', ['informal', 'informally', 'informality']],
  ['publication', ['publication', 'publications']],
  ['authorit', ['authority', 'authorities']],
  ['authoriz', ['authorize', 'authorized', 'authorizes', 'authorizing', 'authorization', 'authorizations']],
  ['department', ['department', 'departments']],
  ['designat', ['designate', 'designated', 'designates', 'designating', 'designation', 'designations']],
];

const BY_WORD = new Map<string, string>(OVERRIDES.flatMap(([s, ws]) => ws.map((w) => [w, s] as const)));

/** The stem a word gets instead of Porter's, or undefined when Porter's is right. */
export const stemOverride = (word: string): string | undefined => BY_WORD.get(word);

/** Every listed word and its stem (tests check the list against the stemmer). */
export const STEM_OVERRIDES: ReadonlyMap<string, string> = BY_WORD;
