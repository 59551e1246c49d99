import type { CslItem, CslName } from '../../core/types.js';
import { UN_SERIES_PATTERN } from '../../core/nlp/un-series.js';
import { CAPITAL_PARTICLE, FAMILY_PREFIX, familyWithParticle, givenFirst, PARTICLE, splitParticle } from './particles.js';
import { PUBLISHING_CITIES } from './publishing-cities.js';

// What a reference entry says after its title: the journal with its volume, issue and pages, the
// book a chapter is in (editors, pages), the edition, a UN document's symbol. Reference lists in
// this literature use APA ("Journal, 93(882), 353–384."), Harvard ("Journal, 93(882), pp.
// 353–384."), Chicago author-date ("Journal 93 (882): 353–84."), Chicago notes ("Journal, vol.
// 28, no. 3, 2023, pp 258-272"), Vancouver ("Journal. 2011;93(882):353-84.") and UN documents
// ("S/2023/345, 12 May 2023"). Each form is read on its own; nothing here guesses a field the
// entry does not print (userreview17 finding 7: a journal article kept title, author, year and
// DOI only).

const DASH = '[-–—]';
const PAGE_RANGE = `(\\d{1,5}\\s*${DASH}\\s*\\d{1,5}|\\d{1,5})`;
/** "pp. 353–384", "pp 1-17", "p. 45" */
const PP = new RegExp(`\\bpp?\\.?\\s*(\\d{1,5}(?:\\s*${DASH}\\s*\\d{1,5})?)(?![\\d/])`, 'i');
/** A journal's name: words that start with a capital (small joining words allowed), no digits. */
const NAME = "([\\p{Lu}][\\p{L}'’&:.,\\- ]*?[\\p{L}.])";

/** "pp. 45–52", "p 1-11": a range, as an article's pages are (a single "p. 9" is a note's pinpoint) */
const PP_RANGE = new RegExp(`\\bpp?\\.?\\s*(\\d{1,5}\\s*${DASH}\\s*\\d{1,5})(?![\\d/])`, 'i');
const pages = (s: string): string => s.replace(/\s+/g, '').replace(/[–—]/g, '-');
const clean = (s: string): string => s.replace(/\s+/g, ' ').replace(/^[\s,.;:]+|[\s,;:]+$/g, '').trim();
/** Emphasis marks a Markdown or plain-text source keeps around a journal or book title. */
export const unemphasise = (s: string): string => s.replace(/(?<![\p{L}\d])[*_]{1,2}(?=\S)|(?<=\S)[*_]{1,2}(?![\p{L}\d])/gu, '');

/**
 * A name written family first, "Metcalfe-Hough, V." or "Van Der Berg, A. B.". A name starts only
 * at a word's start where no capitalised word runs into it: tried again from each word (or each
 * capital) of a long run with no comma, it was quadratic (640-720 ms on a 50 kB entry; review17-c finding 7).
 */
// A particle may open the family name ("von Tigerstrom, B.", "de Coning, C.", "Van der Berg, P."):
// left out, the name was read from its capital on and the particle lost.
// Nor does it start at a particle that follows one where a name may start ("la" in "de la
// Cruz"): that particle's match is the same name, and tried again from each word of a long run
// of particles with no comma, the pattern was quadratic (1 s on 72 kB of "de la van der von";
// hostile31).
const AFTER_STARTABLE_PARTICLE = String.raw`(?<!(?<![\p{L}'’-])(?<![\p{Lu}][\p{L}'’-]*\s)${PARTICLE}\s)`;
export const INVERTED_NAME = new RegExp(String.raw`(?<![\p{L}'’-])(?<![\p{Lu}][\p{L}'’-]*\s)${AFTER_STARTABLE_PARTICLE}((?:${CAPITAL_PARTICLE}\s(?=${PARTICLE}\s))?(?:${PARTICLE}\s)*${FAMILY_PREFIX}?[\p{Lu}][\p{L}'’-]+(?:\s[\p{Lu}][\p{L}'’-]+)*),\s((?:[\p{Lu}]\.\s?)+)`, 'gu');

/** An editor list: "Hugo Slim and Ana Ortiz", "A. Editor & B. Editor", "Slim, H. and Ortiz, A.". */
export function editorNames(text: string): CslName[] {
  const t = clean(text.replace(/^(?:ed(?:ited)?\.?\s+by|eds?\.)\s+/i, ''));
  const inverted = [...t.matchAll(INVERTED_NAME)];
  if (inverted.length) return inverted.map((m) => ({ ...familyWithParticle(m[1]), given: m[2].trim() }));
  return t
    .split(/\s*(?:,\s*(?:and\s+|&\s*)?|\s+and\s+|\s*&\s*)\s*/)
    .filter((n) => /\p{L}/u.test(n))
    .map((n) => {
      const parts = n.trim().split(/\s+/);
      return splitParticle(parts) ?? (parts.length >= 2 ? givenFirst(parts) : { literal: n.trim() });
    });
}

