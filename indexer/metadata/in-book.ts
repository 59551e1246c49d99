import type { CslItem } from '../../core/types.js';

// A chapter's own first page says where it was published: "In: Hugo Slim and Ana Ortiz (eds),
// Humanitarian Ethics in Practice: Cases and Commentary, Oxford University Press, Oxford, 2021,
// pp. 112-134." (or "In Slim, H. (ed.) Book. Oxford: OUP, pp. …"). Read, the chapter is cited
// as one (CSL `chapter`, BibTeX @incollection with its book, editors and pages); unread, it was
// an undated `@misc` and the line a passage (userreview17).

// the editors' names: capitalised, no digits ("In 2021, the mission (eds) …" is a sentence).
// No `i` flag: with it \p{Lu} matches lower case too, and "in the words of the mission (ed.)
// …" was a chapter edited by "the words of the mission" (review17 b, 7).
const IN_BOOK = /^(?:In|IN|in):?\s+(\p{Lu}[^()\d]{2,200}?)\s*\((?:[Ee]ds?\.?|[Ee]ditors?|[Dd]ir\.?|[Cc]oord\.?|Hrsg\.?)\)\s*[,.:]?\s+(.+)$/u;
// Harvard puts the book's year after the editors: "(eds) (2021) Book. Oxford: OUP, pp. …"
const LEADING_YEAR = /^\(((?:19|20)\d{2})[a-z]?\)\s*[,.]?\s*/u;
// Chicago puts place, publisher and year in brackets after the book: "Book (Oxford: OUP, 2021)"
const CHICAGO = /^(.+?)\s*\(([^():]+):\s*([^()]+?),\s*((?:19|20)\d{2})\)[.,]?$/u;
const PAGES = /,?\s*pp?\.\s*(\d{1,5})\s*[-–—]\s*(\d{1,5})\.?\s*$/u;
const YEAR = /(?:^|[\s,(])((?:19|20)\d{2})\)?[.,]?\s*$/u;
// a publisher's name, as against the town it is in
const PUBLISHER = /\b(?:press|publish\p{L}*|books|routledge|springer|palgrave|brill|elgar|wiley|sage|verlag|éditions|editions|editorial|hurst|zed|polity|bloomsbury|macmillan|nijhoff|hart)\b/iu;

/** The book a chapter was published in, its editors, publisher, place, year and pages; null for any other line. */
export function inBookLine(text: string, names: (text: string) => CslItem['author']): Partial<CslItem> | null {
  const m = IN_BOOK.exec(text.trim());
  if (!m) return null;
  let rest = m[2].trim();
  const out: Partial<CslItem> = { type: 'chapter' };
  // "Ortiz, A." keeps its initial's full stop
  const editors = names(m[1].replace(/[,;]$/, '').trim());
  if (editors?.length) out.editor = editors;
  const pages = PAGES.exec(rest);
  if (pages) {
    out.page = `${pages[1]}-${pages[2]}`;
    rest = rest.slice(0, pages.index);
  }
  const leading = LEADING_YEAR.exec(rest);
  if (leading) {
    out.issued = { 'date-parts': [[Number(leading[1])]] };
    rest = rest.slice(leading[0].length);
  }
  const chicago = CHICAGO.exec(rest);
  if (chicago) {
    out['container-title'] = chicago[1].replace(/[.,]$/, '').trim();
    out['publisher-place'] = chicago[2].trim();
    out.publisher = chicago[3].trim();
    out.issued = { 'date-parts': [[Number(chicago[4])]] };
    return out;
  }
  const year = leading ? null : YEAR.exec(rest);
  if (year) {
    out.issued = { 'date-parts': [[Number(year[1])]] };
    rest = rest.slice(0, year.index).replace(/[\s,(]+$/, '');
  }
  // "Book. Oxford: Oxford University Press" or "Book, Oxford University Press, Oxford"
  const colon = /^(.+?)\.\s+([^.:]+):\s*([^.:]+)$/u.exec(rest);
  if (colon) {
    out['container-title'] = colon[1].trim();
    out['publisher-place'] = colon[2].trim();
    out.publisher = colon[3].trim();
    return out;
  }
  const parts = rest.split(/,\s+/);
  const publisherAt = parts.findIndex((p, i) => i > 0 && PUBLISHER.test(p));
  if (publisherAt > 0) {
    out['container-title'] = parts.slice(0, publisherAt).join(', ').replace(/[.,]$/, '').trim();
    out.publisher = parts[publisherAt].trim();
    const place = parts.slice(publisherAt + 1).join(', ').trim();
    if (place) out['publisher-place'] = place;
  } else out['container-title'] = rest.replace(/[.,]$/, '').trim();
  return out['container-title'] ? out : null;
}
