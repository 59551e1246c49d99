import { createRequire } from 'node:module';
import type { CslItem, DocumentRecord, Passage } from '../../core/types.js';
import { lettersOnly, MONTHS } from '../../core/text.js';
import { citationKey, firstAuthorName, issuedYear } from '../../core/csl.js';
import { keyParts } from '../readers/pandoc-citations.js';
import { withDefinedAcronyms } from './defined-acronyms.js';
import { bareSurnames, listedPersons, NO_PLACES, readReferences, workKey, type Reference } from './parse.js';
import { fillFromCitations } from './cited-metadata.js';
import { authorFamilies, entryLookup, familyKeys } from './entry-lookup.js';
import { CAPITAL_PARTICLE, FAMILY_PREFIX, PARTICLE, withoutParticles } from './particles.js';

// The corpus's own citation graph: each document's reference entries and citation notes,
// in-text citations linked to them, and entries matched to documents in the corpus by title,
// first author and year.

const require = createRequire(import.meta.url);
const DiceCoefficient = require('natural/lib/natural/distance/dice_coefficient') as (a: string, b: string) => number;

/** One cited name and year, and where it stands in the text ([start, end) offsets). */
export interface InTextCitation {
  family: string;
  year: number;
  /** how many authors the citation names: "Metcalfe", "Bowden and Metcalfe-Hough", "Niland et al." */
  authors: 'one' | 'two' | 'more';
  /** the letter after the year, "Smith (2019b)": which of the author's works of that year */
  letter?: string;
  /** the author is the one cited before it: "b" of "(Smith 2019a, b)", "2021" of "(Smith 2019, 2021)" */
  carried?: boolean;
  /**
   * A narrative citation of two names, "Smith and Jones (2019)": the second, cited alone where the
   * list has no work of the pair ("in Mali and Smith (2019)" is prose before one author).
   */
  second?: string;
  /** the second name of a pair, "Lee" of "(Smith and Lee 2020)": the entry's second author where it names one */
  coauthor?: string;
  /** the cited name without the particles it opens with, where it has them: "santoscruz" of "dos Santos Cruz" */
  bare?: string;
  /** a hyphenated cited name's first part, "metcalfe" of "Metcalfe-Hough": the list may file the author under it */
  head?: string;
  /**
   * The name with the capitalised words beside it, "garciamarquez" of "(García Márquez 2019)" and
   * of "As García Márquez (2019) shows", and where its span then starts: a double surname, which
   * the list files whole, where the list holds it (DOUBLE).
   */
  double?: { family: string; start: number; after?: true };
  /**
   * Names before the pair of a narrative citation of three or more, "Smith, Jones and Lee (2019)":
   * the first author is one of them where the list holds its work (traceDocumentCitations), and a
   * place ("In Kenya, Jones and Lee (2019)") is none; each with where its span then starts.
   */
  lead?: { family: string; start: number }[];
  start: number;
  end: number;
}

export interface CitationGroup {
  /** the group says "ibid.": it repeats the group cited before it */
  ibid: boolean;
  cites: InTextCitation[];
  /** [start, end) of the group in the text */
  start: number;
  end: number;
}

