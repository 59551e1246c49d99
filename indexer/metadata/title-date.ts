import { MONTHS } from '../../core/text.js';
import type { CslItem, MetadataSource } from '../../core/types.js';
import { checkedParts } from './date-text.js';

// A note titled by its day ("Meeting note: Arria-formula preparation, 3 September 2024") was
// dated by the year its file name gave (userreview18 finding 15): the title prints the full
// date, which is the note's. Read where the title says a whole date (day, month and year: "3
// September 2024", "September 3, 2024", "2024-09-03"), and taken only over a date that says less
// of the same year (the file name's year, a title page's month), never over one a catalog, front
// matter or the file's own metadata gave: a title may name the day of an event the work is about.

const MONTH = MONTHS.join('|');
const DAY_MONTH_YEAR = new RegExp(`(?<![\\p{L}\\p{N}])(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH})\\s+((?:19|20)\\d{2})(?!\\d)`, 'iu');
const MONTH_DAY_YEAR = new RegExp(`(?<![\\p{L}])(${MONTH})\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})(?!\\d)`, 'iu');
const ISO_DAY = /(?<![\d/-])((?:19|20)\d{2})-(\d{2})-(\d{2})(?![\d/-])/;

const monthOf = (name: string) => MONTHS.findIndex((m) => m.toLowerCase() === name.toLowerCase()) + 1;

/** The whole date (year, month, day) a title prints, or undefined. */
export function titleDate(title: string): number[] | undefined {
  let parts: number[] | undefined;
  const dmy = DAY_MONTH_YEAR.exec(title);
  const mdy = MONTH_DAY_YEAR.exec(title);
  const iso = ISO_DAY.exec(title);
  if (dmy) parts = [Number(dmy[3]), monthOf(dmy[2]), Number(dmy[1])];
  else if (mdy) parts = [Number(mdy[3]), monthOf(mdy[1]), Number(mdy[2])];
  else if (iso) parts = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  if (!parts) return undefined;
  const checked = checkedParts(parts, 1900).parts;
  return checked.length === 3 ? checked : undefined;
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
