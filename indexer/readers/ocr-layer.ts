import type { LayoutPage } from './types.js';

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
