import type { TextItem } from './types.js';

// A soft hyphen where the line did not break is drawn by Chromium (and so by Word's and
// Google Docs' PDF export through it) as the font's space glyph with no advance, wrapped in a
// marked-content span whose ActualText is U+00AD. pdf.js reads no ActualText: it starts a new
// item at the span and, the glyph being a space, begins the next item with " ". Every word
// the browser could have hyphenated came through cut into pieces, "collabo ra tion",
// "oppo rtu ni ties", and a search for it found nothing (pdf21's unseen8 briefing). What shows
// on the page decides: a space that takes no room is no space.

/** Points, as a share of the type size, within which an item starts where the one before it ends. */
const TOUCHING = 0.02;

/**
 * The item, its leading space dropped where it starts exactly where the item drawn before it
 * ends, on the same baseline in the same size: the space is a zero-width glyph (a soft hyphen
 * the line did not break at), not a word space, which always takes room.
 */
export function withoutZeroWidthSpace(item: TextItem, before: TextItem | undefined): TextItem {
  if (!before || !item.str.startsWith(' ') || item.str.trim() === '') return item;
  if (Math.abs(item.y - before.y) > item.size * TOUCHING || Math.abs(item.size - before.size) > 0.05) return item;
  if (before.str.endsWith(' ') || Math.abs(before.x + before.width - item.x) > item.size * TOUCHING) return item;
  return { ...item, str: item.str.replace(/^ /, '') };
}
