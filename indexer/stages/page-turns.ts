import type { Block } from '../../core/types.js';
import { stripMarks } from '../../core/text.js';

// Where a block's pages turn, carried from the line that starts a page to the passage's text.
// A block's text is changed between the lines being joined and the passages being cut (control
// characters dropped, paragraphs rejoined, hyphens at line ends undone, note marks taken out,
// long blocks cut at sentences), so a character offset would not survive. What all of these
// keep is the block's letters and digits: a turn is counted in them (note marks left out), and
// segment() finds the offset in each passage's own text again (offsetAfter).

const COUNTED = /[\p{L}\p{N}]/u;
const COUNTED_ALL = /[\p{L}\p{N}]/gu;

/** The letters and digits of a text, its note marks left out: the unit a page turn is counted in. */
export function countedChars(text: string): number {
  return stripMarks(text).match(COUNTED_ALL)?.length ?? 0;
}

/** The physical page a block's text reaches so far. */
const lastPage = (b: Block): number | null => b.pageTurns?.[b.pageTurns.length - 1]?.page ?? b.page;

/**
 * Call before text read on `page` is joined onto the block: when that page is a later one than
 * the block has reached, the page turns where the text now ends, and the block runs onto it.
 */
export function turnPageBefore(block: Block, page: number | null | undefined): void {
  if (page === null || page === undefined || block.page === null) return;
  const last = lastPage(block);
  if (last === null || page <= last) return;
  block.pageTurns = [...(block.pageTurns ?? []), { at: countedChars(block.text), page }];
  block.pageEnd = page;
}

/**
 * Call before `next`'s text is joined onto `target` (a paragraph continued after a page turn, a
 * run of short list items made one): next's start and its own turns become target's.
 */
export function joinTurns(target: Block, next: Block): void {
  if (target.page === null || next.page === null || next.page === undefined) return;
  const base = countedChars(target.text);
  const turns = [...(target.pageTurns ?? [])];
  let last = lastPage(target) ?? target.page;
  if (next.page > last) {
    turns.push({ at: base, page: next.page });
    last = next.page;
  }
  for (const t of next.pageTurns ?? []) {
    if (t.page <= last) continue;
    turns.push({ at: base + t.at, page: t.page });
    last = t.page;
  }
  if (turns.length) target.pageTurns = turns;
  const end = Math.max(last, next.pageEnd ?? next.page);
  if (end !== target.page) target.pageEnd = end;
}

/**
 * The offset in `text` where the page starts whose first counted character is the `n`th
 * (0-based) of the text: past the characters before it, the punctuation closing the last word
 * of the page before ("end.”") and the space after it. A word broken across the turn
 * ("recom-|mendation", joined) keeps the offset inside it, so a quote of it covers both pages.
 * Null when the text has no `n`th character (the turn lies past it).
 */
export function offsetAfter(text: string, n: number): number | null {
  if (n <= 0) return 0;
  let seen = 0;
  let i = 0;
  for (const ch of text) {
    i += ch.length;
    if (COUNTED.test(ch) && ++seen === n) break;
  }
  if (seen < n) return null;
  // note marks are not counted; the closing punctuation of the page's last word stays on it
  while (i < text.length && !/\s/.test(text[i]) && !COUNTED.test(text[i])) i++;
  while (i < text.length && /\s/.test(text[i])) i++;
  return i < text.length ? i : null;
}
