import type { CslItem, CslName } from '../../core/types.js';
import { lettersOnly } from '../../core/text.js';
import { firstAuthorName, issuedYear } from '../../core/csl.js';
import type { Taxonomy } from '../../core/taxonomy.js';
import { isEnglishWord } from '../../core/english-words.js';
import { isGivenName } from '../../core/given-names.js';
import { placeNames } from '../metadata/resolve.js';
import { onceFor } from '../metadata/name-sets.js';
import { VANCOUVER_NAME, vancouverParts } from './vancouver.js';
import { FAMILY_PREFIX, familyWithParticle, givenFirst, NAME_PREFIX, namesAnOrganisation, PARTICLE, runTogetherInitials, splitParticle, NO_PLACES } from './particles.js';
import { containerFields, editorNames, EDITORS_MARK, INVERTED_NAME, PUBLISHER_WORD, PUBLISHING_CITIES, unemphasise } from './container.js';

// Reference-list entries and citation footnotes to CSL-JSON. Two shapes cover policy papers:
// author-date lists ("Bowden, M. and Metcalfe-Hough, V. (2020) ‘Title’. Series. London: ODI
// (URL).") and note citations ("Alexander Gilder, 'Title', Journal, vol. 28, 2023, 317-348").

export interface Reference extends CslItem {
  /** the passage the entry was read from */
  passage: string;
  /** a key shared by every citation of the same work, across documents */
  work: string;
  /** the corpus document this entry cites, when it is one */
  inCorpus?: string;
}

// An address may be broken at a line's end, after a hyphen, slash, "=" or "%20", before its
// ".pdf", or inside a word when the piece after holds an escape or a query ("…Operation
// s%20and%20Political%20Missions.pdf?sequence=1"): the pieces are one address (cleanUrl joins
// them). Read up to the first break, the rest had become the entry's publisher.
// A break may come before a slash ("…/sites/default /files/…"), and a file's name may be printed
// with its spaces, or with underscores a link's underline hid ("…/files/improving security of
// united nations peacekeepers report.pdf"): lower-case words up to one with a file's extension
// are the address's last part, the access note after them is not.
const FILE_WORDS = String.raw`(?:\s+[a-z0-9][\w-]*){1,15}\.(?:pdf|docx?|html?|aspx?|php|xlsx?)\b`;
// No piece after a break is another address ("…/docs/ https://…", a list of two) or an opening
// parenthesis ("…/docs/ (accessed 2 May)") — but a scheme alone goes on ("https:// www.…", a
// line broken after it) — and a file name ends the address: the words after
// "a.pdf" up to a later ".pdf" are a sentence ("see also the annex.pdf"), no part of it.
const NOT_ANOTHER = String.raw`(?!https?:|www\.|\()`;
const ENDS_IN_FILE = String.raw`(?<!\.(?:pdf|docx?|html?|aspx?|php|xlsx?))`;
const URL_RE = new RegExp(String.raw`\(?((?:https?:\/\/|www\.)[^\s)]*(?:(?:(?<=[-_/=]|%20)(?:(?<=:\/\/)\s+|\s+${NOT_ANOTHER})[^\s)]+|\s+${NOT_ANOTHER}(?=\/|(?:pdf|html?|aspx?|php)\b|[^\s)]*%[0-9A-Fa-f]{2}|[^\s)]*[?&][\w-]+=)[^\s)]+|(?<=[a-z0-9])${ENDS_IN_FILE}${FILE_WORDS}(?=[\s).,;]|$)))*(?:\s*\/)?)\s*\)?`);
const DOI_RE = /\b(10\.\d{4,9}\/[^\s"<>,;]+[^\s"<>,;.)])/;
// A PDF's text may open a quotation with the closing mark ("’Human Security’", a font's
// glyph for both): an opening ’ or ‛ opens a title as ‘ does. Not where the mark is an
// apostrophe that elides letters at a title's start (Dutch ’s-Hertogenbosch and ’t, a decade's
// ’90s, written with any of the single marks): read as a quotation, the title ran to the next ’
// before a space, a plural's possessive ("…its Citizens’ Floods") or the end of a quotation.
const OPENING = String.raw`(?:[“"]|[‘'’‛](?!s-|t\s|\d\ds\b))`;
const QUOTED = new RegExp(String.raw`^${OPENING}(.+?)[’'”"](?=[\s.,;:]|$)`);

/** An address read over breaks: a file name printed with its spaces (three words or more) keeps them, as %20; other breaks join. */
export function cleanUrl(u: string): string {
  const t = u.replace(/[).,;]+$/, '');
  const name = /\/([a-z0-9][\w-]*(?:\s+[a-z0-9][\w-]*){2,}\.[a-z]{2,4})$/.exec(t);
  const spaced = name ? t.slice(0, name.index + 1) + name[1].replace(/\s+/g, '%20') : t;
  return spaced.replace(/\s+/g, '');
}

const CHICAGO_FAMILY = String.raw`(?:${PARTICLE}\s)*(?:(?:Mac|Mc|Van|Von|De|Da|Di|Du|Le|La|Del|Della|Dos)\s(?:${PARTICLE}\s)*)?${FAMILY_PREFIX}?[\p{Lu}][\p{L}'’-]+`;
const chicagoFirst = (family: string): RegExp =>
  new RegExp(String.raw`^(${family}),\s([\p{Lu}][\p{L}'’.-]+(?:\s[\p{Lu}][\p{L}'’.-]*)?)(?:,?\s+(?:and|&)\s+(.+)|,\s+(.+))?$`, 'u');
