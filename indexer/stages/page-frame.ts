import type { Line } from './lines.js';

// A panel a layout repeats on every page (a briefing's "Key facts" down the left, a master
// page's frame in InDesign or Word's header-anchored text box): the same lines, word for word,
// at the same place page after page. Read on every page, its text was run into each page's
// paragraphs and a paragraph turning the page joined onto the panel, not onto its own start.
// It is one block of the document: read once, after the text of the first page it stands on
// (as a side panel is read after the text beside it), and left out as furniture elsewhere.

/** Points within which a repeated line stands at "the same place" (a layout engine puts a frame's lines exactly). */
const SAME_PLACE = 2;
/** A panel, not a running head: at least this many of its lines on a page. */
const PANEL_LINES = 3;

/**
 * The pages' lines with a repeated panel read once: on the first page it stands on its lines go
 * after the page's other lines; on the others they are returned as `repeats`, to be furniture.
 * A line counts when its text and place recur on at least half the pages with text (three at
 * least), outside the outer tenth of the page (where a running head or folio stands, which
 * findFurniture reads), and the page holds at least PANEL_LINES such lines.
 */
export function readPanelOnce(pages: Line[][]): { pages: Line[][]; repeats: Set<Line> } {
  const repeats = new Set<Line>();
  const withText = pages.filter((p) => p.length > 0).length;
  const need = Math.max(3, Math.ceil(withText / 2));
  if (withText < 3) return { pages, repeats };
  const inner = (l: Line) => l.y >= l.pageHeight * 0.1 && l.y <= l.pageHeight * 0.9 && /\p{L}{2}/u.test(l.text);
  // Each text's places, page by page; a line is the panel's when its text stands within
  // SAME_PLACE of the text's median place on `need` pages. (A line's baseline is read from its
  // words and may move a fraction of a point from page to page: no grid of fixed cells.)
  const places = new Map<string, { page: number; x: number; y: number }[]>();
  pages.forEach((lines, page) => {
    for (const l of lines.filter(inner)) {
      const list = places.get(l.text.trim()) ?? [];
      if (!list.some((p) => p.page === page)) list.push({ page, x: l.x0, y: l.y });
      places.set(l.text.trim(), list);
    }
  });
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const at = new Map<string, { x: number; y: number }>();
  for (const [text, list] of places) {
    if (list.length < need) continue;
    const x = median(list.map((p) => p.x));
    const y = median(list.map((p) => p.y));
    if (list.filter((p) => Math.abs(p.x - x) <= SAME_PLACE && Math.abs(p.y - y) <= SAME_PLACE).length >= need) at.set(text, { x, y });
  }
  if (!at.size) return { pages, repeats };
  const inPanel = (l: Line) => {
    const p = at.get(l.text.trim());
    return !!p && inner(l) && Math.abs(l.x0 - p.x) <= SAME_PLACE && Math.abs(l.y - p.y) <= SAME_PLACE;
  };
  let seen = false;
  const out = pages.map((lines) => {
    const panel = lines.filter(inPanel);
    if (panel.length < PANEL_LINES) return lines;
    const rest = lines.filter((l) => !panel.includes(l));
    if (seen) {
      for (const l of panel) repeats.add(l);
      return rest;
    }
    seen = true;
    return [...rest, ...panel];
  });
  return { pages: out, repeats };
}
