import type { Block, FrontLine, Furniture } from '../../core/types.js';
import { endsSentence } from '../../core/text.js';
import { BOX_LABEL, NOTES_SECTION, REFERENCE_SECTION, noteStart } from './patterns.js';

// Rules both structure builders apply, one function each, so that the PDF builder (which sees
// fonts and positions) and the text builder (which sees only lines) cannot drift apart on them.

/** What a structure builder returns: blocks, the furniture it removed, and what metadata reads. */
export interface Structured {
  blocks: Block[];
  furniture: Furniture[];
  /** printed page label per physical page (index 0 = page 1), null where none is printed */
  pageLabels: (string | null)[] | null;
  /** cover and title-page lines with their type size (0 when unknown), for metadata */
  front: FrontLine[];
  /**
   * A 2-up handout's (sheets.ts): the PDF page (sheet) each page that blocks, furniture and
   * pageLabels count sits on, those counting the pages the sheets hold, so that a passage is
   * cited with the number printed on its own half. Absent where pages are the PDF's.
   */
  sheetOf?: number[];
}

/** The text after the last white space: what /\S*$/ finds, without scanning the whole text. */
function lastToken(text: string): string {
  // A paragraph grows line by line through joinLine, so a regular expression anchored at the
  // end, which the engine still tries from every position, made joining quadratic.
  let i = text.length;
  while (i > 0 && !/\s/.test(text[i - 1])) i--;
  return text.slice(i);
}

// What a join needs of the text's last token: whether it is a web address and its last
// characters. Carried from line to line, not the token itself: a web address broken over 2,000
// lines is one token of 50,000 characters, and reading it again at each line (its start for
// "http", its end for the hyphen, or copying it to append) made joining a block quadratic in its
// length (0.9 s for one such reference entry, 16 times an eighth of it; hostile31).
interface Tail {
  url: boolean;
  /** the token's last characters, enough to hold a cut "https:" */
  end: string;
}
const URL_MARK = /(https?:|www\.|\/)/;
const KEPT = 5;
const tailOf = (token: string): Tail => ({ url: URL_MARK.test(token), end: token.slice(-KEPT) });
/** The tail once `appended` is joined after it. */
function extend(tail: Tail, appended: string): Tail {
  if (/\s/.test(appended)) return tailOf(lastToken(appended));
  const joined = tail.end + appended;
  return { url: tail.url || URL_MARK.test(joined), end: joined.slice(-KEPT) };
}

/** What goes between a text ending in this token and the next line: nothing after a URL broken at a hyphen or slash. */
function joinerAfter(tail: Tail, next: string): string {
  return tail.url && /[-/._=?&%]$/.test(tail.end) && !/^[(\s]/.test(next) ? '' : ' ';
}

/** The last join's result and its token's tail (joinLine). */
let lastJoin: { text: string; tail: Tail } | undefined;

/** Joins a wrapped line: URLs broken at a hyphen or slash rejoin without a space. */
export function joinLine(text: string, next: string): string {
  // a paragraph grows by joinLine line after line: its tail is carried from the join before
  const tail = lastJoin && lastJoin.text === text ? lastJoin.tail : tailOf(lastToken(text));
  const appended = joinerAfter(tail, next) + next;
  const out = text + appended;
  lastJoin = { text: out, tail: extend(tail, appended) };
  return out;
}

/**
 * Joins a block's wrapped lines as joinLine one after another would (leading empty lines
 * dropped), in time linear in their length: the last token is carried, not found again.
 */
export function joinLines(lines: readonly string[]): string {
  const parts: string[] = [];
  let tail = tailOf('');
  for (const line of lines) {
    if (parts.length === 0) {
      if (line) parts.push(line);
      tail = tailOf(lastToken(line));
      continue;
    }
    const appended = joinerAfter(tail, line) + line;
    parts.push(appended);
    tail = extend(tail, appended);
  }
  return parts.join('');
}

/**
 * A paragraph is cut at a line break once it is this long (about four pages of unbroken text).
 * Text set with no sentence ends and no paragraph gaps (tables of figures, generated or damaged
 * files) would otherwise join into one block, and each line joined copies the whole block: a
 * 539-page file of such lines took 70 s to structure, where the cut makes it well under one.
 */
export const LONGEST_PARAGRAPH = 10_000;

/** Whether a block may take one more wrapped line (see LONGEST_PARAGRAPH). */
export const hasRoom = (text: string): boolean => text.length < LONGEST_PARAGRAPH;

/** Key messages and summaries are the authors' own digest; every other box is an aside. */
export function boxRole(label: string): 'key-messages' | 'box' {
  return /key messages|key findings|summary|in brief|at a glance/i.test(label) ? 'key-messages' : 'box';
}

/** A heading that names boxed material (Box 2, Figure 1, Key messages), not a section. */
export function isBoxLabel(label: string): boolean {
  return BOX_LABEL.test(label.trim()) && !isBackSection(label);
}

/**
 * An endnote at the start of a line under a Notes heading. There a number followed by a full
 * stop or bracket ("1. See …", LaTeX's enumerate) opens a note too: in running text it would
 * be a numbered list, but a Notes section holds nothing else.
 */
export function endnoteStart(text: string): { n: string; rest: string } | null {
  // "12." and "12)" as word processors number them; "[12]" as plain text types a note's number
  const m = /^\s*(\d{1,3})[.)]\s+(\S.*)$/.exec(text) ?? /^\s*\[(\d{1,3})\]\s+(\S.*)$/.exec(text);
  return noteStart(text) ?? (m ? { n: m[1], rest: m[2] } : null);
}

/** Reference lists and endnotes: sections whose lines are entries, not running text. */
export function isBackSection(label: string): boolean {
  return REFERENCE_SECTION.test(label.trim()) || NOTES_SECTION.test(label.trim());
}

/**
 * A dash opening a line after a sentence that has not ended is the sentence's punctuation
 * carried over ("… the mission – which …"), not a list marker.
 */
export function dashContinues(marker: string, before: string | undefined, atMargin: boolean): boolean {
  return /[–—]/.test(marker) && before !== undefined && !endsSentence(before) && atMargin;
}
