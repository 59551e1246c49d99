import { dateText } from './date-text.js';

// A United Nations document symbol: the organ's letters and at least two more parts, one with a
// digit ("S/2023/345", "A/HRC/52/3", "E/CN.4/2005/L.1", "S/PRST/2022/1"). UN reports print it
// alone at the top of the first page, and are cited by it (CSL `number`).
const SYMBOL = /^[A-Z]{1,6}(?:\/[A-Z0-9][A-Za-z0-9.-]*){2,}$/;

/** The line's UN document symbol, when the line is one and nothing else. */
export function documentSymbol(text: string): string | null {
  const t = text.trim();
  return SYMBOL.test(t) && /\d/.test(t) ? t : null;
}

// "12 May 2023", "March 2021", "1er mars 2021": a day, a month word and a year.
const DATE_SHAPE = /^(?:\d{1,2}(?:st|nd|rd|th|er)?\s+)?\p{L}+\.?\s+\d{4}$/u;

/** A line that is a date and nothing else (a title page's date, no title nor heading). */
export function dateLine(text: string): boolean {
  const t = text.trim();
  return t.length <= 30 && DATE_SHAPE.test(t) && dateText(t).parts.length > 1;
}
