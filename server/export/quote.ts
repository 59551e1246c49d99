import { wordCount } from '../../core/text.js';
import type { RichFormat, StyleId } from './citation-js.js';

// A quotation and its in-text citation laid out as each manual asks. APA 7 §8.26–8.27: a quote
// of 40 words or more is a block quotation — no quotation marks, indented, its own final
// punctuation kept and the citation after it with no period; a shorter quote goes in double
// quotation marks with the sentence's period after the citation. Chicago (17th, 13.10) sets
// off quotations of 100 words or more; Harvard (Cite Them Right) quotations of more than two
// lines, which we take as 40 words too.

/** What the user's note on a quote (the reading list's) is introduced by, in every format. */
export const NOTE_LABEL = 'My note:';

export const BLOCK_QUOTE_WORDS: Record<StyleId, number> = { apa: 40, chicago: 100, harvard: 40 };

export interface Quoted {
  /** true when the quotation is to be set off as a block */
  block: boolean;
  /** the quotation with its citation, escaped for the format; a block comes without its indentation */
  body: string;
}

/** Text as the format needs it: HTML entities, or RTF control words with non-ASCII as \uN. */
export function escapeFor(text: string, format: RichFormat): string {
  if (format === 'html') return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  if (format === 'rtf') return [...text.replace(/[\\{}]/g, (c) => `\\${c}`)].map((c) => (c.codePointAt(0)! > 127 ? rtfChar(c) : c)).join('');
  return text;
}

/** RTF writes a non-ASCII character as a signed 16-bit \uN (surrogate pairs for astral ones). */
function rtfChar(c: string): string {
  let out = '';
  for (let i = 0; i < c.length; i++) {
    const unit = c.charCodeAt(i);
    out += `\\uc0\\u${unit > 32767 ? unit - 65536 : unit}{}`;
  }
  return out;
}

/**
 * A text in double quotation marks, its own double marks made single: a quotation within a
 * quotation (APA 7 §8.32, Chicago 13.30). A passage that opens or ends with a witness's words
 * had been given a second pair (““There is a trade-off,” she said.”), in every format that
 * quotes. Single marks are left as they are: ’ is also the apostrophe, so no rule can tell which
 * ones to swap. A straight " opens where it starts the text or follows a space or an opening
 * bracket or dash, and closes elsewhere.
 */
export function inQuotes(text: string): string {
  const inner = text.replace(/“/g, '‘').replace(/”/g, '’').replace(/"/g, (_m, at: number) => (at === 0 || /[\s([{\u2013\u2014/-]/.test(text[at - 1]) ? '‘' : '’'));
  return `“${inner}”`;
}

/** The quotation and its citation (already formatted for `format`). */
export function quoteWithCitation(text: string, citation: string, style: StyleId, format: RichFormat): Quoted {
  const quote = text.trim();
  if (wordCount(quote) >= BLOCK_QUOTE_WORDS[style]) return { block: true, body: `${escapeFor(quote, format)} ${citation}` };
  // The sentence's period moves after the citation; a question or exclamation mark stays inside.
  const inner = quote.replace(/\.$/, '');
  return { block: false, body: `${escapeFor(inQuotes(inner), format)} ${citation}.` };
}
