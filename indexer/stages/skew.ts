import type { LayoutPage, TextItem } from '../readers/types.js';

// A scanned page is seldom square on the glass: its OCR text layer (tesseract's PDF, words
// placed one by one) puts each line's words along a slope, so a long line falls by more than
// the band the line builder gathers a baseline by, and its right half joins the next line's
// left half ("… to ensure and sexual violence is that the Multinational …"). A line is a run of
// words whose baselines follow one slope: the page's slope is read from neighbouring words of
// one line, and the page is levelled by it before lines are formed.

/** Least slope taken for a turn (about 0.1°): below it a line of 600 pt falls by under a point. */
const LEAST = 0.002;
/** Greatest (about 5°): a page turned further is no slightly turned scan. */
const MOST = 0.09;

/** The rise per point across of words set one after another on one line, in the order drawn. */
function neighbourSlopes(items: readonly TextItem[]): number[] {
  const slopes: number[] = [];
  for (let i = 1; i < items.length; i++) {
    const a = items[i - 1];
    const b = items[i];
    const size = Math.max(a.size, b.size);
    const gap = b.x - (a.x + a.width);
    const across = b.x - a.x;
    // the next word to the right, within two ems, about on a's baseline
    if (gap < -1 || gap > size * 2 || across < size * 0.5 || Math.abs(b.y - a.y) > size * 0.5) continue;
    slopes.push((b.y - a.y) / across);
  }
  return slopes;
}

/** The slope the page's lines follow, or 0 when they run level (or no one slope holds most of them). */
export function pageSlope(page: LayoutPage): number {
  if (page.items.length < 8) return 0;
  const slopes = neighbourSlopes(page.items);
  if (slopes.length < 6) return 0;
  const sorted = [...slopes].sort((x, y) => x - y);
  const median = sorted[Math.floor(sorted.length / 2)];
  if (Math.abs(median) < LEAST || Math.abs(median) > MOST) return 0;
  // most neighbours follow it: a typeset page's pairs are level, superscripts aside
  const follow = slopes.filter((s) => Math.abs(s - median) <= Math.abs(median) * 0.5).length;
  return follow >= slopes.length * 0.6 ? median : 0;
}

/** The page with its words levelled: each raised or lowered by the page's slope at its x. */
export function levelPage(page: LayoutPage): LayoutPage {
  const slope = pageSlope(page);
  if (slope === 0) return page;
  return { ...page, items: page.items.map((i) => ({ ...i, y: i.y - slope * i.x })) };
}