// A decade ("the 1990s", "mid-2000s", "the 1990’s") is no year of a work: read as one, "(During
// the 1990s)" cited a work of "During" in 1990 with the letter s, and "(In the 2010s)" the first
// 2010 entry whose name begins "In" (International …). A year ending in 0 before an "s" is one.
const NOT_DECADE = String.raw`(?!(?<=0)[’']?s(?!\p{L}))`;
const YEAR = String.raw`((?:19|20)\d{2})${NOT_DECADE}`;
// A year's letter ("2019b"), or a range of them ("2019a–c": a, b and c), with no letter after it.
const LETTERS = String.raw`(?:([a-z])(?:[–-]([a-z]))?(?!\p{L}))?`;
// More years of the author just cited, or more letters of its year: "(Smith 2019a, b)",
// "(Smith 2019, 2021)", "Smith (2019a, 2019b, 2020)", "(IASC, 2009; 2017)". A year or letter
// stands alone before the next comma, semicolon, locator colon or the end, so a page ("2019, 4"),
// a locator ("2019, p. 4") or a year with words after it ("2020 survey") is none.
// A page locator between them stays with the year before it: "(Smith 2019a: 4, b: 7)",
// "(Smith 2019, p. 4, 2020)" (read only before a separator, it had ended the run at the first).
// Sticky, read on from where the last stopped: slicing the rest for each was quadratic in a long list.
const LOCATOR = String.raw`(?::\s*\d[\d–-]*|,\s*(?:pp?\.|paras?\.|ch\.|chap\.|sec\.|§)\s*[\d–-]+)`;
// "and" carries a year too, "(Smith 2019 and 2020)" (refs40), not a letter: "2019a and b" is rare,
// and "and" before a lone letter reads prose as often.
const AND_YEAR = String.raw`\s+(?:and|&)\s+(?=(?:19|20)\d{2})`;
const MORE = new RegExp(String.raw`(${LOCATOR}(?=[,;]|${AND_YEAR}))?(?:${AND_YEAR}|[,;]?\s*)(?:${YEAR}${LETTERS}|([a-z])(?:[–-]([a-z]))?(?![\p{L}.]))(?=\s*(?:[,;:]|$)|${AND_YEAR})`, 'uy');
// A parenthesis, or a narrative citation "Rosenthal (2019)"; one pass, so groups come in
// reading order and "(ibid.)" can take the group before it.
// A narrative citation may carry a locator, "Keller (2023, p. 4)", and more years, "Keller (2023a, b)".
// Of two names, "Smith and Jones (2019)", the first is the work's first author: read from the
// second alone, Jones was cited as a one-author work and linked a Jones (2019) of the list (review36).
// Names before the pair with commas, "Smith, Jones and Lee (2019)", may be the first authors (LEAD;
// at most eight, so a long run of capitalised words is read in linear time).
// "et al." may carry a comma of its own before the year, "Smith, Jones, et al., (2019)", as the
// parenthetical "(Smith et al., 2019)" does; it read nothing (refs42).
// A name may open with a prefix ("Ó Briain", "Mac Giolla", "al-Hakim"), and with a capital no ASCII
// word character is ("Ó", "Ö"): JavaScript's \b knows none, so "Smith, Jones and Ó Briain (2019)"
// and "Özerdem (2019)" read nothing or the name's last word (refs43).
const NAME = String.raw`${FAMILY_PREFIX}?[\p{Lu}][\p{L}'’-]+`;
// A name with its particles, read whole as a reference manager files it: "dos Santos Cruz", "Van
// der Berg", "de la Cruz". Read from one capital word, "dos Santos Cruz (2023)" was "Cruz" and
// linked the list's other Cruz, and "(Van der Berg 2019)" was "Van" and linked nothing (refs41).
// A particle is a word of its own: "le" of "for example Lilly" is none.
const FAMILY = String.raw`(?:(?<![\p{L}'’-])(?:${CAPITAL_PARTICLE}|${PARTICLE})(?:\s+${PARTICLE})*\s+${NAME}(?:\s+${NAME})?|${NAME})`;
const LEAD = String.raw`(?:${NAME},\s+){1,8}`;
const CARRIED = String.raw`(?:19|20)\d{2}(?:[a-z](?:[–-][a-z])?)?|[a-z](?:[–-][a-z])?`;
const GROUP = new RegExp(
  String.raw`\(([^()]*)\)|(?<![\p{L}\p{N}_])(${LEAD})?(${FAMILY})(?:,?\s+(?:and|&)\s+(${FAMILY}))?(,?\s+et al\.,?)?\s+\(${YEAR}${LETTERS}((?:${LOCATOR}?(?:[,;]\s*|${AND_YEAR})(?:${CARRIED})(?![\p{L}.]))*)${LOCATOR}?\)`,
  'dgu',
);
// "Smith, Jones, et al." is "Smith, Jones et al." with a comma before "et al." (refs41).
const PART = new RegExp(String.raw`(?:see (?:also )?(?:for example )?)?(${FAMILY})((?:[^,;]|,(?=\s+et al\b))*?),?\s*${YEAR}${LETTERS}`, 'du');
// The second name of a pair after the first, " and Lee" of "(Smith and Lee 2020)".
const COAUTHOR = new RegExp(String.raw`^\s+(?:and|&)\s+(${FAMILY})`, 'u');
// The names that end the text before a pair, "Smith, " of "(Smith, Jones and Lee 2019)".
const LEAD_BEFORE = new RegExp(String.raw`${LEAD}$`, 'u');
// Between one work and the next of a part parted by a comma, after the comma: lower-case words only,
// "(Smith 2019, cited in Jones 2020)", "(Smith 2019, but see Jones 2020)".
const LEAD_IN = /^\s*(?:\p{Ll}[\p{L}.]*\s+)*$/u;
// Before that comma, only the work's own years, letters and locators ("2019, p. 4, 2020, Jones"):
// no word of two letters once the locators' abbreviations are taken out. An unclosed parenthesis
// runs on into prose, and a capitalised word after a sentence's comma is no next work.
const LOCATOR_WORDS = /\b(?:pp?|paras?|ch|chap|sec|nn?|fn)\./gu;
const TWO_LETTERS = /\p{L}{2}/u;
// Two works may be parted by "and" or "&" too, "(Smith 2019 and Jones 2020)", with nothing but the
// first work's own years and locators before it and nothing between it and the next name but
// that name's particles: "(Smith 2019 and de Waal 2020)", as "(Smith 2019; de Waal 2020)" is read.
const AND_PARTING = new RegExp(String.raw`\s+(?:and|&)\s+(?:${PARTICLE}\s+)*$`, 'u');
// Where a next work may stand: after a comma or an "and".
const MAY_PART = /,|\s(?:and|&)\s/u;
// The rest of a next work's author after its first name: more names, co-authors, "et al.", the
// particles of an organisation's name ("Office for the Coordination of …"), a word with a capital
// anywhere ("HCT in oPt") — not a sentence.
const NAME_REST = /^(?:\s+(?:\p{Ll}*\p{Lu}[\p{L}'’-]*|and|&|et al\.|de|van|von|der|du|del|des|la|le|of|for|on|the|in)|,\s+et al\.)*$/u;
// After the first name: co-authors, "et al.", more words of an organisation's name. A common
// noun there ("HPG interviews, 2021", "author's survey, 2020") names an unpublished source,
// not the author's work in the reference list.
// Nor is a place of publication ("Oxford: Hart, 2007") or a date ("December 2016").
const NOT_AN_AUTHOR = /^(?:\s+(?!(?:and|et|de|van|von|der|du|del|of|in|for|on|the)\b)\p{Ll}|\s*:)/u;

const lettered = (letter: string | undefined): { letter?: string } => (letter ? { letter } : {});

// A Spanish or Portuguese double surname printed without a hyphen, "García Márquez": the list files
// it whole ("García Márquez, G."), a text cites it whole or by its first part. Read from one word,
// "(García Márquez 2019)" was "García" and linked a listed García, D. (2019) before it, and "As
// García Márquez (2019) shows" was "Márquez" and linked nothing or another Márquez (refs45). The
// words beside the name are tried whole first and only where the list names an author so: a word
// of the sentence ("As", "In Kenya") makes a name no list holds, and the one word is read as before.
const DOUBLE_AFTER = new RegExp(String.raw`^(?:\s+${NAME}){1,2}$`, 'u');
const DOUBLE_WINDOW = 80;
const DOUBLE_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{N}_'’-])${NAME}\s+$`, 'u');
// Words after a name in parentheses are the name's own, never the sentence's: "(García Lorca 2019)"
// names García Lorca, and a person the list files under "García" alone is another, as "Rosenthal" is
// not "Rosenthaler" (refs43). A text may shorten a listed double name ("(García 2019)" for García
// Márquez, refs42), the list rarely the text's. A body is still its first words ("(Oxfam
// International 2019)", "Oxfam (2019)"), and a suffix no surname ("(Smith Jr 2019)"); before a
// narrative name the word may be the sentence's ("In Kenya Smith (2019)"), so it is read as before.
const SUFFIX_AFTER = /^\s+(?:Jr|Jnr|Sr|Snr|II|III|IV)$/;
// A double name as a pair's first, "(García Márquez and Smith 2019)": read as one author García, the
// rest was no pair, and it linked García Márquez's own work or his work with another (refs46).
const DOUBLE_PAIR = new RegExp(String.raw`^\s+(${NAME})(?=\s+(?:and|&)\s)`, 'u');

// The first part of a hyphenated name, "Metcalfe" of "Metcalfe-Hough": an author who took a
// double name may be listed under the name of an earlier work. Of three letters or more: "El" of
// "El-Masri" and "Al" of "Al-Hakim" are articles, no one's name. Nor is an Arabic or Hebrew name's
// "father of", "son of" or "daughter of": "(Abu-Lughod 2012)" linked a listed "Abu, L. (2012)"
// (review44).
const HYPHENATED_HEAD = /^(?!(?:Abu|Abou|Ben|Bin|Bint|Ibn|Ould)[-‐])([\p{Lu}][\p{L}'’]{2,})[-‐]\p{Lu}/u;

/** Whether an entry's first author (or editor) is a person, filed by a family name, not a body. */
const firstIsPerson = (r: CslItem): boolean => (r.author?.length ? r.author[0] : r.editor?.[0])?.family !== undefined;

/** A cited name's letters, without its particles where it opens with some ("Van der Berg": "vanderberg", "berg"), and a hyphenated name's first part. */
function citedName(name: string): { family: string; bare?: string; head?: string } {
  const family = lettersOnly(name);
  const unparticled = withoutParticles(name);
  const bare = lettersOnly(unparticled);
  const head = HYPHENATED_HEAD.exec(unparticled)?.[1];
  return { family, ...(bare !== family ? { bare } : {}), ...(head ? { head: lettersOnly(head) } : {}) };
}

/** The letters a range adds after its first, "2019a–c": b and c, spanning the range from `start`. */
function spread(first: InTextCitation, to: string | undefined, start: number): InTextCitation[] {
  if (!first.letter || !to || to <= first.letter) return [];
  const out: InTextCitation[] = [];
  for (let k = first.letter.charCodeAt(0) + 1; k <= to.charCodeAt(0); k++) out.push({ ...first, letter: String.fromCharCode(k), carried: true, start });
  return out;
}

// A letter alone is the one before it (the work cited again at another page, "b: 7, b: 9") or a
// later one of the first ten: an author's works of a year are lettered a, b, c… and cited in that
// order, those cited elsewhere skipped ("(Smith 2019a, d)", refs39), but a lone "s" after "2019a"
// ("(Smith 2019a, s)", review36) is a stray letter, not the 19th work of the year. A letter the
// list cannot give links nothing (entry-lookup.ts), so the bound only keeps stray letters unread.
const LAST_LONE_LETTER = 'j';

/**
 * The years and letters after a citation that carry its author: `text` from just after the
 * cited year, `at` its offset in the passage, `end` where the last may run to (its locator).
 * `cited` is the citation with its range's letters; each token's span is cut short before the
 * next, so each has a span of its own (a range's letters share theirs).
 */
function carried(cited: InTextCitation[], text: string, at: number, end: number): InTextCitation[] {
  const out: InTextCitation[] = [];
  const [head] = cited;
  let token = cited;
  let from = 0;
  MORE.lastIndex = 0;
  for (let m = MORE.exec(text); m; m = MORE.exec(text)) {
    // the locator of the one before, kept in its span
    const located = from + (m[1]?.length ?? 0);
    const body = m[0].slice(located - from).replace(/^(?:\s+(?:and|&)\s+|[,;]?\s*)/, '');
    const prev = token[token.length - 1];
    const lone = m[5];
    // a letter alone is another work of the year before only where that year had a letter before it
    if (lone && !(prev.letter && lone >= prev.letter && lone <= LAST_LONE_LETTER)) break;
    const start = at + from + m[0].length - body.length;
    for (const c of token) c.end = at + located;
    const year = m[2] ? Number(m[2]) : prev.year;
    const first: InTextCitation = {
      family: head.family,
      year,
      authors: head.authors,
      ...lettered(m[3] ?? lone),
      ...(head.second ? { second: head.second } : {}),
      ...(head.coauthor ? { coauthor: head.coauthor } : {}),
      ...(head.bare ? { bare: head.bare } : {}),
      ...(head.head ? { head: head.head } : {}),
      ...(head.double ? { double: head.double } : {}),
      ...(head.lead ? { lead: head.lead } : {}),
      carried: true,
      start,
      end,
    };
    token = [first, ...spread(first, m[4] ?? m[6], start)];
    out.push(...token);
    from += m[0].length;
  }
  return out;
}

/** The names of a LEAD match ("Smith, Brown, "), each with its offset (`at`: the match's). */
function leadNames(text: string, at: number): { family: string; start: number }[] {
  return [...text.matchAll(new RegExp(`(${NAME}),`, 'gu'))].map((n) => ({ family: lettersOnly(n[1]), start: at + n.index }));
}

/** The authors a part's name-and-year match gives, or null where it names no work. */
function partAuthors(c: RegExpExecArray): 'one' | 'two' | 'more' | null {
  if (/^ibid/i.test(c[1]) || MONTHS.includes(c[1].toLowerCase()) || NOT_AN_AUTHOR.test(c[2])) return null;
  return /^,?\s+et al\b/.test(c[2]) ? 'more' : /^\s+(?:and|&)\s/.test(c[2]) ? 'two' : 'one';
}

/**
 * The next work of a part after a comma, "(Smith 2019, Jones 2020)", from `from` (the end of the
 * work before): its match (offsets from `shift`) and `boundary`, where the work before ends.
 * Only lower-case words may stand between the comma and the name ("cited in", "but see"), and
 * only the work's own years and locators before it; a page ("2019, 4"), a locator ("p. 4") or
 * words ("emphasis added") give no year after a name, and a name followed by a number ("Table 4,
 * 2020"), words ("Country-based UN leaders also …, 2020") or a month ("December 2020") is no author.
 */
function nextWork(text: string, from: number): { c: RegExpExecArray; shift: number; boundary: number } | undefined {
  const rest = text.slice(from);
  if (!MAY_PART.test(rest)) return undefined;
  const c = PART.exec(rest);
  if (!c || !NAME_REST.test(c[2]) || !partAuthors(c)) return undefined;
  // the names before the next work are its first authors: "(Smith 2019, Brown, Jones and Lee 2020)",
  // "(Smith 2019, Brown, Jones et al. 2020)", "(Smith 2019, Brown, Jones, Lee 2020)"
  const gap = rest.slice(0, c.indices![1][0]).replace(LEAD_BEFORE, '');
  const own = (before: string) => !TWO_LETTERS.test(before.replace(LOCATOR_WORDS, ''));
  const comma = gap.lastIndexOf(',');
  if (comma >= 0 && LEAD_IN.test(gap.slice(comma + 1)) && own(gap.slice(0, comma))) return { c, shift: from, boundary: from + gap.slice(0, comma).trimEnd().length };
  const and = AND_PARTING.exec(gap);
  if (and && own(gap.slice(0, and.index))) return { c, shift: from, boundary: from + and.index };
  return undefined;
}

/** The in-text citations of a text in reading order, one group per parenthesis or narrative
 * citation: "(Bowden and Metcalfe-Hough, 2020; UNSC, 1999)", "Rosenthal (2019)", "(ibid.)". */
export function citationGroups(text: string): CitationGroup[] {
  const out: CitationGroup[] = [];
  for (const m of text.matchAll(GROUP)) {
    const at = { start: m.index, end: m.index + m[0].length };
    const idx = m.indices!;
    if (m[3]) {
      const pair = m[4] ? { authors: 'two' as const, second: lettersOnly(m[4]), coauthor: lettersOnly(m[4]) } : { authors: m[5] ? ('more' as const) : ('one' as const) };
      const lead = m[2] ? { lead: leadNames(m[2], idx[2][0]) } : {};
      const nameAt = idx[3][0];
      // the word before, from a window: the text up to every narrative citation of a long passage would read it again each time
      const from = Math.max(0, nameAt - DOUBLE_WINDOW);
      const before = m[2] ? null : DOUBLE_BEFORE.exec(text.slice(from, nameAt));
      const double = before && (before.index > 0 || from === 0) ? { double: { family: lettersOnly(before[0] + m[3]), start: from + before.index } } : {};
      const first: InTextCitation = { ...citedName(m[3]), year: Number(m[6]), ...pair, ...lettered(m[7]), ...lead, ...double, start: nameAt, end: at.end };
      const range = spread(first, m[8], idx[7]?.[0] ?? nameAt);
      const after = (idx[8] ?? idx[7] ?? idx[6])[1];
      // the last runs to the closing parenthesis, its locator with it: "Smith (2019a, b: 7)"
      out.push({ ibid: false, cites: [first, ...range, ...carried([first, ...range], m[9], after, at.end - 1)], start: nameAt, end: at.end });
      continue;
    }
    const ibid = /\bibid\b/i.test(m[1]);
    const cites: InTextCitation[] = [];
    if (/\b(?:19|20)\d{2}/.test(m[1])) {
      // the author of the part before, for a part that gives years only ("(IASC, 2009; 2017)")
      let last: InTextCitation | undefined;
      for (const part of m[1].matchAll(/[^;]+/g)) {
        const t = part[0];
        const base = m.index + 1 + part.index;
        const partEnd = base + t.trimEnd().length;
        let c = PART.exec(t);
        if (!c) {
          const more = last ? carried([{ ...last, start: base, end: partEnd }], t, base, partEnd) : [];
          cites.push(...more);
          last = more.at(-1);
          continue;
        }
        last = undefined;
        // where the part's current work may begin (after the comma parting it from the one before)
        let shift = 0;
        let begins = 0;
        while (c) {
          const authors = partAuthors(c);
          if (!authors) break;
          const i = c.indices!;
          const nameAt = shift + i[1][0];
          const yearEnd = shift + c.index + c[0].length;
          const next = nextWork(t, yearEnd);
          // from the name to the end of the work, so a page locator ("2015: 37") is included
          const stop = next ? next.boundary : t.trimEnd().length;
          const names = LEAD_BEFORE.exec(t.slice(begins, nameAt));
          const lead = names ? { lead: leadNames(names[0], base + begins + names.index) } : {};
          const twoWords = authors === 'one' ? DOUBLE_PAIR.exec(c[2]) : null;
          const co = COAUTHOR.exec(twoWords ? c[2].slice(twoWords[0].length) : c[2]);
          const count = twoWords && co ? 'two' : authors;
          const coauthor = co && count === 'two' ? { coauthor: lettersOnly(co[1]) } : {};
          const doubled = DOUBLE_AFTER.test(c[2]) ? c[1] + c[2] : twoWords && co ? c[1] + twoWords[1] : '';
          const after = SUFFIX_AFTER.test(c[2]) ? {} : { after: true as const };
          const double = doubled ? { double: { family: lettersOnly(doubled), start: base + nameAt, ...after } } : {};
          const cite: InTextCitation = { ...citedName(c[1]), year: Number(c[3]), authors: count, ...coauthor, ...lettered(c[4]), ...lead, ...double, start: base + nameAt, end: base + stop };
          const range = spread(cite, c[5], base + shift + (i[4]?.[0] ?? 0));
          const more = carried([cite, ...range], t.slice(yearEnd, stop), base + yearEnd, base + stop);
          cites.push(cite, ...range, ...more);
          last = more.at(-1) ?? range.at(-1) ?? cite;
          if (!next) break;
          begins = next.boundary + 1;
          ({ c, shift } = next);
        }
      }
    }
    if (ibid || cites.length) out.push({ ibid, cites, ...at });
  }
  return out;
}

/** What a pandoc citation key says of the work: its first author and year, as the key is read in the text. */
function keyReference(key: string): CslItem {
  const { name, year } = keyParts(key);
  const csl: CslItem = { id: '', type: 'document', 'citation-key': key, author: [{ literal: key }] };
  if (year) {
    csl.author = [{ family: name }];
    if (/^\d{4}/.test(year)) csl.issued = { 'date-parts': [[Number(year.slice(0, 4))]] };
  }
  return csl;
}

/**
 * The corpus documents by citation key, for pandoc keys: the whole key (`keller2023Negotiating`)
 * and its short form, name and year (`keller2023`). Keys are matched as pandoc matches them, in
 * their case (`Grace2020` is no `grace2020`). A short key names a work by its first author and
 * year only, so it names a corpus document only when that document is the corpus's one work by
 * that first author in that year (counted by authors and years, not by keys that happen to start
 * alike): with two Grace 2020 works in the corpus `[@grace2020]` is none of them (review17-c finding 11).
 */
function keyIndex(docs: DocumentRecord[]): (key: string, except: string) => DocumentRecord | undefined {
  const whole = new Map<string, DocumentRecord>();
  const short = new Map<string, DocumentRecord[]>();
  const byAuthorYear = new Map<string, number>();
  for (const d of docs) {
    const k = citationKey(d.csl);
    if (!whole.has(k)) whole.set(k, d);
    const s = /^(.*?(?:\d{4}|nd))(?=[A-Z])/.exec(k)?.[1];
    const same = s ? short.get(s) : undefined;
    if (same) same.push(d);
    else if (s) short.set(s, [d]);
    const ay = `${lettersOnly(firstAuthorName(d.csl))}|${issuedYear(d.csl) ?? ''}`;
    byAuthorYear.set(ay, (byAuthorYear.get(ay) ?? 0) + 1);
  }
  const onlyWork = (d: DocumentRecord) => byAuthorYear.get(`${lettersOnly(firstAuthorName(d.csl))}|${issuedYear(d.csl) ?? ''}`) === 1;
  return (key, except) => {
    const shortHits = short.get(key);
    const hit = whole.get(key) ?? (shortHits?.length === 1 && onlyWork(shortHits[0]) ? shortHits[0] : undefined);
    return hit && hit.id !== except ? hit : undefined;
  };
}

/** First names and years of every in-text citation, "(ibid.)" aside. */
export function inTextCitations(text: string): { family: string; year: number }[] {
  return citationGroups(text).flatMap((g) => g.cites.map(({ family, year }) => ({ family, year })));
}

/**
 * What one document's linking found, with each work named by its reference's position in
 * the document's list (the work itself is only known once every document's title is:
 * resolveCorpusCitations). Replaying it with the works gives exactly the cites and citing
 * the one-pass algorithm would have set, duplicates removed where it removed them.
 */
export interface CitationTrace {
  /** per passage id: refs in the order they were added to its works */
  cites: Map<string, number[]>;
  /** per passage id: per citation group, refs in the order they were placed, with their spans */
  citing: Map<string, [number, number, number][][]>;
}

/**
 * One document's reference list and in-text citations, linked within the document. Runs as
 * soon as the document is read, so the indexer never needs the corpus's passages together.
 */
export function traceDocumentCitations(d: DocumentRecord, passages: Passage[], places: ReadonlySet<string> = NO_PLACES): CitationTrace {
  const refs: Reference[] = [];
  // each entry's year letter, by its place in refs: for the links only, not stored
  const letters: (string | undefined)[] = [];
  // the entries whose names end in "et al.": of several authors, however many they name
  const more = new Set<number>();
  // the acronyms the document spells out are bodies in its notes ("WFP Procurement", meta43)
  let known: ReadonlySet<string> | undefined;
  for (const p of passages) {
    // Entries of a reference list, and notes that only cite (prose notes are left alone).
    const kind = p.blockType === 'reference' ? 'entry' : p.kind === 'reference' ? 'note' : null;
    if (!kind) continue;
    known ??= withDefinedAcronyms(places, passages.map((x) => x.text));
    for (const { csl, letter, etAl } of readReferences(p.text, kind, known)) {
      letters[refs.length] = letter;
      if (etAl) more.add(refs.length);
      refs.push({ ...csl, id: `${d.id}-ref-${refs.length + 1}`, passage: p.id, work: workKey(csl) });
    }
  }
  // a co-author's bare surname is a person the list names elsewhere (the work key is the first author's, unchanged)
  const persons = listedPersons(refs);
  for (const r of refs) if (r.author) r.author = bareSurnames(r.author, persons);
  // pandoc citations of a Markdown note: one reference per key, the corpus document it names
  // found by its citation key once every document is known (resolveCorpusCitations)
  const keyed = new Map((d.citeKeys ?? []).map((k) => [k.block, k.keys]));
  const seenKeys = new Set<string>();
  for (const p of passages) {
    for (const key of keyed.get(p.block) ?? []) {
      if (seenKeys.has(key)) continue;
      seenKeys.add(key);
      const csl = keyReference(key);
      refs.push({ ...csl, id: `${d.id}-ref-${refs.length + 1}`, passage: p.id, work: workKey(csl) });
    }
  }
  d.references = refs;
  const trace: CitationTrace = { cites: new Map(), citing: new Map() };
  if (!refs.length) return trace;
  // In-text citations point at this document's own entries; notes cite what they contain.
  const byPassage = new Map<string, number[]>();
  refs.forEach((r, i) => {
    const own = byPassage.get(r.passage);
    if (own) own.push(i);
    else byPassage.set(r.passage, [i]);
  });
  // "(ibid.)" and "Ibid." notes repeat the last work cited before them, in reading order.
  let last: number[] = [];
  // the entry each in-text citation names (entry-lookup.ts)
  const entryOf = entryLookup(refs, letters, more);
  // Names before the last, "Smith, Jones and Lee (2019)", "(Smith, Jones et al. 2019)", "(Smith,
  // Jones, Lee 2019)": a work the list holds under one of them exactly that also names every
  // author cited after it, else the reading without them; a place ("In Kenya, Jones and Lee") names
  // no work of Jones. A work of the first name alone is no work of three (refs39: refs37 took
  // one of any count, and "Smith, Jones et al. (2019)" linked a Smith (2019) that names no Jones).
  // [entry, span start]
  const byLead = (c: InTextCitation): [number, number] | undefined => {
    const lead = c.lead ?? [];
    // the last name of a parenthetical one too: "(Smith, Jones and Lee 2019)" is no work of Smith, Jones and Ó Briain
    const last = c.second ?? c.coauthor;
    const later = [...lead.map((n) => n.family), c.family, ...(last ? [last] : [])];
    for (const [i, n] of lead.entries()) {
      const hit = entryOf(n.family, c.year, 'more', c.letter, c.carried);
      if (hit < 0 || !familyKeys(refs[hit]).includes(n.family)) continue;
      const names = authorFamilies(refs[hit]);
      if (later.slice(i + 1).every((f) => names.some((x) => x.endsWith(f)))) return [hit, c.carried ? c.start : n.start];
    }
    return undefined;
  };
  // Every author the list names, with and without particles: "Smith and Jones (2020)" names Smith's
  // work with Jones where the list knows a Smith, never Jones's own (refs40); only a first word the
  // list names no author by ("in Mali and Jones (2019)") is prose before one author (review36).
  const authors = new Set(refs.flatMap((r) => [...authorFamilies(r), ...familyKeys(r)]));
  const lookup = (c: InTextCitation): [number, number] => {
    const lead = byLead(c);
    if (lead) return lead;
    if (c.double) {
      const double = entryOf(c.double.family, c.year, c.authors, c.letter, c.carried, c.coauthor);
      if (double >= 0) return [double, c.carried ? c.start : c.double.start];
    }
    const named = entryOf(c.family, c.year, c.authors, c.letter, c.carried, c.coauthor);
    // the name without its particles where the list holds it so ("Santos Cruz, C. A. dos"), or a
    // particle that was a word of the sentence ("as do Smith and Jones (2019)")
    const unparticled = named < 0 && c.bare ? entryOf(c.bare, c.year, c.authors, c.letter, c.carried, c.coauthor) : named;
    // a hyphenated name's first part where the list files its author so ("Metcalfe-Hough" cited,
    // "Metcalfe, V." listed): a whole name of the cited one's, never a name it only begins (refs43)
    const headed = unparticled < 0 && c.head ? entryOf(c.head, c.year, c.authors, c.letter, c.carried, c.coauthor) : -1;
    const found = c.head && headed >= 0 && familyKeys(refs[headed]).includes(c.head) ? headed : unparticled;
    const hit = found >= 0 && c.double?.after && firstIsPerson(refs[found]) ? -1 : found;
    return [hit < 0 && c.second && !authors.has(c.family) ? entryOf(c.second, c.year, 'one', c.letter, c.carried) : hit, c.start];
  };
  for (const p of passages) {
    const works: number[] = [];
    const citing: [number, number, number][][] = [];
    if (p.blockType !== 'reference') {
      for (const g of citationGroups(p.text)) {
        // where each work is named: its own part of the group, or the whole "(ibid.)"
        const here: [number, number, number][] = g.ibid ? last.map((w) => [w, g.start, g.end]) : [];
        const found: number[] = [];
        for (const c of g.cites) {
          const [r, start] = lookup(c);
          if (r < 0) continue;
          found.push(r);
          here.push([r, start, c.end]);
        }
        if (found.length) last = found;
        for (const [w] of here) works.push(w);
        if (here.length) citing.push(here);
      }
      for (const n of p.notes ?? []) works.push(...((n.passage && byPassage.get(n.passage)) || []));
    }
    const own = byPassage.get(p.id) ?? [];
    if (own.length) last = own;
    else if (p.kind === 'reference' && /^ibid\b/i.test(p.text.trim())) works.push(...last);
    if (p.kind === 'reference' || p.blockType === 'footnote') works.push(...own);
    if (works.length) trace.cites.set(p.id, works);
    if (citing.length) trace.citing.set(p.id, citing);
  }
  return trace;
}

/** A passage's cites and citing once its document's references know their works. */
export function replayCitations(d: DocumentRecord, trace: CitationTrace, id: string): Pick<Passage, 'cites' | 'citing'> {
  const work = (i: number) => d.references![i].work;
  const out: Pick<Passage, 'cites' | 'citing'> = {};
  const cites = trace.cites.get(id);
  if (cites) out.cites = [...new Set(cites.map(work))];
  const groups = trace.citing.get(id);
  if (groups) {
    out.citing = groups.flatMap((g) => {
      // the first place a work is named in a group is where it is named
      const here = new Map<string, [number, number]>();
      for (const [i, start, end] of g) if (!here.has(work(i))) here.set(work(i), [start, end]);
      return [...here].map(([w, [start, end]]) => ({ work: w, start, end }));
    });
  }
  return out;
}

/** Distinct letter pairs of a title, as natural's Dice coefficient counts them. */
function pairCount(letters: string): number {
  const s = letters.length === 1 ? `${letters} ` : letters;
  const pairs = new Set<string>();
  for (let i = 0; i < s.length - 1; i++) pairs.add(s.slice(i, i + 2));
  return pairs.size;
}

/**
 * Entries matched to documents in the corpus (same title by Dice ≥ 0.75 on letters, years at
 * most one apart), each document's cites and citedBy. Needs every document's title, so it runs
 * once the corpus is read; it touches documents only, never passages.
 */
export function resolveCorpusCitations(documents: Map<string, DocumentRecord>): void {
  const docs = [...documents.values()];
  // Dice ≥ 0.75 needs the smaller title's set of letter pairs to be at least 0.6 of the
  // larger's: titles sorted by that size bound the comparisons to a window (a scan of every
  // document per entry is quadratic in the corpus).
  const titled = docs.map((d, order) => ({ d, order, letters: d.csl.title ? lettersOnly(d.csl.title) : '' })).filter((x) => x.d.csl.title);
  const sized = titled.map((x) => ({ ...x, pairs: pairCount(x.letters) }));
  const byLength = sized.sort((a, b) => a.pairs - b.pairs);
  const lengths = byLength.map((x) => x.pairs);
  const firstAtLeast = (n: number) => {
    let lo = 0;
    let hi = lengths.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (lengths[mid] < n) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  let byKey: ReturnType<typeof keyIndex> | undefined;
  for (const d of docs) {
    for (const ref of d.references ?? []) {
      let match: DocumentRecord | undefined;
      const key = ref['citation-key'];
      if (typeof key === 'string' && key) match = (byKey ??= keyIndex(docs))(key, d.id);
      else if (ref.title) {
        const letters = lettersOnly(ref.title);
        const n = pairCount(letters);
        const y1 = issuedYear(ref);
        let best = Infinity;
        for (let k = firstAtLeast(Math.floor(n * 0.6)); k < byLength.length && lengths[k] <= Math.ceil(n / 0.6); k++) {
          const other = byLength[k];
          // the first document in corpus order that matches, as a scan in order would find
          if (other.order >= best || other.d.id === d.id) continue;
          const y2 = issuedYear(other.d.csl);
          if (y1 && y2 && Math.abs(y1 - y2) > 1) continue;
          if (DiceCoefficient(letters, other.letters) >= 0.75) best = other.order;
        }
        if (best < Infinity) match = docs[best];
      }
      if (match) ref.inCorpus = match.id;
      ref.work = match ? `doc:${match.id}` : workKey(ref);
    }
    d.cites = [...new Set((d.references ?? []).map((r) => r.inCorpus).filter((x): x is string => !!x))];
  }
  joinUndated(docs);
  fillFromCitations(docs);
  const citedBy = new Map<string, string[]>();
  for (const o of docs) {
    for (const c of new Set(o.cites)) {
      const by = citedBy.get(c);
      if (by) by.push(o.id);
      else citedBy.set(c, [o.id]);
    }
  }
  for (const d of docs) d.citedBy = citedBy.get(d.id) ?? [];
}

/**
 * An entry printed with no year (a note that left it out: "Kaldor, Martin and Selchow, 'Human
 * Security: a new strategic narrative for Europe', International Affairs, vol. 83") is the work
 * another entry of the corpus cites with its year, when exactly one dated work has that first
 * author and title: its key named a second, "n.d.", work. Matched by the work key's own author
 * part and the whole title, so two dated works of one title (a report and its update) leave it
 * alone, and so do two titles of one author that open alike: the work key keeps a title's first
 * 24 letters, and "Humanitarian access in northern Mali", undated, was joined to the author's
 * dated "…northern Yemen" (review32).
 */
function joinUndated(docs: readonly DocumentRecord[]): void {
  const nameTitle = (r: Reference) => {
    const [who] = workKey(r).split('-');
    const title = lettersOnly(r.title ?? '');
    return who && title ? `${who}|${title}` : '';
  };
  const dated = new Map<string, Set<string>>();
  for (const d of docs) {
    for (const r of d.references ?? []) {
      const k = nameTitle(r);
      if (!r.inCorpus && issuedYear(r) && k) dated.set(k, (dated.get(k) ?? new Set()).add(r.work));
    }
  }
  for (const d of docs) {
    for (const r of d.references ?? []) {
      if (r.inCorpus || issuedYear(r)) continue;
      const works = dated.get(nameTitle(r));
      if (works?.size === 1) r.work = [...works][0];
    }
  }
}

/** The whole graph over passages held together (tests, small tools): the indexer streams instead. */
export function buildCitationGraph(documents: Map<string, DocumentRecord>, passages: Passage[]): void {
  const traces = new Map<string, CitationTrace>();
  for (const d of documents.values()) traces.set(d.id, traceDocumentCitations(d, passages.filter((p) => p.doc === d.id)));
  resolveCorpusCitations(documents);
  for (const p of passages) {
    const d = documents.get(p.doc);
    if (d) Object.assign(p, replayCitations(d, traces.get(d.id)!, p.id));
  }
}