/** "Oxford: Oxford University Press", "London: Palgrave Macmillan". */
const PLACE_PUBLISHER = /(?:^|[.,(]\s*)([\p{Lu}][\p{L}. ]{1,30}(?:,\s*[A-Z]{2})?):\s*([\p{Lu}][^.,():;]{1,80})/u;
/**
 * Words only a publisher's name has, as a reference or a chapter's own first page prints them
 * (capitalised: "in press" is a status, "freedom of the press" a title's words). The one list:
 * the chapter reader, the entry's type (a work with such a publisher is a book) and the
 * document's "In:" line (indexer/metadata/in-book.ts) read by it. Bounded by letters, not \b,
 * which takes "É" for no word's letter.
 */
export const PUBLISHER_WORD = /(?<!\p{L})(?:Press|Publish\p{L}*|Publications|Books|Routledge|Palgrave|Macmillan|Brill|Springer|Elgar|Hart|Nijhoff|Sage|Wiley|Blackwell|Pluto|Zed|Polity|Hurst|Earthscan|Bloomsbury|Verso|Kluwer|Verlag|Éditions|Editions|Ediciones|Editorial)(?!\p{L})/u;

export { PUBLISHING_CITIES } from './publishing-cities.js';

/**
 * The mark after a book's editors: "(eds)", "(Eds.)", "(ed.)", "(editors)", French "(dir.)" and
 * "(éd.)", Spanish "(coord.)" and "(comp.)", German "(Hrsg.)" and "(Hg.)". The one list: a
 * chapter's book, an author-date entry's and a note's own names (parse.ts) read the same marks.
 */
export const EDITORS_MARK = String.raw`\((?:[EeÉé]ds?\.?|[Ee]ditors?|[Dd]ir\.?|[Cc]oord\.?|[Cc]omps?\.?|Hrsg\.?|Hg\.?)\)`;
// "In"/"In:" opens a chapter's book; spelled "In", "IN" or "in" (never "iN": no `i` flag, whose
// \p{Lu} would take lower case too, review17 b, 7)
const IN = '(?:In|IN|in):?\\s+';
/** Chicago: "In Book Title, edited by A and B, 112–34. Place: Publisher." */
const CHICAGO_IN = new RegExp(`^${IN}(.+?),\\s+(?:ed(?:ited)?\\.?\\s+by|Edited\\s+by)\\s+(.+?),\\s+(\\d{1,5}\\s*${DASH}\\s*\\d{1,5})\\.?\\s*(.*)$`, 'u');
/** APA, Harvard, notes: "In A. Editor & B. Editor (Eds.), Book …", "In: Slim, H. (eds) (2021) Book …" */
const EDS_IN = new RegExp(`^${IN}(.+?)\\s*${EDITORS_MARK}\\s*[,.:]?\\s*(.+)$`, 'u');
/** Harvard puts the book's year after the editors: "(eds) (2021) Book." */
const LEADING_YEAR = /^\(((?:19|20)\d{2})[a-z]?\)\s*[,.]?\s*/u;
const YEAR = /(?<![\d/-])((?:19|20)\d{2})(?![\d/-])/;

/**
 * A chapter's book, its editors, pages, publisher, place, edition and year: the text from
 * "In"/"In:" on, as a reference entry prints it after the chapter's title and as the chapter's
 * own first page prints it on a line of its own (indexer/metadata/in-book.ts, after its gate).
 * `names` reads the editors (the entry's reader, or the document's byline reader). Null when
 * the text is no chapter's "In …" or names no book.
 */
export function chapterParts(rest: string, names: (text: string) => CslName[] | undefined = editorNames): Partial<CslItem> | null {
  const t = clean(rest);
  const chicago = CHICAGO_IN.exec(t);
  const eds = chicago ? null : EDS_IN.exec(t);
  if (!chicago && !eds) return null;
  const out: Partial<CslItem> = { type: 'chapter' };
  let tail: string;
  if (chicago) {
    out['container-title'] = clean(chicago[1]);
    // Chicago names a translator after the editors ("edited by A, translated by B"): B is no editor
    const [editors, translators] = chicago[2].split(/,?\s+(?:trans(?:lated)?\.?\s+by|trans\.)\s+/i);
    out.editor = editorNames(editors);
    if (translators) out.translator = editorNames(translators);
    out.page = pages(chicago[3]);
    tail = chicago[4];
  } else {
    // "Ortiz, A." keeps its initial's full stop
    const editors = names(eds![1].replace(/[,;]$/, '').trim());
    if (editors?.length) out.editor = editors;
    let body = eds![2];
    const leading = LEADING_YEAR.exec(body);
    if (leading) {
      out.issued = { 'date-parts': [[Number(leading[1])]] };
      body = body.slice(leading[0].length);
    }
    // the book's title ends at "(pp. …)", at a "(Place: Publisher" parenthesis, or before the
    // first comma- or full-stop-separated part naming a publisher, a place with its publisher or a year
    const apa = /^(.+?)\s*\(([^()]*\bpp?\.[^()]*)\)\.?\s*(.*)$/u.exec(body);
    if (apa) {
      out['container-title'] = clean(apa[1]);
      tail = `${apa[2]}. ${apa[3]}`;
    } else {
      const paren = /^(.+?)\s*\(([^()]+)\)\s*(.*)$/u.exec(body);
      if (paren && /:|\b(?:19|20)\d{2}\b/.test(paren[2])) {
        out['container-title'] = clean(paren[1]);
        tail = `${paren[2]}, ${paren[3]}`;
      } else {
        const parts = body.split(/(?<=[^\s.]{2})(?<!\bpp?)[.,]\s+/);
        let at = parts.findIndex((p, i) => i > 0 && (PUBLISHER_WORD.test(p) || PLACE_PUBLISHER.test(p) || EDITION.test(p) || /^\(?(?:19|20)\d{2}\b/.test(p) || /^pp?\.?\s*\d/.test(p)));
        // "Book, Paris, Éditions Karthala": a publishing city before the publisher is no part of the title
        if (at > 1 && PUBLISHING_CITIES.has(clean(parts[at - 1]).toLowerCase())) at--;
        out['container-title'] = clean((at > 0 ? parts.slice(0, at) : parts.slice(0, 1)).join(', '));
        tail = (at > 0 ? parts.slice(at) : parts.slice(1)).join(', ');
      }
    }
  }
  if (!out['container-title']) return null;
  const pp = PP.exec(tail);
  if (pp && !out.page) out.page = pages(pp[1]);
  const edition = EDITION.exec(tail);
  if (edition) out.edition = edition[1];
  // the book's year, where the chapter's line prints one (its pages taken out: "pp. 1999-2005")
  const year = out.issued ? null : YEAR.exec(pp ? tail.replace(pp[0], ' ') : tail);
  if (year) out.issued = { 'date-parts': [[Number(year[1])]] };
  const pub = PLACE_PUBLISHER.exec(tail);
  if (pub) {
    out['publisher-place'] = clean(pub[1]);
    out.publisher = clean(pub[2]);
  } else {
    const named = tail.split(/[.,()]\s*/).map(clean).find((p) => PUBLISHER_WORD.test(p));
    if (named) out.publisher = named;
    const place = tail.split(/[,()]\s*/).map(clean).find((p) => /^[\p{Lu}][\p{L}]+(?: [\p{Lu}][\p{L}]+)?$/u.test(p) && !PUBLISHER_WORD.test(p) && p !== named);
    if (named && place) out['publisher-place'] = place;
  }
  return out;
}

/** "2nd edn", "3rd ed.", "Second edition" */
const EDITION = /\b(\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|revised)\s+(?:edn|ed|edition)\b\.?/i;

/** Journal, volume, issue, pages in the forms above; null when the text is no journal citation. */
export function journalParts(rest: string): Partial<CslItem> | null {
  const t = clean(rest);
  const forms: [RegExp, (m: RegExpExecArray) => Partial<CslItem>][] = [
    // Vancouver: "Journal. 2011;93(882):353-84." / "Journal 2011 Mar;93:353-84" / "Lancet. 2018;391(10124):1010-2" (a weekly's issue has five figures)
    [new RegExp(`^${NAME}\\.?\\s+(?:19|20)\\d{2}[^;]{0,12};\\s*(\\d{1,4})\\s*(?:\\((\\d{1,6}(?:${DASH}\\d{1,6})?)\\))?\\s*:\\s*${PAGE_RANGE}`, 'u'), (m) => ({ 'container-title': m[1], volume: m[2], issue: m[3], page: m[4] })],
    // notes: "Journal, vol. 28, no. 3, 2023, pp 258-272" / "Journal, Vol. 5, No. 2 (2023), pp. 45–52"
    [new RegExp(`^${NAME},?\\s+vol(?:\\.|ume)?\\s*(\\d{1,4})(?:\\s*[,(]?\\s*(?:no\\.?|issue|number)\\s*(\\d{1,4}(?:${DASH}\\d{1,4})?)\\)?)?`, 'iu'), (m) => ({ 'container-title': m[1], volume: m[2], issue: m[3] })],
    // APA / Harvard / Chicago author-date: "Journal, 93(882), 353–384" / "Journal 93 (882): 353–84" / "Journal, 27 (1). pp. 1-11"
    [new RegExp(`^${NAME},?\\s+(\\d{1,4})\\s*\\((\\d{1,4}(?:\\s*${DASH}\\s*\\d{1,4}|/\\d{1,4})?|[A-Z][a-z]+(?:\\s\\d{1,2})?)\\)`, 'u'), (m) => ({ 'container-title': m[1], volume: m[2], issue: m[3] })],
    // a volume and pages with no issue: "Disasters, 44, 1–20" / "Journal 12: 45–67"
    [new RegExp(`^${NAME},?\\s+(\\d{1,4})\\s*[,:]\\s*(?:pp?\\.?\\s*)?(\\d{1,5}\\s*${DASH}\\s*\\d{1,5}|e\\d+)`, 'u'), (m) => ({ 'container-title': m[1], volume: m[2], page: m[3] })],
  ];
  for (const [re, fields] of forms) {
    const m = re.exec(t);
    if (!m) continue;
    const out = fields(m);
    // a title cut short at an apostrophe ("UNMIL's role …', Journal") left its end before the journal
    const name = clean(String(out['container-title']).split(/[’'”"],\s+/).pop()!);
    // a report's series with its number ("HPG Working Paper, 12") is no journal
    if (!name || name.length > 120 || /^(?:vol|volume|no|issue|pp?)\b/i.test(name) || /\b(?:working|discussion|briefing|policy) (?:paper|note|brief)\b|\breport\b/i.test(name)) continue;
    const after = t.slice(m.index + m[0].length);
    if (!out.page) {
      // "pp. 45–52", else the first range after the volume that is no span of years ("2000-14")
      const p = PP_RANGE.exec(after) ?? new RegExp(`^[^.]{0,40}?[,:]\\s*(\\d{1,5}\\s*${DASH}\\s*\\d{1,5})(?![\\d/])`).exec(after);
      if (p && !/^(?:19|20)\d{2}\s*[-–—]\s*(?:19|20)?\d{2}$/.test(p[1].trim())) out.page = p[1];
    }
    const result: Partial<CslItem> = { type: 'article-journal', 'container-title': name, volume: out.volume };
    if (out.issue) result.issue = String(out.issue).replace(/\s+/g, '').replace(/[–—]/g, '-');
    if (out.page) result.page = pages(String(out.page));
    return result;
  }
  return null;
}

/** A UN document symbol: "S/2023/345", "A/HRC/52/25", "S/RES/2664 (2022)", "A/RES/46/182". */
// It starts where no symbol runs on ("A/B/…/1" is read once, not again from each of its letters:
// quadratic on 50 kB of slashes; "WFP/EB.A/2023/5" is never read from its "A"), a part may be
// dotted ("CN.4", "EB.A"), and a sentence's full stop is no part of it ("… A/RES/46/182.").
// The organ's or series' letters are core/nlp/un-series.ts's, as the masthead and the query read them.
export const UN_SYMBOL = new RegExp(String.raw`(?<![\w/.])(${UN_SERIES_PATTERN}(?:\/[A-Z]{1,6}(?:\.[A-Z\d]{1,4})?)*\/(?:RES\/|PRST\/)?\d{1,5}(?:\/[A-Za-z0-9.]*[A-Za-z0-9])*(?:\s\((?:19|20)\d{2}\))?)(?![\w/])`);

/** A UN document's symbol and its date ("S/2023/345, 12 May 2023"). */
export function unDocument(rest: string): Partial<CslItem> | null {
  const m = UN_SYMBOL.exec(rest);
  if (!m || !m[1].includes('/')) return null;
  const out: Partial<CslItem> = { type: 'report', number: m[1] };
  const date = /^[,.]?\s*(\d{1,2})\s+(January|February|March|April|May|June|July|August|September|October|November|December)\s+((?:19|20)\d{2})/i.exec(rest.slice(m.index + m[0].length));
  if (date) {
    const month = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'].indexOf(date[2].toLowerCase()) + 1;
    out.issued = { 'date-parts': [[Number(date[3]), month, Number(date[1])]] };
  }
  return out;
}

/**
 * The fields the text after a title gives, as one object to merge into the entry. A chapter's
 * "In …" is read first (its book's name would otherwise be taken for a journal's), then a
 * journal, then a UN symbol; an edition is read wherever it stands.
 */
export function containerFields(rest: string): Partial<CslItem> {
  const t = clean(unemphasise(rest).replace(/\b(?:doi:?\s*|https?:\/\/\S+|www\.\S+|ISSN\s*[\dX-]+|Available (?:at|from):?)/gi, ' '));
  const out: Partial<CslItem> = chapterParts(t) ?? journalParts(t) ?? unDocument(t) ?? {};
  const edition = EDITION.exec(t);
  if (edition && !out.edition && out.type !== 'article-journal') out.edition = edition[1];
  return out;
}
