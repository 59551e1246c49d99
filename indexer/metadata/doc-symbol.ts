import { UN_SERIES_PATTERN } from '../../core/nlp/un-series.js';

// A United Nations document symbol: the organ's letters and at least two more parts, one with a
// digit ("S/2023/345", "A/HRC/52/3", "E/CN.4/2005/L.1", "S/PRST/2022/1"). UN reports print it
// alone at the top of the first page, and are cited by it (CSL `number`).
// The symbol's first part is a principal organ's letter (A, S, E, T, ST) or a treaty body's or
// programme's series (CCPR, CRC, DP, UNEP, TD, …; core/nlp/un-series.ts): "HIV/AIDS/2023" or "Q/A/1" is none, and a
// text file's top line of that shape had become its number and left the passages (review17 b, 10).
const SYMBOL = new RegExp(`^${UN_SERIES_PATTERN}(?:\\/[A-Z0-9][A-Za-z0-9.-]*){2,}$`);
// "United Nations S/2023/363": the masthead as pdftotext prints it, the symbol on the organ's line.
const MASTHEAD_SYMBOL = /^United Nations\s+(\S+)$/;

/** The line's UN document symbol, when the line is one and nothing else (or "United Nations" and one). */
export function documentSymbol(text: string): string | null {
  const t = text.trim();
  const s = MASTHEAD_SYMBOL.exec(t)?.[1] ?? t;
  return SYMBOL.test(s) && /\d/.test(s) ? s : null;
}

// The lines a UN document's masthead prints around its symbol: distribution, the session, the
// agenda item, the original language. They are no title ("Distr.: General" had been one).
const UN_MASTHEAD = [
  /^Distr\.?\s*:?\s*(?:general|limited|restricted)\b/i,
  /^Original\s*:\s*\p{L}+(?:\s*[/,]\s*\p{L}+)*$/iu,
  /^(?:provisional\s+)?agenda items?\s+\d/i,
  /^items?\s+\d+(?:\s*\(\p{L}\))?\s+of the (?:provisional )?agenda\b/iu,
  /^(?:[\p{L}\d]+-)?[\p{L}\d]+(?:th|st|nd|rd)\s+(?:\p{L}+\s+)?session\b/iu,
];

/** A line of a UN document's masthead other than its symbol and organ. */
export function unMastheadLine(text: string): boolean {
  const t = text.trim();
  return t.length <= 60 && UN_MASTHEAD.some((re) => re.test(t));
}
