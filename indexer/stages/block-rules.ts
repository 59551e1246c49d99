import type { Block, Furniture } from '../../core/types.js';
import { endsSentence } from '../../core/text.js';
import { BOX_LABEL, NOTES_SECTION, REFERENCE_SECTION } from './patterns.js';

// Rules both structure builders apply, one function each, so that the PDF builder (which sees
// fonts and positions) and the text builder (which sees only lines) cannot drift apart on them.

/** What a structure builder returns: blocks, the furniture it removed, and what metadata reads. */
export interface Structured {
  blocks: Block[];
  furniture: Furniture[];
  /** printed page label per physical page (index 0 = page 1), null where none is printed */
  pageLabels: (string | null)[] | null;
  /** cover and title-page lines with their type size (0 when unknown), for metadata */
  front: { text: string; size: number }[];
}

/** The text after the last white space: what /\S*$/ finds, without scanning the whole text. */
function lastToken(text: string): string {
  // A paragraph grows line by line through joinLine, so a regular expression anchored at the
  // end, which the engine still tries from every position, made joining quadratic.
  let i = text.length;
  while (i > 0 && !/\s/.test(text[i - 1])) i--;
  return text.slice(i);
}

/** Joins a wrapped line: URLs broken at a hyphen or slash rejoin without a space. */
export function joinLine(text: string, next: string): string {
  const token = lastToken(text);
  const url = /(https?:|www\.|\/)/.test(token);
  if (url && /[-/._=?&%]$/.test(token) && !/^[(\s]/.test(next)) return text + next;
  return text + ' ' + next;
}

/** Key messages and summaries are the authors' own digest; every other box is an aside. */
export function boxRole(label: string): 'key-messages' | 'box' {
  return /key messages|key findings|summary|in brief|at a glance/i.test(label) ? 'key-messages' : 'box';
}

/** A heading that names boxed material (Box 2, Figure 1, Key messages), not a section. */
export function isBoxLabel(label: string): boolean {
  return BOX_LABEL.test(label.trim()) && !isBackSection(label);
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
