import type { CslItem } from '../../core/types.js';
import { chapterParts, EDITORS_MARK } from '../references/container.js';

// A chapter's own first page says where it was published: "In: Hugo Slim and Ana Ortiz (eds),
// Humanitarian Ethics in Practice: Cases and Commentary, Oxford University Press, Oxford, 2021,
// pp. 112-134." (or "In Slim, H. (ed.) Book. Oxford: OUP, pp. …"). Read, the chapter is cited
// as one (CSL `chapter`, BibTeX @incollection with its book, editors and pages); unread, it was
// an undated `@misc` and the line a passage (userreview17).
//
// This module is the gate only: whether a line at the top of a document is a chapter's "In:"
// line. What the line says is read by the reference entries' chapter reader
// (indexer/references/container.ts `chapterParts`): two readers had read the same forms apart.

// the editors' names: capitalised, no digits ("In 2021, the mission (eds) …" is a sentence).
// No `i` flag: with it \p{Lu} matches lower case too, and "in the words of the mission (ed.)
// …" was a chapter edited by "the words of the mission" (review17 b, 7).
const IN_BOOK = new RegExp(String.raw`^(?:In|IN|in):?\s+\p{Lu}[^()\d]{2,200}?\s*${EDITORS_MARK}\s*[,.:]?\s+\S`, 'u');

/** The book a chapter was published in, its editors, publisher, place, year and pages; null for any other line. */
export function inBookLine(text: string, names: (text: string) => CslItem['author']): Partial<CslItem> | null {
  const t = text.trim();
  return IN_BOOK.test(t) ? chapterParts(t, names) : null;
}
