import type { CslItem } from '../../core/types.js';
import { dateText } from './date-text.js';
import { inBookLine } from './in-book.js';
import { namedAmongPeople, namesMatter } from './common-noun.js';

// A document without front matter may say who wrote it and when in lines of its own at the top
// ("Author: Protection Monitoring Network", "Published 2023.", "*Claire Dubois et Moussa
// Traoré — Paris, septembre 2021*"). Such a line is metadata, not a passage to cite.

/** "septembre 2021" → [2021, 9]; "2023" → [2023]: read and checked as every other date is. */
function dateParts(text: string): number[] | null {
  const { parts } = dateText(text);
  return parts.length ? parts : null;
}

const LABELLED_AUTHOR = /^(?:authors?|auteurs?|autor(?:es|as)?|by|par|written by|prepared by)\s*[:\-–—]?\s+(\S.{1,150})$/iu;
const LABELLED_DATE = /^(?:published|publié|publicado|date|dated|issued)\s*(?:on|in|le|en)?\s*[:\-–—]?\s*(.{4,40})$/iu;
// Names joined by and/et/y/&/commas, a dash, then a place and a date: a byline as set in italics under a title.
const NAME = "\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:(?:van|von|de|der|den|du|da|di|la|le|bin|ibn)\\s+)*\\p{Lu}[\\p{L}'’.-]*){1,3}";
const NAMES = `${NAME}(?:(?:\\s*,\\s*|\\s+(?:and|et|y|&)\\s+)${NAME})*`;
const NAMES_DASH_DATE = new RegExp(`^(${NAMES})\\s+[—–-]\\s+(.{0,60}?(?:19|20)\\d{2})\\.?$`, 'u');
// A byline and the date on the line under it, read as one line where the two are set close in
// one face (a word processor's title page): "Ann Author and Bo Writer November 2020". The month
// is spelt out and capitalised: a name does not end in one.
const MONTH = 'January|February|March|April|May|June|July|August|September|October|November|December';
const NAMES_MONTH_YEAR = new RegExp(`^(${NAMES})\\s+((?:${MONTH})\\s+(?:19|20)\\d{2})$`, 'u');
// With no dash nor label between, a title-case title dated under it reads the same: "Rapid
// Gender Analysis April 2022", "Situation Report May 2021" had their titles for authors
// (reviewfix21b). Words that name a kind of document name no person.
const DOCUMENT_KIND = /\b(?:analysis|assessment|report|review|findings|brief|briefing|note|paper|update|summary|overview|bulletin|plan|strategy|snapshot|dashboard|factsheet|fact|sheet|statement|appeal|survey|study|evaluation|profile|edition|newsletter|guidance|framework|response|outlook|digest|series|issue)\b/i;

// The author's names and the year on the line under them, joined into one paragraph where the
// byline carries the raised mark of an author's note ("Alexander Gilder*" over "2024": jsPDF,
// pdfmake and pdf-lib set them so, and the work went uncited by its author and dated by the PDF's
// CreationDate). Only with a mark on a name: unmarked, a title-case title with a year ("Peace
// Operations 2024") reads the same. The mark as the PDF reader keeps it (between U+E000 and
// U+E001): a "*" typed on the line is emphasis in a text file ("*Claire Dubois*"), no note.
const NOTE_MARK = '\\s?\\uE000[^\\uE001\\s]{1,3}\\uE001';
const HAS_NOTE_MARK = new RegExp(NOTE_MARK, 'u');
const NOTE_MARKS = new RegExp(NOTE_MARK, 'gu');
// a name may carry several: the reader writes one token a note ("Smith¹,²" is two, lines.ts
// markRun), and an author with two affiliations is common. Each token is closed, so a run of them
// has one reading; at most four, as the reader's short ranges give.
const MARKED_NAME = `${NAME}(?:${NOTE_MARK}){0,4}`;
const MARKED_NAMES_YEAR = new RegExp(`^(${MARKED_NAME}(?:(?:\\s*,\\s*|\\s+(?:and|et|y|&)\\s+)${MARKED_NAME})*)\\s+((?:19|20)\\d{2})$`, 'u');

/** The lower-case words a name (a person's particle) or a body's name ("Office for the …") may hold. */
const SMALL = /^(?:and|et|y|of|on|for|the|in|van|von|de|der|den|du|da|di|la|le|des|bin|ibn)$/;

/** Whether a name of a line of names is a subtitle's words (common-noun.ts); a known person among them vouches for the others. */
const anyMatter = (text: string): boolean => {
  const names = text.split(/\s*,\s*|\s+(?:and|et|y|&)\s+/);
  const cue = namedAmongPeople(names);
  return names.some((n) => namesMatter(n, cue));
};

/**
 * The author and date a metadata line at the top of a document gives, or null when the line is
 * not one. `names` splits an author string into CSL names.
 */
export function metadataLine(raw: string, names: (text: string) => CslItem['author']): Partial<CslItem> | null {
  const text = raw.replace(/^[*_]+|[*_]+$/g, '').trim();
  // a chapter's "In: Editors (eds), Book, Publisher, Place, Year, pp. 1-20." may be long
  if (/^in:?\s/i.test(text) && text.length <= 300) return inBookLine(text, names);
  if (text.length > 160) return null;
  const labelled = LABELLED_AUTHOR.exec(text);
  if (labelled) {
    const [who, when] = labelled[1].split(/\s+[—–]\s+/);
    // names, not a sentence: "By the end of 2020, many had fled" is text
    if (!who.split(/\s+/).every((w) => /^[\p{Lu}&]/u.test(w) || SMALL.test(w))) return null;
    // "Prepared by the Global Protection Cluster", "Rédigé par la …": the article is the
    // sentence's, not the body's name (a name's own "The" is capitalised: "The New Humanitarian")
    const out: Partial<CslItem> = { author: names(who.replace(/[.;,]$/, '').replace(/^(?:the|la|le|les)\s+/u, '').trim()) };
    const date = when ? dateParts(when) : null;
    if (date) out.issued = { 'date-parts': [date] };
    return out;
  }
  const dated = LABELLED_DATE.exec(text);
  if (dated) {
    const date = dateParts(dated[1]);
    return date && dated[1].replace(/[.\s]+$/, '').split(/\s+/).length <= 4 ? { issued: { 'date-parts': [date] } } : null;
  }
  const byline = NAMES_DASH_DATE.exec(text);
  if (byline) {
    const date = dateParts(byline[2]);
    return { author: names(byline[1].replace(/\s+(?:et|y)\s+/g, ' and ')), ...(date ? { issued: { 'date-parts': [date] } } : {}) };
  }
  const marked = MARKED_NAMES_YEAR.exec(text);
  // a subtitle names a matter ("Climate Security", with a note on it): no one's name (meta38)
  const markedNames = marked?.[1].replace(NOTE_MARKS, '');
  if (marked && markedNames && HAS_NOTE_MARK.test(marked[1]) && !DOCUMENT_KIND.test(marked[1]) && !anyMatter(markedNames)) {
    return { author: names(markedNames), issued: { 'date-parts': [[Number(marked[2])]] } };
  }
  const under = NAMES_MONTH_YEAR.exec(text);
  if (under && !DOCUMENT_KIND.test(under[1]) && !anyMatter(under[1])) {
    const date = dateParts(under[2]);
    return { author: names(under[1]), ...(date ? { issued: { 'date-parts': [date] } } : {}) };
  }
  return null;
}
