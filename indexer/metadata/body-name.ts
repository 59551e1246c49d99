// What tells a body's name from a person's in a byline, shared by the first-page guess
// (resolve.ts), the title block and the subtitle test (common-noun.ts).

// Words that name a body and are no one's family name ("Working Group", "Network", "Office",
// "Council", "Access Monitoring Unit", "Humanitarian Country Team"); fewer than resolve.ts's ORGANISATION, whose "House", "Bank", "Trust" and "Union" are surnames
// too, and which only ever judges a line already read as a byline.
const BODY_WORD = /\b(?:group|unit|division|bureau|team|panel|network|office|council|committee|commission|institut\p{L}*|universit\p{L}*|agency|organi[sz]ation|association|society|federation|alliance|coalition|secretariat|ministry|department|programme|centre|center|foundation|observatory|initiative|forum|consortium|partnership|platform|cluster|nations|movement|international|watch|frontières|frontieres)\b/iu;
// The same for French, Spanish, Portuguese and German bodies ("Ministerio de Salud y Protección
// Social", "Ministère de l'Europe et des Affaires étrangères"), bounded by letters, not \b, which
// sees no edge beside an accented letter ("Comité", "Équipe").
const BODY_WORD_ROMANCE = /(?<!\p{L})(?:minist[eè]re|minist[eé]rio|ministerium|oficina|comit[eé]|comisi[oó]n|conseil|consejo|organizaci[oó]n|organiza[cç][aã]o|f[eé]d[eé]ration|federaci[oó]n|asociaci[oó]n|secr[eé]tariat|secretar[ií]a|agence|agencia|centro|fondation|fundaci[oó]n|programa|gobierno|gouvernement|naciones|unies|unidas|m[eé]decins|m[eé]dicos|observatoire|observatorio|alianza|coalici[oó]n|plataforma|plateforme|grupo|groupe|unidad|unit[eé]|[eé]quipe|defensor[ií]a|procuradur[ií]a|commissariat|comisionado|d[eé]partement|departamento|direcci[oó]n|stiftung|verband|bundesamt|bundesministerium)(?!\p{L})/iu;
// An acronym of three capitals or more ("NGO", "UNHCR", "ICRC"), not a roman numeral ("Henry VIII").
export const ACRONYM = /\b(?!(?:[IVXLC]+)\b)\p{Lu}{3,}\b/u;
// "of", "on", "for" between capitalised words of a long name: "Office for the Coordination of
// Humanitarian Affairs", "Working Group on Protection of Civilians". A person's particles are
// others (van, de, von, bin), and a person's name is rarely four words and more.
const LINKED = /\p{Lu}[\p{L}'’.-]*\s+(?:of|on|for)\s+(?:the\s+)?\p{Lu}/u;

/**
 * A body's name, cited as one literal name (CSL `literal`, BibTeX's `{{…}}`): never split into
 * given and family names, which made "NGO Working Group on Protection of Civilians" the family
 * name "Protection of Civilians" with the particle "on". Told by general signs: a word that names
 * a body, an acronym beside other words, or "of/on/for" inside a name of four words or more.
 */
export function organisationName(name: string): boolean {
  const t = name.trim();
  const words = t.split(/\s+/);
  if (BODY_WORD.test(t) || BODY_WORD_ROMANCE.test(t)) return true;
  // a name set all in capitals ("JOHN SMITH") is a person's name in capitals, not an acronym
  if (words.length > 1 && ACRONYM.test(t) && /\p{Ll}/u.test(t)) return true;
  return words.length >= 4 && LINKED.test(t);
}
