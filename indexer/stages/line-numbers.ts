import type { TextItem } from '../readers/types.js';

// Line numbers in the margin: a manuscript sent for review (LaTeX's lineno, Word's and
// Writer's line numbering, a journal's review PDF) prints a number beside every line, or
// every fifth, in a strip outside the text, counting down the page. Read as text they were
// run into the lines beside them ("The practical and policy 38 links") or made paragraphs of
// numbers. They are no part of the text: a page's strip of them is dropped before its lines
// are built. What makes a strip so (and not a table's column of figures, a contents page's
// page numbers or a folio):
//  - each item is a bare number of up to four digits, and the strip's items line up on one
//    edge (right-aligned, as lineno and Word set them, or left-aligned);
//  - at least MIN_NUMBERS of them on the page, counting up from the top with one step (1, 5
//    or 10: every line, or every fifth or tenth), a number skipped now and then (a display
//    lineno does not count, a line Word leaves unnumbered);
//  - the strip stands outside every other text of the page (left of all of it or right of all
//    of it), at least GAP_EM of the text's size away from the lines beside it: a contents
//    page's numbers follow their dot leaders and a table's figures stand among its cells;
//  - beside every line: as many text lines between the first number and the last as they count
//    (a few more for a display, a footnote). A full-page table whose first column counts its
//    rows 1, 2, 3 … stands left of all the other text too, but its rows' wrapped cells put two
//    or more lines to a count. (Evenness was tried: a cover page's lines of several sizes are
//    numbered at uneven pitches, and its strip was then kept, "1 HPG briefing note".)

/** So few numbers could be a short table's column; a review copy's page has dozens. */
const MIN_NUMBERS = 8;
/** A line-number strip stands at least this many text ems from the text (lineno: 10pt; Word: 0.25in). */
const GAP_EM = 1;
/** Points within which a strip's numbers share an edge. */
const ALIGN = 1;
/** Text lines between the first number and the last, at most this many times what they count (displays, a heading's space). */
const LINES_A_COUNT = 1.25;
/** Points within which items share a baseline. */
const BASELINE = 2;

const BARE_NUMBER = /^\d{1,4}$/;

/** The items with the page's margin line numbers left out (the same array when there are none). */
export function withoutLineNumbers(items: TextItem[], textSize: number): TextItem[] {
  const numbers = items.filter((i) => BARE_NUMBER.test(i.str.trim()));
  if (numbers.length < MIN_NUMBERS) return items;
  const others = items.filter((i) => !BARE_NUMBER.test(i.str.trim()));
  if (!others.length) return items;
  const textLeft = Math.min(...others.map((i) => i.x));
  const textRight = Math.max(...others.map((i) => i.x + i.width));
  const gap = textSize * GAP_EM;
  const drop = new Set<TextItem>();
  // left of all the text, or right of all of it
  for (const side of [numbers.filter((i) => i.x + i.width <= textLeft - gap), numbers.filter((i) => i.x >= textRight + gap)]) {
    for (const strip of [alignedOn(side, (i) => i.x + i.width), alignedOn(side, (i) => i.x)]) {
      if (strip && counts(strip) && besideEveryLine(strip, others)) for (const i of strip) drop.add(i);
    }
  }
  return drop.size ? items.filter((i) => !drop.has(i)) : items;
}

/** The largest set of items sharing an edge within ALIGN, when it has MIN_NUMBERS. */
function alignedOn(items: TextItem[], edge: (i: TextItem) => number): TextItem[] | null {
  if (items.length < MIN_NUMBERS) return null;
  const sorted = [...items].sort((a, b) => edge(a) - edge(b));
  let best: TextItem[] = [];
  for (let a = 0, b = 0; b < sorted.length; b++) {
    while (edge(sorted[b]) - edge(sorted[a]) > ALIGN) a++;
    if (b - a + 1 > best.length) best = sorted.slice(a, b + 1);
  }
  return best.length >= MIN_NUMBERS ? best : null;
}

/** Whether the text beside the numbers, top to bottom, has about one line a count, no more. */
function besideEveryLine(strip: TextItem[], others: TextItem[]): boolean {
  const top = [...strip].sort((a, b) => b.y - a.y);
  const values = top.map((i) => Number(i.str.trim()));
  const high = top[0].y + BASELINE;
  const low = top[top.length - 1].y - BASELINE;
  const baselines = others.map((i) => i.y).filter((y) => y <= high && y >= low).sort((a, b) => b - a);
  let lines = 0;
  for (let k = 0; k < baselines.length; k++) if (k === 0 || baselines[k - 1] - baselines[k] > BASELINE) lines++;
  return lines <= (values[values.length - 1] - values[0] + 1) * LINES_A_COUNT;
}

/**
 * Whether the numbers, top to bottom, count up with one step: every difference a positive
 * multiple of the commonest one (1, 5 or 10), and at most one in ten of them skipping.
 */
function counts(strip: TextItem[]): boolean {
  const values = [...strip].sort((a, b) => b.y - a.y).map((i) => Number(i.str.trim()));
  const diffs = values.slice(1).map((v, k) => v - values[k]);
  const tally = new Map<number, number>();
  for (const d of diffs) tally.set(d, (tally.get(d) ?? 0) + 1);
  const step = [1, 5, 10].sort((a, b) => (tally.get(b) ?? 0) - (tally.get(a) ?? 0))[0];
  if ((tally.get(step) ?? 0) < diffs.length * 0.9) return false;
  return diffs.every((d) => d > 0 && d % step === 0);
}