const CHICAGO_FIRST = chicagoFirst(CHICAGO_FAMILY);
// A Spanish or Portuguese double surname before the given names, "García Márquez, Gabriel": two
// capitalised words before a comma are as often a body and its unit or another body ("Amnesty
// International, Oxfam"), so read so only before a known given name and where the two words name
// no body. Read as two bodies, "García Márquez" and "Gabriel", its citations linked as a body's (refs46).
const CHICAGO_DOUBLE = chicagoFirst(String.raw`${CHICAGO_FAMILY}\s[\p{Lu}][\p{L}'’-]+`);

/** The first name of a Chicago list, inverted: one family word, or a double surname before a known given name. */
function chicagoFirstName(t: string, places: ReadonlySet<string>): RegExpExecArray | null {
  const one = CHICAGO_FIRST.exec(t);
  if (one) return one;
  const two = CHICAGO_DOUBLE.exec(t);
  return two && isGivenName(two[2].split(/\s+/)[0]) && !namesAnOrganisation(two[1].split(/\s+/), places) ? two : null;
}
const VANCOUVER_ONE = new RegExp(`^${VANCOUVER_NAME}$`, 'u');

/** "Bowden, M. and Metcalfe-Hough, V." / "Metcalfe, V., Martin, E. and Pantuliano, S." / "ACPHA – Alliance …" */
export function authorDateNames(text: string, places: ReadonlySet<string> = NO_PLACES): CslName[] {
  const t = text.trim().replace(/\s+et al\.?$/, '');
  if (/\s[–—-]\s/.test(t)) return [{ literal: t.split(/\s[–—-]\s/)[0].trim() }];
  const persons = [...t.matchAll(INVERTED_NAME)];
  if (persons.length) {
    // Every co-author printed initials first: the names after them are no inverted ones ("Smith,
    // J., P. Harvey, K. Haver and A. Stoddard" had read "Harvey, K." and lost the rest, review41).
    const first = persons[0];
    const led = initialsFirst(t.slice(first.index + first[0].length), places);
    if (led.length) return [{ ...familyWithParticle(first[1]), given: first[2].trim() }, ...led];
    const last = persons[persons.length - 1];
    // a body between two inverted names is an author of its own: "Smith, A., Oxfam and Jones, B."
    const inverted = persons.flatMap((m, k): CslName[] => [
      { ...familyWithParticle(m[1]), given: m[2].trim() },
      ...(k + 1 < persons.length ? bodiesBetween(t.slice(m.index + m[0].length, persons[k + 1].index)) : []),
    ]);
    return [...inverted, ...initialsFirst(t.slice(last.index + last[0].length), places)];
  }
  // Vancouver: "Keller A, Haddad BM", "van der Berg AB" (a family name in capitals, "UN SG", is an organisation's)
  const parts = t.split(/\s*,\s*(?:and\s+|&\s*)?/).filter(Boolean);
  if (parts.length && parts.every((p) => VANCOUVER_ONE.test(p))) {
    return parts.map((p) => {
      const at = p.lastIndexOf(' ');
      return { family: p.slice(0, at), given: p.slice(at + 1).split('').join('. ') + '.' };
    });
  }
  // Chicago: "Jackson, Ashley, and Rob Grace": the first name inverted, the others not
  // (a family name may open with particles or a prefix printed apart: "de Coning, Cedric", "Mac Ginty, Roger")
  const chicago = chicagoFirstName(t, places);
  const pieces = t.split(/(\s*(?:,|\band\b)\s*)/);
  const names = sharedHeads(pieces, places);
  // …unless adjectives share a body's head from the first word on ("International, Impartial and
  // Independent Mechanism") or the given names are a body's ("Oxfam, Amnesty International"). The
  // inverted family is not tested: a body is not printed family-first before a given name, and
  // "Service, Robert" or "Court, Margaret" read as two bodies made two authors of one person; nor
  // a given name shaped as an adjective that ends in a head after it ("Smith, Eric and Amnesty
  // International": Eric is no adjective of Amnesty's; review37).
  const shared = names[0]?.trim() !== pieces[0].trim();
  if (chicago && !shared && !namesAnOrganisation(chicago[2].split(/\s+/), places)) {
    const others = (chicago[3] ?? chicago[4] ?? '').split(/\s*(?:,\s*(?:and\s+)?|\s+and\s+|&)\s*/).filter(Boolean);
    const body = (o: string): boolean => namesAnOrganisation(o.split(/\s+/), places);
    // a body among the others is one name of its own, the people beside it still people
    // ("Slim, Hugo, and Human Rights Watch")
    if (others.every((o) => body(o) || /^(?:[\p{Lu}][\p{L}'’.-]*\s)+[\p{Lu}][\p{L}'’-]+$/u.test(o))) {
      return [{ ...familyWithParticle(chicago[1]), given: chicago[2] }, ...others.map((o): CslName => {
        // "Fionnuala Ní Aoláin": the family name from its prefix on (givenFirst)
        return body(o) ? { literal: o } : givenFirst(o.split(/\s+/));
      })];
    }
  }
  return names.map((n) => ({ literal: n.trim() }));
}

// The co-authors after a first name inverted, printed initials first: "Smith, A., B. Jones and C.
// Lee", "Smith, A. and B. Jones", "Smith, A., B. de Coning, and C. al-Hakim" (Chicago and ODI's Harvard).
// Read as the inverted names only, the entry had one author and a citation of the three linked none
// (refs39: a lead links only a work naming every later author) or one of Smith alone.
// A family name may be two words ("C. Ó Briain", "D. García Márquez"; a lone capital other than
// Ó is a next initial printed without its stop) and carry a suffix ("B. Jones Jr"): read as no
// name, they made the reader drop every co-author (review41).
const SUFFIX = String.raw`(?:Jr|Jnr|Sr|Snr|II|III|IV)\.?`;
const INITIALS_FIRST = new RegExp(String.raw`^((?:\p{Lu}\.\s?(?:-\p{Lu}\.\s?)?)+)\s*((?:${PARTICLE}\s)*(?:Ó|${NAME_PREFIX}?\p{Lu}[\p{L}'’-]+)(?:\s(?!${SUFFIX}$)\p{Lu}[\p{L}'’-]+)?)(?:,?\s(${SUFFIX}))?$`, 'u');

// A co-author printed with no initials and no given name after an inverted person is a body:
// "Smith, A. and Oxfam", "Smith, A. & Save the Children", "Smith, A. and CARE". A person in an
// author-date list carries initials or given names; a body's name neither. Read only where
// namesAnOrganisation knew its kind word, "Smith, A. and Oxfam (2019)" was Smith's alone and
// "(Smith and Oxfam 2019)" linked nothing (refs42 left it). Capitalised words with a body's
// lower-case joiners; a lone capital ("B. D Lee") is an initial, so no body.
const NO_INITIALS = /^\p{Lu}[\p{L}'’&-]+(?:\s+(?:\p{Lu}[\p{L}'’&-]+|the|of|for|on|in|de|du|des|la|le|sans))*$/u;

