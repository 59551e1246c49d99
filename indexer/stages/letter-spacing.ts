import type { TextItem } from '../readers/types.js';

// Letter-spaced type: a designed masthead or cover line set with extra space between its letters
// (LaTeX's microtype \textls or soul's \so, CSS letter-spacing, a DTP tracking setting). pdf.js
// puts a space into an item for any advance wider than a tenth of an em, so each letter came
// through alone ("J o u r n a l  o f  I n t e r n a t i o n a l …") and nothing downstream read
// the line: the journal, volume and DOI of a masthead were lost. Such an item is closed up
// again: a run of single characters each between single spaces, at least three of them letters
// (a word spelt out); two or more spaces, where a producer writes the words' gap into one item,
// stay a word space. On a baseline holding such a run, a shorter spaced item ("o f") is closed
// up too: it is the same line's tracking. Prose never sets a word as lone letters, and a table's
// cells of single figures are no run of letters.

/** A run of single characters, each between single spaces. */
const SPACED_RUN = /^\S(?: \S)+$/u;
const LETTER = /\p{L}/gu;

function spacedWords(str: string): string[] | null {
  const words = str.trim().split(/\s{2,}/);
  return words.every((w) => w.length === 1 || SPACED_RUN.test(w)) && words.some((w) => w.length > 1) ? words : null;
}

const letters = (words: string[]) => words.join('').match(LETTER)?.length ?? 0;

const trackedItems = new WeakSet<TextItem>();

/** An item closed up here: its line's word spaces are as wide as its tracking made them. */
export const isTracked = (it: TextItem): boolean => trackedItems.has(it);

function closed(it: TextItem, words: string[]): TextItem {
  const lead = /^\s/.test(it.str) ? ' ' : '';
  const trail = /\s$/.test(it.str) ? ' ' : '';
  const out = { ...it, str: lead + words.map((w) => w.replace(/ /g, '')).join(' ') + trail };
  trackedItems.add(out);
  return out;
}

/** The items with letter-spaced runs closed up (the same array when there are none). */
export function closeLetterSpacing(items: TextItem[]): TextItem[] {
  const runs = items.filter((i) => {
    const w = spacedWords(i.str);
    return w !== null && letters(w) >= 3 && w.some((x) => (x.match(LETTER)?.length ?? 0) >= 3);
  });
  if (runs.length === 0) return items;
  const baselines = runs.map((r) => r.y);
  const sameLine = (it: TextItem) => baselines.some((y) => Math.abs(y - it.y) <= 0.25 * it.size);
  return items.map((it) => {
    const w = spacedWords(it.str);
    if (!w) return it;
    return runs.includes(it) || sameLine(it) ? closed(it, w) : it;
  });
}
