import type { LayoutPage, TextItem } from './types.js';

// The text layer an OCR program lays over a scan (tesseract, and ocrmypdf through it) places
// each recognised word on its own, in a glyphless font scaled to the word's box: a word's size
// is its box's height, so "a" and "Highly" on one line come out at different sizes, and line
// to line the size wanders with the letters each line holds. Read as set, every line with a
// tall word looks like a heading. On such a page each word takes its line's median size: the
// line keeps the size of its type, and a heading set larger still stands out.

const OCR_FONT = /GlyphLessFont/i;

/** True when the page's words (nearly all) are in an OCR program's glyphless font. */
export function isOcrLayer(page: LayoutPage): boolean {
  if (page.items.length === 0) return false;
  let ocr = 0;
  for (const i of page.items) if (OCR_FONT.test(i.font)) ocr++;
  return ocr >= page.items.length * 0.9;
}

/** The page with each OCR word at its line's median size (lines: words within a fifth of a size of one baseline). */
export function evenOcrSizes(page: LayoutPage): LayoutPage {
  if (!isOcrLayer(page)) return page;
  const byY = [...page.items].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: (typeof byY)[] = [];
  for (const it of byY) {
    const line = lines.find((l) => Math.abs(l[0].y - it.y) <= Math.max(1.5, it.size * 0.2));
    if (line) line.push(it);
    else lines.push([it]);
  }
  const size = new Map<(typeof byY)[number], number>();
  for (const l of lines) {
    const sizes = l.map((i) => i.size).sort((a, b) => a - b);
    const median = sizes[Math.floor(sizes.length / 2)];
    for (const i of l) size.set(i, median);
  }
  return { ...page, items: page.items.map((i) => ({ ...i, size: size.get(i) ?? i.size })) };
}

/**
 * The page with an OCR layer's words joined into runs, as a typesetter's text comes: words the
 * layer draws one after another on one baseline, a word space apart, become one item. Each word
 * alone leaves every word space uncovered, and on a page of a few long lines the spaces that
 * happen to fall one above another read as a gutter between two columns. (Call on a levelled
 * page, stages/skew.ts, after evenOcrSizes: a run takes its first word's size.)
 */
export function joinOcrWords(page: LayoutPage): LayoutPage {
  if (!isOcrLayer(page)) return page;
  const out: TextItem[] = [];
  for (const it of page.items) {
    // tesseract draws the space between two words as an item spanning the gap: a space wider
    // than a word space is a gap (two names set apart on a byline, "Mark Bowden    Victoria
    // Metcalfe-Hough", became one person, userreview19a finding 5), and bridges nothing
    if (!it.str.trim() && it.width > it.size * 1.2) continue;
    const run = out[out.length - 1];
    const gap = run ? it.x - (run.x + run.width) : Infinity;
    if (run && gap >= -1 && gap <= run.size * 1.2 && Math.abs(it.y - run.y) <= run.size * 0.2 && it.font === run.font && it.size === run.size) {
      const str = /\s$/.test(run.str) || /^\s/.test(it.str) ? run.str + it.str : `${run.str} ${it.str}`;
      out[out.length - 1] = { ...run, str, width: it.x + it.width - run.x };
    } else out.push({ ...it });
  }
  return { ...page, items: out };
}
