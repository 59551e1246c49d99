import type { CslItem, MetadataSource } from '../../core/types.js';

// A journal article or a chapter is cited with the pages it fills in its journal or book (APA
// 7 §9.25, Chicago 14.171: "12(3), 245–270"): a catalogue entry often lacks them, and the PDF
// prints them, its first page's folio and its last. Without them BibTeX had no `pages`, RIS no
// SP/EP and the APA reference ended at the issue (pages35).

/** CSL types printed on some pages of a larger work, whose record gives those pages. */
const PART_OF_A_WHOLE = new Set(['article-journal', 'article-magazine', 'article-newspaper', 'chapter', 'paper-conference', 'entry', 'entry-dictionary', 'entry-encyclopedia', 'review', 'review-book']);

/**
 * The record's `page` from the first and last pages' printed numbers, where it is a part of a
 * larger work and gives none. Both ends must print an arabic number (a first page printing none
 * is left so: counting back from the next one would take a cover sheet for the article's first
 * page), the last no smaller than the first.
 */
export function withFolioRange(csl: CslItem, provenance: Record<string, MetadataSource>, labels: readonly (string | null)[] | null): void {
  if (csl.page || !PART_OF_A_WHOLE.has(csl.type) || !labels?.length) return;
  const first = labels[0];
  const last = labels[labels.length - 1];
  if (!first || !last || !/^\d+$/.test(first) || !/^\d+$/.test(last) || Number(last) < Number(first)) return;
  csl.page = first === last ? first : `${first}-${last}`;
  provenance.page = 'text';
}
