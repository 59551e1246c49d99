// Vancouver (ICMJE/NLM) entries as medical and public-health lists print them: a number, the
// names family first with their initials run together, the title, then the journal with its
// year, volume, issue and pages, or a book's place, publisher and year:
//   "1. Smith J, Jones K. Title. Journal. 2019;12(3):45–67."
//   "[2] Keller A, Haddad BM, et al. Title. Lancet. 2018 Mar;391(10124):1010-2."
//   "12. World Health Organization. Title. Geneva: WHO; 2019."
// No year follows the names, so the author-date reader found none and dropped the entry whole
// (review17-c finding 9). This reads the shape's parts; parse.ts makes the entry of them as it
// makes an author-date one.

/** "1. ", "1) ", "[1] " before an entry. */
const NUMBER = /^(?:\[\d{1,4}\]|\d{1,4}[.)])\s+/;
// A family name's words are capitalised words in lower case after their capital ("O’Brien",
// "Metcalfe-Hough"), two at most: "Humanitarian Policy Group ODI" is a body, not a Mr Group with
// the initials O. D. I., and "UN SG" an organisation's name in capitals.
const FAMILY_WORD = String.raw`\p{Lu}(?=[\p{Ll}'’])\p{Ll}*(?:[-'’]\p{Lu}?\p{Ll}+)*`;
/** One Vancouver name: "Smith J", "Metcalfe-Hough V", "van der Berg AB", "Keller BM" (the author-date reader's too). */
export const VANCOUVER_NAME = String.raw`(?:\p{Ll}{1,3}\s)*${FAMILY_WORD}(?:\s${FAMILY_WORD})?\s\p{Lu}{1,3}`;
/** The names, each as above, comma-separated, perhaps closed by "et al", then the full stop. */
const PERSONS = new RegExp(String.raw`^(${VANCOUVER_NAME}(?:,\s*${VANCOUVER_NAME})*(?:,?\s+et\s+al)?)\.\s+(.+)$`, 'u');
/** A body as author, only after a number ("12. World Health Organization. …"): capitalised words and joining words. */
const BODY = /^(\p{Lu}[\p{L}'’&-]*(?:\s(?:of|for|the|and|on|in|de|des|du|la|le|\p{Lu}[\p{L}'’&-]*)){0,10})\.\s+(.+)$/u;
/** The year as the shape prints it: before ";volume" (with an optional month and day) or after "; " at a book's end. */
const YEAR = /(?:^|[.;,]\s)((?:19|20)\d{2})(?:\s\p{L}{3,9}\.?(?:\s\d{1,2})?)?(?=\s*;|\s*:\s*\d|\.?\s*$|\.\s)/u;
/** The title ends at a full stop (or a question mark) before the next part. */
const TITLE_END = /(?<=[?!])\s+(?=\p{Lu})|\.\s+(?=[\p{Lu}\d[])/u;

export interface VancouverParts {
  who: string;
  title: string;
  year: number;
  /** what follows the title: the journal with its numbers, or place, publisher and year */
  rest: string;
}

/** The parts of a Vancouver entry, or null when the text has not that shape. */
export function vancouverParts(text: string): VancouverParts | null {
  const t = text.trim().replace(/\s+/g, ' ');
  const numbered = NUMBER.exec(t);
  const body = numbered ? t.slice(numbered[0].length) : t;
  const head = PERSONS.exec(body) ?? (numbered ? BODY.exec(body) : null);
  if (!head) return null;
  const afterNames = head[2];
  const end = TITLE_END.exec(afterNames);
  if (!end) return null;
  const title = afterNames.slice(0, end.index).trim();
  const rest = afterNames.slice(end.index + end[0].length).trim();
  const year = YEAR.exec(rest);
  if (!title || !year) return null;
  return { who: head[1].replace(/,?\s+et\s+al$/, ''), title, year: Number(year[1]), rest };
}
