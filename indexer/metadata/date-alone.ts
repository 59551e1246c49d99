import { dateText, wholeDate } from './date-text.js';

/** A line that is a date with its month and nothing else ("March 2022", "12 June 2023"). */
export function dateAlone(text: string): boolean {
  const date = text.length <= 40 ? dateText(text) : null;
  return !!date?.whole && date.parts.length >= 2;
}

// a day's date as `\today` prints it ("December 7, 2026", "7 December 2026"): its day, month and year, no other word
const MOST_DAY_DATE_WORDS = 3;

/**
 * amsart prints `\date` as "Date: June 2023." at the first page's foot, under the text: the date
 * such a line labels, where that is a date with its month and nothing else ("Date: see below",
 * "Date: 2023" are none), or null.
 */
export function labelledDate(text: string): string | null {
  const inner = /^Date\s*:\s*(.+?)\.?$/u.exec(text.trim())?.[1];
  if (inner === undefined) return null;
  return dateAlone(inner) || (inner.split(/\s+/).length <= MOST_DAY_DATE_WORDS && wholeDate(inner) !== undefined) ? inner : null;
}
