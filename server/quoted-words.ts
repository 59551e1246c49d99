import type { Span } from './cite.js';

// One quotation of selected words for every place that quotes a selection: the cite API, the
// passage page's "Cite selection", exports and the reading list give the same words.

// sentence-final punctuation, possibly inside closing quotation marks or brackets, possibly
// followed by a footnote's number ("crisis.12", "crisis.¹²"; a letter before the stop, so "3.12"
// stays a number)
const SENTENCE_END = /(?:[.!?…]["”’»)\]]*|\p{L}[.!?…]["”’»)\]]*(?:\d{1,3}|[⁰¹²³⁴-⁹]{1,3}))$/u;
// a full stop that closes an abbreviation, not a sentence: dotted initials ("e.g.", "i.e.",
// "U.S."), one capital initial ("J. Smith"), and the abbreviations policy writing cites with
const ABBREVIATION = /(?:^|[^\p{L}\p{N}])(?:(?:\p{L}\.){2,}|\p{Lu}\.|(?:etc|cf|Cf|No|Nos|vs|viz|Dr|Mr|Mrs|Ms|Prof|St|p|pp|para|paras|Fig|fig|Vol|vol|Art|approx)\.)["”’»)\]]*$/u;

/** Whether the text ends a sentence: closing punctuation, a full stop of an abbreviation not counted. */
export function endsSentence(text: string): boolean {
  return SENTENCE_END.test(text) && !ABBREVIATION.test(text);
}

/**
 * The selected words as a quotation of them: an ellipsis where the selection cuts a sentence of
 * the passage (words of it left before or after), as a quotation shows an omission. The export
 * sets the words apart, under a reference, with nothing around them to show they are a part.
 */
export function quotedWords(text: string, span: Span): string {
  const words = text.slice(span.start, span.end);
  const before = text.slice(0, span.start).trimEnd();
  const after = text.slice(span.end).trim();
  const cutBefore = before !== '' && !endsSentence(before);
  const cutAfter = after !== '' && !endsSentence(words);
  return `${cutBefore ? '… ' : ''}${words}${cutAfter ? ' …' : ''}`;
}

