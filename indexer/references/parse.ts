import type { CslItem, CslName } from '../../core/types.js';
import { lettersOnly } from '../../core/text.js';
import { firstAuthorName, issuedYear } from '../../core/csl.js';
import type { Taxonomy } from '../../core/taxonomy.js';
import { placeNames } from '../metadata/resolve.js';

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

const URL_RE = /\(?((?:https?:\/\/|www\.)[^\s)]*(?:\s*\/)?)\s*\)?/;
const DOI_RE = /\b(10\.\d{4,9}\/[^\s"<>,;]+[^\s"<>,;.)])/;
const QUOTED = /^[‘'“"](.+?)[’'”"](?=[\s.,;:]|$)/;

function cleanUrl(u: string): string {
  return u.replace(/\s+/g, '').replace(/[).,;]+$/, '');
}

/** "Bowden, M. and Metcalfe-Hough, V." / "Metcalfe, V., Martin, E. and Pantuliano, S." / "ACPHA – Alliance …" */
export function authorDateNames(text: string): CslName[] {
  const t = text.trim().replace(/\s+et al\.?$/, '');
  if (/\s[–—-]\s/.test(t)) return [{ literal: t.split(/\s[–—-]\s/)[0].trim() }];
  const persons = [...t.matchAll(/([\p{Lu}][\p{L}'’-]+(?:\s[\p{Lu}][\p{L}'’-]+)*),\s((?:[\p{Lu}]\.\s?)+)/gu)];
  if (persons.length) return persons.map((m) => ({ family: m[1], given: m[2].trim() }));
  return t.split(/\s*(?:,|\band\b)\s*/).filter(Boolean).map((literal) => ({ literal }));
}

/** "Alexander Gilder" / "David Curran and Paul Holtom" / "Commission on Human Security" */
function noteNames(text: string): CslName[] {
  return text
    .split(/\s*(?:,|\band\b)\s*/)
    .filter(Boolean)
    .map((n) => {
      const parts = n.trim().split(/\s+/);
      if (parts.length >= 2 && parts.length <= 4 && parts.every((p) => /^[\p{Lu}]/u.test(p)) && !/commission|council|office|nations|group|institute|university|agency/i.test(n)) {
        return { family: parts[parts.length - 1], given: parts.slice(0, -1).join(' ') };
      }
      return { literal: n.trim() };
    });
}

