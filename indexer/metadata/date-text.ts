import { MONTHS } from '../../core/text.js';

// A date is read the same way wherever it was written (a catalog.json's "issued", a front
// matter's "date", a PDF's CreationDate), and checked the same way: "2021-13-45" had been kept
// as month 13, "0042" as the year 42, and the year facet and sort took them as written.

/** Before this no work in the library was written; after it, none yet. */
const EARLIEST_YEAR = 1000;
const latestYear = (): number => new Date().getFullYear() + 10;

export interface CheckedParts {
  /** the longest right start of the parts: [] when even the year is wrong */
  parts: number[];
  /** the first part that was wrong ("month 13"), when one was */
  wrong?: string;
}

const daysIn = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** CSL date parts (year, month, day) kept up to the first that is no date: a month 1–12 or a season (21–24), a day of that month. */
export function checkedParts(parts: number[], earliest = EARLIEST_YEAR): CheckedParts {
  const [year, month, day] = parts;
  if (!Number.isInteger(year) || year < earliest || year > latestYear()) return { parts: [], wrong: `year ${year}` };
  if (month === undefined) return { parts: [year] };
  const season = month >= 21 && month <= 24;
  if (!Number.isInteger(month) || !((month >= 1 && month <= 12) || season)) return { parts: [year], wrong: `month ${month}` };
  if (day === undefined) return { parts: [year, month] };
  if (season || !Number.isInteger(day) || day < 1 || day > daysIn(year, month)) return { parts: [year, month], wrong: `day ${day}` };
  return { parts: [year, month, day] };
}

export interface DateText extends CheckedParts {
  /** true when the text is nothing but the date read ("2021-03", "March 2021"); else it says more ("Spring 2021") */
  whole: boolean;
}

/** Months in the languages the tagger reads (English, French, Spanish), each list by number. */
const MONTH_NAMES: readonly (readonly string[])[] = [
  MONTHS,
  ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
];
const monthNumber = (word: string): number => {
  for (const names of MONTH_NAMES) {
    const m = names.indexOf(word.toLowerCase());
    if (m >= 0) return m + 1;
  }
  return 0;
};
const ANY_MONTH = MONTH_NAMES.flat().join('|');
/** Spanish puts "de" between day, month and year ("3 de septiembre de 2024", "marzo de 2020"). */
const DE = '(?:de(?:l)?\\s+)?';

