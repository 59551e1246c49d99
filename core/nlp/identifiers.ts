import { UN_SERIES_PATTERN } from './un-series.js';

// Identifiers a researcher types to look a document up: UN document symbols ("S/2023/345",
// "A/RES/60/1", "A/HRC/50/L.12", "E/CN.4/1998/53/Add.2"), DOIs ("10.7227/JHA.2023.0042"),
// ISBNs ("978-1-84369-812-3"), resolutions by session and number ("46/182") and dates in
// figures ("12/05/2023", "2023-05-12"). The analysis
// cuts them at their slashes and hyphens like any text (the tokenizer's separator,
// core/lunr-setup.ts), so each part is a word of the index and a user who types a part
// ("PRST", "2023") still finds it; read as loose words, though, the symbol "S/2023/345" asked
// for any "S", "2023" or "345" anywhere. A query names one by the run of its parts, which is
// what a phrase is: the query parser quotes an identifier so that both engines match its parts
// in order, in place (their phrase index, or the stored text), its words are never
// "corrected", and the snippet marks the run whole. The index is unchanged (no format bump).
//
// Only shapes that plain prose does not take: a slash-joined code needs a letter series
// before its first slash and a digit in it ("IHL/IHRL" and "and/or" stay words), a DOI its
// "10.NNNN/" prefix, an ISBN 10 or 13 digits in hyphenated groups; figures joined by slashes
// ("46/182", "24/7") are a run of figures wherever they stand. Hyphenated names with a number
// ("COVID-19") are left to the words' own ranking: their parts are written joined or apart in
// the text. So are references of several
// words ("resolution 2417 (2018)", "UNSCR 1325", "Article 3", "HPG Working Paper 12"): their
// number is a rare word, and the proximity rules already rank the passage that writes them
// together first, where a phrase would miss "resolution 2417 of 2018" or "Security Council
// resolution 1325".

/**
 * A UN document symbol: an organ's or series' letters (UN_SERIES, in any case: "a/res/60/1" is
 * typed too), then two or more slash-separated parts (letters, digits, dotted sub-parts).
 * "HIV/AIDS/2023" opens with no series and stays words.
 */
const UN_SYMBOL = new RegExp(`^${UN_SERIES_PATTERN}(?:\\/[A-Za-z0-9]+(?:\\.[A-Za-z0-9]+)*){2,}$`, 'i');
/** A DOI, bare or written as doi:… or as its resolver's address. */
const DOI = /^(?:doi:|https?:\/\/(?:dx\.)?doi\.org\/)?10\.\d{4,9}\/[^\s"“”]+$/i;
/** An ISBN in its hyphenated groups (a prefix "ISBN" is a word of its own). */
const ISBN = /^(?:\d{1,7}-){3,4}[\dXx]$/;
/**
 * Figures joined by slashes: a General Assembly resolution's session and number ("46/182",
 * "60/1"), a date ("12/05/2023"); or a date by full stops or in ISO form ("2023-05-12").
 */
const FIGURES = /^(?:\d{1,4}(?:\/\d{1,4})+|\d{1,2}\.\d{1,2}\.(?:\d{2}|\d{4})|\d{4}-\d{2}-\d{2})$/;

/**
 * The identifier a token typed (no spaces, its sign taken off) is, as the text writes it (a
 * DOI without its resolver's address or "doi:", which the text may not have), or undefined.
 */
export function identifierOf(token: string): string | undefined {
  // a trailing full stop or comma ends the sentence, not the identifier ("see S/2023/345.")
  const t = token.replace(/[.,;:]+$/, '');
  if (UN_SYMBOL.test(t)) return /\d/.test(t) ? t : undefined;
  if (DOI.test(t)) return t.slice(t.search(/10\./));
  if (FIGURES.test(t)) return t;
  if (ISBN.test(t)) {
    const digits = t.replace(/-/g, '').length;
    return digits === 10 || digits === 13 ? t : undefined;
  }
  return undefined;
}

/** Whether a token typed is a document identifier (identifierOf). */
export const isIdentifier = (token: string): boolean => identifierOf(token) !== undefined;

/**
 * A query with each identifier typed as a bare token quoted (`S/2023/345` → `"S/2023/345"`),
 * its sign kept outside the quotes (`-S/2023/345` excludes it); text already inside quotes,
 * and a token bound to a field (`title:S/2023/345`, which its field's rule reads), are left
 * as they are.
 */
export function quoteIdentifiers(query: string): string {
  let out = '';
  let inQuote = false;
  // tokens and the spaces between them, quotes kept apart so that their state is followed
  for (const piece of query.match(/["“”]|[^\s"“”]+|\s+/g) ?? []) {
    if (/^["“”]$/.test(piece)) inQuote = !inQuote;
    else if (!inQuote) {
      const m = /^([+-]?)(.+)$/.exec(piece);
      const id = m ? identifierOf(m[2]) : undefined;
      if (m && id) {
        out += `${m[1]}"${id}"`;
        continue;
      }
    }
    out += piece;
  }
  return out;
}