// A suffix or an editor's mark printed as a piece of its own ("Smith, A., Jr., Jones, B.",
// "Smith, A., Ed.") has no initials either, and read as a body it was an author "Jr" or "Ed"
// (review44): "(Smith and Jones 2019)" then linked no pair of Smith, Jr. and Jones.
const NO_NAME = new RegExp(String.raw`^(?:${SUFFIX}|[EeÉé]ds?\.?|${EDITORS_MARK})$`, 'u');

/** A co-author with neither initials nor stops: a body, or a person given names first ("Hugo Slim"); else null. */
function uninitialled(piece: string): CslName | null {
  const name = piece.replace(/\.$/, '');
  if (!NO_INITIALS.test(name) || NO_NAME.test(piece)) return null;
  const words = name.split(/\s+/);
  const person = words.length >= 2 && words.length <= 4 && isGivenName(words[0]) && words.every((w) => /^\p{Lu}/u.test(w)) && !namesAnOrganisation(words);
  return person ? givenFirst(words) : { literal: name };
}

// "Jones" of "Smith, A. and Jones" is read as a body (uninitialled): without a list of family
// names a bare surname cannot be told from "Oxfam" or "Associates". The reference list itself can
// tell: where it files a person under that name elsewhere ("Jones, B. (2017)"), the bare name is
// that person's, printed without initials (review44 left it).
/** The family names the entries give persons (with given names or initials), as printed. */
export function listedPersons(entries: readonly CslItem[]): ReadonlySet<string> {
  return new Set(entries.flatMap((e) => (e.author ?? []).flatMap((a) => (a.family && a.given ? [a.family] : []))));
}

/** An entry's co-authors, each one-word body the list names a person by elsewhere read as that person's family name. */
export function bareSurnames(names: readonly CslName[], persons: ReadonlySet<string>): CslName[] {
  return names.map((a, i) => (i > 0 && a.literal !== undefined && !/\s/u.test(a.literal) && persons.has(a.literal) ? { family: a.literal } : a));
}

/** The bodies printed between two inverted names ("Oxfam" of "Smith, A., Oxfam and Jones, B."), or none. */
function bodiesBetween(gap: string): CslName[] {
  const pieces = gap.split(/\s*,\s*(?:and\s+|&\s*)?|\s*(?:^|\s)(?:and|&)(?:\s|$)\s*/u).map((x) => x.trim()).filter(Boolean);
  const names = pieces.map(uninitialled);
  return names.every((n) => n !== null && n.literal !== undefined) ? (names as CslName[]) : [];
}

/**
 * The names after the last inverted one, where each is initials then family, or a body of its own
 * ("Smith, A. and Amnesty International": read as Smith alone, a citation of the pair linked
 * nothing, refs40); else none.
 */