const ISO = /^\s*(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?\b/;
const ISO_WHOLE = /^\s*\d{4}(?:-\d{1,2}){0,2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?\s*$/;
// a month may be written in any of the three languages ("septembre 2021", "marzo 2020")
const MONTH_YEAR = new RegExp(`(?<![\\p{L}])(${ANY_MONTH})\\s+${DE}(\\d{4})(?!\\d)`, 'iu');
const MONTH_YEAR_WHOLE = new RegExp(`^\\s*(?:${ANY_MONTH})\\s+${DE}\\d{4}\\s*$`, 'iu');
// a bare number in prose is a year only in the last two centuries, as the title page reader takes it
const YEAR = /\b((?:19|20)\d{2})\b/;

/**
 * A written date ("2021-03-05", "2021-03", "March 2021", "septembre 2021", "Spring 2021") as
 * checked CSL date parts; parts [] when it names no year. `earliest` is the first year taken:
 * a title page's line is read with 1900, so that "1234 Main Street" names no year.
 */
export function dateText(text: string, earliest = EARLIEST_YEAR): DateText {
  // Each reading in turn, the first that checks out: a number opening a line is a year only
  // when a month follows it or it is all the line says ("2030 Agenda, May 2019" is of 2019,
  // "1325 at 20, October 2020" of 2020); a reading that fails its check gives way to the next.
  let wrong: string | undefined;
  const read = (parts: number[], whole: boolean): DateText | undefined => {
    const checked = checkedParts(parts, earliest);
    wrong ??= checked.wrong;
    return checked.parts.length ? { ...checked, whole } : undefined;
  };
  const iso = ISO.exec(text);
  const isoWhole = ISO_WHOLE.test(text);
  // "2023-24 Humanitarian Response Plan": two digits after a year that are the next year's last
  // two are a fiscal year, no month 24 (CSL's Winter) (review16 b, 8). A whole ISO date keeps a
  // real month ("2011-12" is December 2011); in a longer text only a month 1–12 is one.
  const after = iso?.[2] === undefined ? undefined : Number(iso[2]);
  const range = after !== undefined && iso![2].length === 2 && after === (Number(iso![1]) + 1) % 100;
  const month = after !== undefined && after >= 1 && after <= 12;
  const isoMonth = after !== undefined && (isoWhole ? !(range && !month) : !range && month);
  const m = MONTH_YEAR.exec(text);
  const y = YEAR.exec(text);
  return (
    (iso && ((isoWhole && (after === undefined || isoMonth)) || isoMonth) ? read(iso.slice(1).filter(Boolean).map(Number), isoWhole) : undefined) ??
    (m ? read([Number(m[2]), monthNumber(m[1])], MONTH_YEAR_WHOLE.test(text)) : undefined) ??
    (y ? read([Number(y[1])], false) : undefined) ?? { parts: [], ...(wrong ? { wrong } : {}), whole: false }
  );
}

/** A date a page or a title prints, and where it stands in the text. */
export interface PrintedDate {
  /** checked CSL parts: year, month and, where printed, day */
  parts: number[];
  index: number;
  end: number;
}

// The printed shapes, in the three languages: a day, month and year ("3 September 2024", "1er
// mars 2021", "3 de septiembre de 2024"), a month, day and year ("September 3, 2024"), an ISO
// day ("2024-09-03"), a month and year ("March 2024", "marzo de 2024"). One pattern, so that at
// each place the longest reading wins ("3 September 2024" is read from its day, not its month).
const PRINTED = new RegExp(
  [
    `(?<![\\p{L}\\p{N}])(?<dd>\\d{1,2})(?:st|nd|rd|th|er)?\\s+${DE}(?<dm>${ANY_MONTH})\\s+${DE}(?<dy>(?:19|20)\\d{2})(?!\\d)`,
    `(?<![\\p{L}])(?<mm>${ANY_MONTH})\\s+(?<md>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<my>(?:19|20)\\d{2})(?!\\d)`,
    `(?<![\\d/-])(?<iy>(?:19|20)\\d{2})-(?<im>\\d{2})-(?<id>\\d{2})(?![\\d/-])`,
    `(?<![\\p{L}])(?<ym>${ANY_MONTH})\\s+${DE}(?<yy>(?:19|20)\\d{2})(?!\\d)`,
  ].join('|'),
  'giu',
);

/**
 * The dates a text prints with their month at least, in order, each checked (no 31 February:
 * a day that is none leaves the month and year). Years before 1900 are taken for no date.
 */
export function printedDates(text: string): PrintedDate[] {
  const out: PrintedDate[] = [];
  for (const m of text.matchAll(PRINTED)) {
    const g = m.groups ?? {};
    const raw =
      g.dd !== undefined ? [Number(g.dy), monthNumber(g.dm), Number(g.dd)]
      : g.mm !== undefined ? [Number(g.my), monthNumber(g.mm), Number(g.md)]
      : g.iy !== undefined ? [Number(g.iy), Number(g.im), Number(g.id)]
      : [Number(g.yy), monthNumber(g.ym)];
    const { parts } = checkedParts(raw, 1900);
    if (parts.length >= 2) out.push({ parts, index: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  }
  return out;
}

/** The whole date (year, month, day) a text prints first, or undefined ("3 septembre 2024" in a title). */
export function wholeDate(text: string): number[] | undefined {
  return printedDates(text).find((d) => d.parts.length === 3)?.parts;
}

/** A line that is a date and nothing else ("12 May 2023", "March 2021", "1er mars 2021", "3 de septiembre de 2024"): a title page's date, no title nor heading. */
export function dateLine(text: string): boolean {
  const t = text.trim();
  const dates = t.length <= 30 ? printedDates(t) : [];
  return dates.length === 1 && dates[0].index === 0 && dates[0].end === t.length;
}
