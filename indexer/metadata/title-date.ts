import type { CslItem, MetadataSource } from '../../core/types.js';
import { wholeDate } from './date-text.js';

// A note titled by its day ("Meeting note: Arria-formula preparation, 3 September 2024") was
// dated by the year its file name gave (userreview18 finding 15): the title prints the full
// date, which is the note's. Read where the title says a whole date (day, month and year: "3
// September 2024", "September 3, 2024", "2024-09-03"), and taken only over a date that says less
// of the same year (the file name's year, a title page's month), never over one a catalog, front
// matter or the file's own metadata gave: a title may name the day of an event the work is about.

/** The whole date (year, month, day) a title prints, in English, French or Spanish ("3 September 2024", "3 septembre 2024", "3 de septiembre de 2024", "September 3, 2024", "2024-09-03"), or undefined. */
export function titleDate(title: string): number[] | undefined {
  return wholeDate(title);
}

/** Sources a title's whole date may refine: the file name's year, a date read off the page. */
const REFINABLE: readonly MetadataSource[] = ['file-name', 'first-page', 'text'];

/** Sets `issued` to the title's whole date where the record has none, or less of the same year from a refinable source. */
export function withTitleDate(csl: CslItem, provenance: Record<string, MetadataSource>): void {
  if (typeof csl.title !== 'string') return;
  const date = titleDate(csl.title);
  if (!date) return;
  const had = csl.issued?.['date-parts']?.[0] ?? [];
  if (had.length) {
    const source = provenance.issued;
    if (!source || !REFINABLE.includes(source) || Number(had[0]) !== date[0] || had.length >= 3) return;
    if (had.length === 2 && Number(had[1]) !== date[1]) return;
  }
  csl.issued = { 'date-parts': [date] };
  provenance.issued = 'first-page';
}