function initialsFirst(tail: string, places: ReadonlySet<string>): CslName[] {
  const rest = tail.replace(/^\s*,?\s*/, '');
  if (!/^(?:and|&)\s|^\p{Lu}/u.test(rest)) return [];
  const pieces = rest.replace(/^(?:and|&)\s+/, '').split(new RegExp(String.raw`\s*,(?!\s*${SUFFIX}(?:[\s,]|$))\s*(?:and\s+|&\s*)?|\s+(?:and|&)\s+`, 'u')).filter(Boolean);
  // a body first: "U.K. Government" is no person of initials U.K. (refs40)
  const names = pieces.map((x): CslName | null => {
    const piece = x.trim();
    if (/^(?:\p{Lu}[\p{L}'’.-]*\s)+\p{Lu}[\p{L}'’-]+$/u.test(piece) && namesAnOrganisation(piece.split(/\s+/), places)) return { literal: piece };
    // three initials run together, "AJR Groom", as British lists print a co-author: read as a body,
    // the entry's co-author was "AJR Groom" and "(Smith and Groom 2019)" linked nothing (review43)
    const words = piece.split(/\s+/);
    if (runTogetherInitials(words, places)) return { family: words[1], given: words[0] };
    const m = INITIALS_FIRST.exec(piece);
    return m ? { ...familyWithParticle(m[2]), given: m[1].trim(), ...(m[3] ? { suffix: m[3] } : {}) } : uninitialled(piece);
  });
  return names.length && names.every((n) => n !== null) ? (names as CslName[]) : [];
}

/** "Alexander Gilder" / "David Curran and Paul Holtom" / "Commission on Human Security" */
function noteNames(text: string, places: ReadonlySet<string>): CslName[] {
  return sharedHeads(text.split(/(\s*(?:,|\band\b)\s*)/), places).map((n) => {
    const parts = n.trim().split(/\s+/);
    // a body by its kind, an office or its shape ("Human Rights Watch", "Special Rapporteur", "UN Women", "IOM Iraq")
    if (parts.length >= 2 && namesAnOrganisation(parts, places)) return { literal: n.trim() };
    // "Barbara von Tigerstrom", "Carlos Alberto dos Santos Cruz": capitalised words round a particle
    const particled = parts.length <= 6 ? splitParticle(parts) : null;
    if (particled) return particled;
    if (parts.length >= 2 && parts.length <= 4 && parts.every((p) => /^[\p{Lu}]/u.test(p))) return givenFirst(parts);
    return { literal: n.trim() };
  });
}

const ADJECTIVE = /^\p{Lu}\p{Ll}+(?:al|ent|ant|ive|ary|ic)$/u;

/**
 * The names of a list split at "," and "and" (pieces and separators alternating), with names
 * where adjectives share a body's head kept whole ("Resident and Humanitarian Coordinator",
 * "International, Impartial and Independent Mechanism"): split, the adjective alone was an
 * author and the rest a person or a second body.
 */
function sharedHeads(pieces: string[], places: ReadonlySet<string>): string[] {
  const names: string[] = [];
  for (let i = 0; i < pieces.length; i += 2) {
    let j = i;
    while (j + 2 < pieces.length && ADJECTIVE.test(pieces[j].trim())) j += 2;
    const head = pieces[j].trim().split(/\s+/);
    if (j > i && head.length >= 2 && namesAnOrganisation(head, places)) {
      names.push(pieces.slice(i, j + 1).join(''));
      i = j;
    } else if (pieces[i].trim()) names.push(pieces[i]);
  }
  return names;
}

function typeOf(rest: string): string {
  if (/\bvol\.|\bjournal\b|\breview\b|\bquarterly\b|\d+\s*\(\d+\)\s*:/i.test(rest)) return 'article-journal';
  if (/briefing note|working paper|report|discussion paper|policy brief|practice note|background paper/i.test(rest)) return 'report';
  // "Press release, 9 February" is an organisation's statement, no press's book
  if (/\bpress\b(?!\s+release)|routledge|palgrave|\bhart\b|oxford/i.test(rest)) return 'book';
  return 'document';
}

export function workKey(csl: Pick<CslItem, 'author' | 'issued' | 'title'>): string {
  const who = lettersOnly(firstAuthorName(csl)).slice(0, 12);
  const year = String(issuedYear(csl) ?? '');
  return `${who}-${year}-${lettersOnly(csl.title ?? '').slice(0, 24)}`;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** [month, day] of an APA date after the year ("March 3", "3 March", "Mar."); [] for a season or nothing known. */
function monthDay(year: number, when: string | undefined): number[] {
  if (!when) return [];
  // a range of days ("March 3–5", "3–5 March", "March 30–April 2") is dated by its first day
  const first = when.trim().replace(/^(\d{1,2})\s*[–-]\s*\d{1,2}(?=\s)/u, '$1').replace(/\s*[–-].*$/u, '');
  const m = /^(?:(\d{1,2})\s+)?(\p{L}+)\.?(?:\s+(\d{1,2}))?$/u.exec(first);
  const month = m ? MONTHS.indexOf(m[2].slice(0, 3).toLowerCase()) + 1 : 0;
  if (!m || !month || (m[2].length > 3 && !/^(?:january|february|march|april|may|june|july|august|september|october|november|december|sept)$/i.test(m[2]))) return [];
  const day = Number(m[1] ?? m[3] ?? 0);
  return day >= 1 && day <= daysIn(year, month) ? [month, day] : [month];
}

/** Days in a month of a year ("31 June" is no date; 29 February only in a leap year). */
const daysIn = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

// What a sentence after a title says when it is no publisher (review12): an edition or a
// status ("Second edition.", "Unpublished manuscript.", "Draft for consultation."), a journal
// named without its volume ("In Humanitarian Exchange.", "Disasters.", "The Lancet.",
// "International Affairs."), APA 6's "Author." (the author published it), an addressee
// ("Report to the Security Council."), or a place alone ("Geneva."; the caller's gazetteer).
const EDITION_OR_STATUS = /\b(?:edition|ed|unpublished|manuscript|draft|forthcoming|in press|preprint|mimeo|consultation|dissertation|thesis)\b/i;
const JOURNAL_TITLE = /^(?:In|The Lancet$)|\b(?:Affairs|Studies|Exchange|Bulletin|Journal|Review|Quarterly|Lancet|Disasters|Magazine|Annals|Letters)$/;
export { NO_PLACES };
/** An acronym as a body prints it ("MSF", "NRC", "UNHCR"). */
const ACRONYM = /^\p{Lu}{2,8}$/u;
/** A body's name of one word, no given name nor English word ("Oxfam", "Saferworld"; not "Donors", "Congress"). */
const oneWordBody = (n: string): boolean => /^\p{Lu}\p{Ll}{2,}$/u.test(n) && !isGivenName(n) && !isEnglishWord(n);
/**
 * The surnames of the people an actor is also known by: "Guterres" beside "Antonio Guterres" is
 * a person's name, which opens no body's ("Guterres Antonio" is no affiliate of anything).
 */
const personsSurnames = (aliases: readonly string[]): ReadonlySet<string> =>
  new Set(aliases.map((n) => n.split(/\s+/)).filter((w) => w.length >= 2 && isGivenName(w[0])).map((w) => w[w.length - 1]));
/** one gazetteer per taxonomy: the run, each file worker and each file's first page ask for it */
const gazetteers = new WeakMap<object, ReadonlySet<string>>();
/**
 * The taxonomy's place names, lower-cased: what parseAuthorDate takes for no publisher and a
 * note for a country office ("IOM Iraq"); with the states it tags no place for ("Denmark",
 * "Italy": "DRC Denmark", meta43). With them, as printed, the acronyms its actors go by
 * ("MSF", "NRC", "IRC"): a known body's acronym opens no person's initials ("MSF Logistique",
 * meta42); and the one-word names they go by ("Oxfam"), which open a national affiliate's name
 * and no person's ("Oxfam Novib", meta43). Kept in their capitals, no lookup of a lower-cased
 * place or publisher can match one, so "MSF." alone after a title stays the publisher it is.
 */
export const gazetteer = (tax: Pick<Taxonomy, 'places' | 'actors'>): ReadonlySet<string> =>
  onceFor(gazetteers, tax, () => new Set([
    ...placeNames(tax).map((n) => n.toLowerCase()),
    ...tax.actors.flatMap((a) => a.states).map((n) => n.toLowerCase()),
    ...tax.actors.flatMap((a) => [...Object.keys(a.acronyms), ...a.aliases]).filter((n) => ACRONYM.test(n)),
    ...tax.actors.flatMap((a) => {
      const persons = personsSurnames(a.aliases);
      return [a.label, ...a.aliases].filter((n) => oneWordBody(n) && !persons.has(n));
    }),
  ]));
const notAPublisher = (s: string, places: ReadonlySet<string>): boolean =>
  EDITION_OR_STATUS.test(s) || JOURNAL_TITLE.test(s) || /^(?:Author|Authors|The author|The authors)$/i.test(s) || /^Report to\b/i.test(s) || places.has(s.toLowerCase()) || PUBLISHING_CITIES.has(s.toLowerCase());

/**
 * The journal, book, pages, edition or UN symbol the rest of an entry names, merged in: a
 * journal's name read before as a publisher ("Disasters" alone is none) or a chapter's book
 * read as a place is replaced by what the container says.
 */
function mergeContainer(csl: CslItem, rest: string): void {
  const found = containerFields(rest);
  if (!Object.keys(found).length) return;
  if (found.type === 'article-journal' || found.type === 'chapter') {
    if (found.type === 'article-journal') for (const k of ['publisher', 'publisher-place', 'collection-title'] as const) delete csl[k];
    else if (!found.publisher) for (const k of ['publisher', 'publisher-place'] as const) delete csl[k];
  }
  // a UN symbol's date is the document's; the entry's own year stays where the symbol has none
  if (found.issued && csl.issued && 'date-parts' in csl.issued && csl.issued['date-parts']?.[0]?.[0] !== found.issued['date-parts']?.[0]?.[0]) delete found.issued;
  // a chapter's book year is the entry's where the entry has none (a note); an entry's own date ("(2021, March 3)") stays
  if (found.type === 'chapter' && csl.issued) delete found.issued;
  if (found.type === 'report' && csl.type === 'article-journal') delete found.type;
  Object.assign(csl, found);
}

/** A year as an entry prints it: "2020", or two, "2020/2021", "2020–21", "2020-2021" (a season, a reprint). */
const SECOND_YEAR = String.raw`(?:\s*[/–—-]\s*(?:\d{4}|\d{2}))?`;
const YEARS = String.raw`\d{4}${SECOND_YEAR}`;
/** APA and Harvard: the names, then the year in brackets, perhaps with a day or month: (2019, March 3), (2019, Spring). */
const BRACKETED_YEAR = new RegExp(String.raw`^(.+?)\s*\((${YEARS})([a-z])?(?:,\s*([\p{L}\d][\p{L}\d .–-]{0,30}?))?\)\s*(.*)$`, 'u');
/**
 * Chicago author-date puts the year after the names with no parenthesis: "Jackson, Ashley. 2021.
 * Title." An editors' mark may close the names: "Smith, A., B. Jones and C. Lee (eds). 2019." read
 * no entry at all (review41).
 */
const BARE_YEAR = new RegExp(String.raw`^(.+?\p{L}{2}|.+?\p{Lu}|.+?${EDITORS_MARK})\.\s+((?:19|20)\d{2}${SECOND_YEAR}|n\.d\.|forthcoming)([a-z])?\.\s+(.*)$`, 'u');
/**
 * Access notes a web entry prints after its address: "Available at:", "Available from", "Retrieved
 * from", "[Accessed 3 March 2021]", "(Accessed: 12 May 2021)". Left in, "Available at" was read as
 * the place of publication and the access date as the publisher (review17-c finding 10). "Online"
 * alone is left: it is a word of journals' names ("Journal of Online Learning").
 */
const ACCESS_NOTE = /[([]\s*(?:last\s+)?(?:accessed|viewed|consulted|retrieved)(?:\s+on)?\s*:?[^()[\]]{0,40}[)\]]\.?|\b(?:last\s+)?(?:accessed|viewed|consulted)(?:\s+on)?\s*:?\s*(?:\d{1,2}\s+\p{L}+\.?,?\s+\d{4}|\p{L}+\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{2,4})\.?|\[online\]|\bURL\s*:|\b(?:available\s+(?:online\s+)?(?:at|from)|available\s+online|retrieved(?:\s+\p{L}+\s+\d{1,2},\s+\d{4},)?\s+from)\s*:?(?=\s|$)/giu;

/** The issued date of a year as printed: one year (with its month and day, APA), two years as a range, or a word ("n.d."). */
function issuedOf(year: string, when: string | undefined): CslItem['issued'] {
  const y = /^(\d{4})(?:\s*[/–—-]\s*(\d{4}|\d{2}))?$/.exec(year);
  if (!y) return { literal: year };
  const first = Number(y[1]);
  // "2020–21" is 2020 to 2021, "1999–00" 1999 to 2000 (two figures a few years past a century's
  // end are the next century's); a second year that is no later ("2021-19", "2021-2019") is no range
  const short = y[2]?.length === 2 ? Number(y[1].slice(0, 2) + y[2]) : 0;
  const second = y[2] ? (y[2].length === 2 ? (short < first && short + 100 - first <= 10 ? short + 100 : short) : Number(y[2])) : 0;
  return { 'date-parts': second > first ? [[first], [second]] : [[first, ...monthDay(first, when)]] };
}

/** The names, year, date and the rest of an entry in author-date or Vancouver shape; the title when the shape gives it. */
function entryHead(text: string): { who: string; year: string; letter?: string; when?: string; rest: string; title?: string } | null {
  const t = text.trim();
  const m = BRACKETED_YEAR.exec(t);
  // names hold no volume before a journal's name and no pages ("G20" is a name): a legal (Bluebook) citation ends with its year in
  // brackets, "Adelsberg, S., Title, 4 Harv. Nat'l Sec. J., pp. 282-319 (2012-2013)", and all of
  // it had been read as the authors
  if (m && !/(?<!\S)\d{1,4}\s+\p{Lu}|\bpp?\.\s*\d/u.test(m[1])) return { who: m[1], year: m[2], letter: m[3], when: m[4], rest: m[5] };
  const word = /^(.+?)\s*\((forthcoming|n\.d\.)\)\s*(.*)$/.exec(t);
  if (word) return { who: word[1], year: word[2], rest: word[3] };
  const bare = BARE_YEAR.exec(t);
  // "Jackson, A." keeps its initial's full stop
  if (bare) return { who: `${bare[1]}${/\s\p{Lu}$/u.test(bare[1]) ? '.' : ''}`, year: bare[2], letter: bare[3], rest: bare[4] };
  const v = vancouverParts(t);
  return v ? { who: v.who, year: String(v.year), rest: v.rest, title: v.title } : null;
}

// the names before it are an edited book's editors (container.ts's one list of marks)
const EDITORS_AT_END = new RegExp(String.raw`,?\s*${EDITORS_MARK}\.?$|,\s*eds?\.$`, 'iu');

/** An author-date (or Vancouver) list entry; places, lower-cased, are the gazetteer's names (a place alone is no publisher). */
export function parseAuthorDate(text: string, places: ReadonlySet<string> = NO_PLACES): CslItem | null {
  return readAuthorDate(text, places)?.csl ?? null;
}

/** A list entry's work and the letter after its year ("(2019b)", "2019b."), which only in-text citations need. */
export interface LetteredEntry {
  csl: CslItem;
  /** a–z after a year: the list's own letter for one of an author's works of that year (APA 7 §8.19) */
  letter?: string;
  /**
   * The names end in "et al." ("Smith, A. et al. (2019)"): more authors than the entry names, so a
   * citation of several links it (entry-lookup.ts). Beside the entry like the letter, never stored.
   */
  etAl?: true;
}

function readAuthorDate(text: string, places: ReadonlySet<string>): LetteredEntry | null {
  const head = entryHead(text);
  if (!head) return null;
  const { who, year, when } = head;
  // APA closes the year with a full stop ("(2019). Title."); Harvard runs on ("(2019) Title.").
  let rest = head.rest.replace(/^[.,]\s*/, '');
  const url = URL_RE.exec(rest);
  const doi = DOI_RE.exec(rest)?.[1];
  if (url) rest = rest.replace(url[0], ' ');
  if (doi) rest = rest.replace(new RegExp(String.raw`\s*(?:doi:?\s*)?${doi.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\.?`, 'i'), ' ');
  rest = rest.replace(ACCESS_NOTE, ' ').replace(/\s+([.,;])/g, '$1').replace(/\s{2,}/g, ' ');
  // a plain-text list keeps Markdown's emphasis round a journal ("*Disasters*"): the title ends before it
  rest = unemphasise(rest);
  let title: string;
  const q = head.title === undefined ? QUOTED.exec(rest.trim()) : null;
  if (head.title !== undefined) title = head.title;
  // A quoted phrase followed by a colon opens a longer title (‘The protection crisis’: a review …).
  else if (q && !/^\s*:/.test(rest.trim().slice(q[0].length))) {
    title = q[1];
    rest = rest.trim().slice(q[0].length);
  } else {
    // The title ends at a full stop (or a question mark) before the next part of the entry.
    const m2 = /(?<=[?!])\s+(?=\p{Lu})|\.\s+(?=[\p{Lu}\d(])|\.\s*$/u.exec(rest);
    const end = m2 ? m2.index : -1;
    title = (end >= 0 ? rest.slice(0, end) : rest).trim();
    rest = end >= 0 ? rest.slice(end + (m2 ? m2[0].length : 0)) : '';
  }
  // "Slim, H. (ed.) (2015)", "de Coning, C. and Aoi, C. (eds.) (2017)": an edited book's names are its editors
  const edMark = EDITORS_AT_END.exec(who.trim());
  const names = authorDateNames(edMark ? who.trim().slice(0, edMark.index) : who, places);
  const csl: CslItem = { id: '', type: typeOf(rest), ...(edMark ? { editor: names } : { author: names }), title: title.replace(/[.,]$/, '').trim() };
  csl.issued = issuedOf(year, when);
  // "Oxford: Oxford University Press"; Vancouver closes a book's publisher with "; 2019"
  const pub = /([A-Z][\p{L} ]+):\s*([^.();]+)/u.exec(rest);
  if (pub) {
    csl['publisher-place'] = pub[1].trim();
    csl.publisher = pub[2].trim();
  }
  const series = /(HPG [a-z ]+|[A-Z][a-z]+ (?:working|discussion|commissioned) paper|Background Paper|Practice note)/i.exec(rest);
  if (series) csl['collection-title'] = series[1];
  // APA 7 names the publisher with no place ("Title. Publisher."): one short sentence of words after a report's title
  const alone = /^\s*(\p{Lu}[\p{L}&' -]{1,60}?)\.?\s*$/u.exec(rest);
  if (!pub && !series && alone && csl.type !== 'article-journal' && !notAPublisher(alone[1].trim(), places)) csl.publisher = alone[1].trim();
  mergeContainer(csl, rest);
  // a work with its edition, or a publisher only books have, is a book
  if (csl.type === 'document' && (csl.edition || (typeof csl.publisher === 'string' && PUBLISHER_WORD.test(csl.publisher)))) csl.type = 'book';
  if (url) csl.URL = cleanUrl(url[1]).replace(/^www\./, 'https://www.');
  if (doi) csl.DOI = doi;
  // the letter is the list's way to tell an author's works of a year apart, not the work's: it is
  // kept beside the entry for the citation links, never stored (CSL's year-suffix is the style's)
  return { csl, ...(head.letter && /^\d{4}$/.test(year) ? { letter: head.letter } : {}), ...(/\set al\.?$/.test(who.trim()) ? { etAl: true as const } : {}) };
}

/** A note's name, quoted title and the rest: "Jane Doe, ‘Title’, Journal, 2020". */
// The name runs to the first comma and quotation mark: where that quotation is never closed
// no later one is, and trying each later one (each scanning the rest of the note for a closing
// mark) was quadratic (665 ms on 96 kB of "a, ‘x "; hostile31).
// A mark before "s" is an apostrophe, no closing one: a possessive ("Children’s Rights") or a
// decade ("the 1990’s"), where the title had been cut (and "1990" taken for the work's year).
export const NOTE_QUOTED = new RegExp(String.raw`^(.(?:(?!,\s*${OPENING}).)*?),\s*${OPENING}(.+?)[’'”"](?!s\b)\s*,?\s*(.*)$`);
/** A note's name, title and the parenthesis after it: "Jane Doe, Title (London: Hart, 2007)". */
// The title runs to the first "(" after its first character: where that one has no ")" after
// it no later one has, and trying each later "(" (each scanning the rest of the note for a
// ")") was quadratic (650 ms on 48 kB of "(a "; hostile31).
export const NOTE_PLAIN = /^([\p{Lu}][^,]{2,80}),\s*(.[^(\n\r\u2028\u2029]*?)\s*\((.+?)\)\s*(.*)$/u;

/**
 * One citation inside a note: "Alexander Gilder, 'Title', Journal, vol. 28, 2023, 317-348.";
 * places, lower-cased, are the gazetteer's names ("IOM Iraq" is a country office, "AJR Groom" a person).
 */
export function parseNoteCitation(text: string, places: ReadonlySet<string> = NO_PLACES): CslItem | null {
  const t = text.trim().replace(/^(?:see(?:\s+(?:also|e\.g\.))?|cf\.)\s+/i, '');
  if (/^ibid/i.test(t) || t.length < 15) return null;
  const quoted = NOTE_QUOTED.exec(t);
  const plain = NOTE_PLAIN.exec(t);
  let who: string;
  let title: string;
  let rest: string;
  let listedEditors = false;
  if (quoted) [, who, title, rest] = quoted;
  else if (plain && /^(?:eds?|editors?)\.?$/i.test(plain[3].trim())) {
    // "A, B and C (eds), *Book* (Place: Publisher, 2017)": the names before "(eds)" are the editors
    // (the first comma had cut them, "Chiyuki Aoi and John Karlsrud" read as the title)
    const book = /^,?\s*(.+?)\s*\(([^()]*)\)\s*(.*)$/.exec(plain[4]);
    if (!book) return null;
    who = `${plain[1]}, ${plain[2]}`;
    title = unemphasise(book[1]).replace(/,$/, '');
    rest = `(${book[2]}) ${book[3]}`;
    listedEditors = true;
  } else if (plain) {
    [, who, title] = plain;
    title = unemphasise(title);
    rest = `${plain[3]} ${plain[4]}`;
  } else return null;
  // Chicago notes: "Hugo Slim, ed., Title" names the editors, "Title, trans. Ana Ortiz" a translator;
  // read as written, both were part of the title ("ed., Humanitarian Ethics, trans. Ana Ortiz")
  // "Hugo Slim (ed.), Title (…)", "A and B (eds), Title": the mark after the names, before the
  // first comma, was read as part of the last name ("Ana Ortiz (eds)")
  const edited = /^eds?\.,\s*/.exec(title) ?? EDITORS_AT_END.exec(who);
  if (edited) {
    if (edited.input === title) title = title.slice(edited[0].length);
    else who = who.slice(0, edited.index);
  }
  const translated = /,\s*trans(?:lated)?\.?(?:\s+by)?\s+([^,]+?)\s*$/i.exec(title);
  if (translated) title = title.slice(0, translated.index);
  // "Hugo Slim, Title, edited by Ana Ortiz (…)", "…, ed. by Ana Ortiz": an author's book with its
  // editor; read as written, "edited by Ana Ortiz" was the title's end and the editor lost (review32)
  const editedBy = /,\s*(?:edited|ed\.)\s+by\s+([^,]+?)\s*$/i.exec(title);
  if (editedBy) title = title.slice(0, editedBy.index);
  // a decade written with an apostrophe ("the 1990’s" in a title) is no year of the work ("1990s" has no \b)
  const years = [...`${rest} ${title}`.matchAll(/\b((?:19|20)\d{2})\b(?![’']s\b)/g)].map((m) => Number(m[1]));
  const year = years.find((y) => y <= new Date().getFullYear());
  // An edited book's names are its editors only: as both author and editor, every export listed
  // the same people twice ("de Coning, Aoi and Karlsrud (eds)" after themselves). Keys and the
  // graph take the first editor where there is no author (firstAuthorName).
  const names = noteNames(who, places);
  const csl: CslItem = { id: '', type: typeOf(rest), ...(edited || listedEditors ? { editor: names } : { author: names }), title: title.trim() };
  if (translated) csl.translator = editorNames(translated[1]);
  if (editedBy && csl.author) csl.editor = editorNames(editedBy[1]);
  if (year) csl.issued = { 'date-parts': [[year]] };
  const url = URL_RE.exec(rest);
  if (url) csl.URL = cleanUrl(url[1]);
  const doi = DOI_RE.exec(rest)?.[1];
  if (doi) csl.DOI = doi;
  // "(London: Palgrave, 2023)"; a book's parenthesis is what the plain form read as its rest
  const pub = /\(([^:()]+):\s*([^,()]+),/.exec(rest) ?? (plain && !quoted ? /^([^:()]+):\s*([^,()]+),/.exec(plain[3]) : null);
  if (pub) Object.assign(csl, { 'publisher-place': pub[1].trim(), publisher: pub[2].trim() });
  mergeContainer(csl, rest);
  return csl;
}

/** All the works a note or list entry cites; a note may cite several, separated by semicolons. */
export function parseReferences(raw: string, kind: 'entry' | 'note', places?: ReadonlySet<string>): CslItem[] {
  return readReferences(raw, kind, places).map((x) => x.csl);
}

/** parseReferences with each list entry's year letter ("Smith, J. (2019b)"); a note has none. */
export function readReferences(raw: string, kind: 'entry' | 'note', places: ReadonlySet<string> = NO_PLACES): LetteredEntry[] {
  // A passage's whitespace is single already (stages/repair.ts); a run of it here would make every
  // "\s*" after a lazy part above try the run from each of its places (25 s on 160 kB of spaces).
  const text = raw.replace(/\s{2,}/g, ' ');
  if (kind === 'entry') {
    const one = readAuthorDate(text, places);
    return one ? [one] : [];
  }
  return text
    .split(/;\s+(?=[\p{Lu}]|see\b)/u)
    .map((part) => parseNoteCitation(part, places))
    .filter((c): c is CslItem => c !== null)
    .map((csl) => ({ csl }));
}