function typeOf(rest: string): string {
  if (/\bvol\.|\bjournal\b|\breview\b|\bquarterly\b|\d+\s*\(\d+\)\s*:/i.test(rest)) return 'article-journal';
  if (/briefing note|working paper|report|discussion paper|policy brief|practice note|background paper/i.test(rest)) return 'report';
  if (/\bpress\b|routledge|palgrave|\bhart\b|oxford/i.test(rest)) return 'book';
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
export const NO_PLACES: ReadonlySet<string> = new Set();
/** The taxonomy's place names, lower-cased: what parseAuthorDate takes for no publisher. */
export const gazetteer = (tax: Pick<Taxonomy, 'places'>): ReadonlySet<string> => new Set(placeNames(tax).map((n) => n.toLowerCase()));
// Cities reference lists name as a place of publication that a country gazetteer does not hold
// (the taxonomy lists capitals, and Geneva is none): a place alone is still no publisher.
const PUBLISHING_CITIES = new Set(['geneva', 'new york', 'new york, ny', 'washington', 'washington, dc', 'washington, d.c.', 'washington dc', 'oxford', 'cambridge', 'cambridge, ma', 'abingdon', 'basingstoke', 'cheltenham', 'boston', 'chicago', 'princeton', 'berkeley', 'stanford', 'the hague', 'rome', 'brussels', 'paris', 'vienna', 'new haven', 'london', 'oslo', 'stockholm', 'copenhagen', 'ottawa', 'bangkok', 'nairobi', 'dakar', 'amman', 'beirut', 'new delhi', 'sydney', 'melbourne', 'toronto', 'montreal', 'lausanne', 'zurich', 'bern', 'berlin']);
const notAPublisher = (s: string, places: ReadonlySet<string>): boolean =>
  EDITION_OR_STATUS.test(s) || JOURNAL_TITLE.test(s) || /^(?:Author|Authors|The author|The authors)$/i.test(s) || /^Report to\b/i.test(s) || places.has(s.toLowerCase()) || PUBLISHING_CITIES.has(s.toLowerCase());

/** An author-date list entry; places, lower-cased, are the gazetteer's names (a place alone is no publisher). */
export function parseAuthorDate(text: string, places: ReadonlySet<string> = NO_PLACES): CslItem | null {
  // APA dates a report or a web page to the day or month: (2019, March 3), (2019, 3 March), (2019, Spring)
  const m = /^(.+?)\s*\((\d{4})([a-z]?)(?:,\s*([\p{L}\d][\p{L}\d .–-]{0,30}?))?\)\s*(.*)$/u.exec(text.trim()) ?? /^(.+?)\s*\((forthcoming|n\.d\.)\)\s*(.*)$/.exec(text.trim());
  if (!m) return null;
  const [, who, year, , when, restRaw] = m.length === 6 ? m : [m[0], m[1], m[2], '', undefined, m[3]];
  // APA closes the year with a full stop ("(2019). Title."); Harvard runs on ("(2019) Title.").
  let rest = (restRaw ?? '').replace(/^[.,]\s*/, '');
  const url = URL_RE.exec(rest);
  const doi = DOI_RE.exec(rest)?.[1];
  if (url) rest = rest.replace(url[0], ' ');
  let title: string;
  const q = QUOTED.exec(rest.trim());
  // A quoted phrase followed by a colon opens a longer title (‘The protection crisis’: a review …).
  if (q && !/^\s*:/.test(rest.trim().slice(q[0].length))) {
    title = q[1];
    rest = rest.trim().slice(q[0].length);
  } else {
    // The title ends at a full stop (or a question mark) before the next part of the entry.
    const m2 = /(?<=[?!])\s+(?=\p{Lu})|\.\s+(?=[\p{Lu}\d(])|\.\s*$/u.exec(rest);
    const end = m2 ? m2.index : -1;
    title = (end >= 0 ? rest.slice(0, end) : rest).trim();
    rest = end >= 0 ? rest.slice(end + (m2 ? m2[0].length : 0)) : '';
  }
  const csl: CslItem = { id: '', type: typeOf(rest), author: authorDateNames(who), title: title.replace(/[.,]$/, '').trim() };
  if (/^\d{4}$/.test(year)) csl.issued = { 'date-parts': [[Number(year), ...monthDay(Number(year), when)]] };
  else csl.issued = { literal: year };
  const pub = /([A-Z][\p{L} ]+):\s*([^.()]+)/u.exec(rest);
  if (pub) {
    csl['publisher-place'] = pub[1].trim();
    csl.publisher = pub[2].trim();
  }
  const series = /(HPG [a-z ]+|[A-Z][a-z]+ (?:working|discussion|commissioned) paper|Background Paper|Practice note)/i.exec(rest);
  if (series) csl['collection-title'] = series[1];
  // APA 7 names the publisher with no place ("Title. Publisher."): one short sentence of words after a report's title
  const alone = /^\s*(\p{Lu}[\p{L}&' -]{1,60}?)\.?\s*$/u.exec(rest);
  if (!pub && !series && alone && csl.type !== 'article-journal' && !notAPublisher(alone[1].trim(), places)) csl.publisher = alone[1].trim();
  if (csl.type === 'article-journal') {
    const j = /^\s*[.,]?\s*([^.(\d]+?)\s*(\d+)\s*\((\d+)\)\s*:\s*([\d–-]+)/.exec(rest);
    if (j) Object.assign(csl, { 'container-title': j[1].trim(), volume: j[2], issue: j[3], page: j[4] });
  }
  if (url) csl.URL = cleanUrl(url[1]).replace(/^www\./, 'https://www.');
  if (doi) csl.DOI = doi;
  return csl;
}

/** One citation inside a note: "Alexander Gilder, 'Title', Journal, vol. 28, 2023, 317-348." */
export function parseNoteCitation(text: string): CslItem | null {
  const t = text.trim().replace(/^(?:see(?:\s+(?:also|e\.g\.))?|cf\.)\s+/i, '');
  if (/^ibid/i.test(t) || t.length < 15) return null;
  const quoted = /^(.+?),\s*[‘'“"](.+?)[’'”"]\s*,?\s*(.*)$/.exec(t);
  const plain = /^([\p{Lu}][^,]{2,80}),\s*(.+?)\s*\((.+?)\)\s*(.*)$/u.exec(t);
  let who: string;
  let title: string;
  let rest: string;
  if (quoted) [, who, title, rest] = quoted;
  else if (plain) {
    [, who, title] = plain;
    rest = `${plain[3]} ${plain[4]}`;
  } else return null;
  const years = [...`${rest} ${title}`.matchAll(/\b((?:19|20)\d{2})\b/g)].map((m) => Number(m[1]));
  const year = years.find((y) => y <= new Date().getFullYear());
  const csl: CslItem = { id: '', type: typeOf(rest), author: noteNames(who), title: title.trim() };
  if (year) csl.issued = { 'date-parts': [[year]] };
  const url = URL_RE.exec(rest);
  if (url) csl.URL = cleanUrl(url[1]);
  const doi = DOI_RE.exec(rest)?.[1];
  if (doi) csl.DOI = doi;
  const journal = /^([^,]+),\s*vol\.?\s*(\d+)/i.exec(rest);
  if (journal) Object.assign(csl, { 'container-title': journal[1].trim(), volume: journal[2], type: 'article-journal' });
  const pub = /\(([^:()]+):\s*([^,()]+),/.exec(rest);
  if (pub) Object.assign(csl, { 'publisher-place': pub[1].trim(), publisher: pub[2].trim() });
  return csl;
}

/** All the works a note or list entry cites; a note may cite several, separated by semicolons. */
export function parseReferences(text: string, kind: 'entry' | 'note', places?: ReadonlySet<string>): CslItem[] {
  if (kind === 'entry') {
    const one = parseAuthorDate(text, places);
    return one ? [one] : [];
  }
  return text
    .split(/;\s+(?=[\p{Lu}]|see\b)/u)
    .map((part) => parseNoteCitation(part))
    .filter((c): c is CslItem => c !== null);
}
