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

const placeKey = (l: Line) => `${Math.round(l.x0 / SAME_PLACE)}|${Math.round(l.y / SAME_PLACE)}|${l.text.trim()}`;

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
  const count = new Map<string, number>();
  for (const lines of pages) for (const k of new Set(lines.filter(inner).map(placeKey))) count.set(k, (count.get(k) ?? 0) + 1);
  if (![...count.values()].some((n) => n >= need)) return { pages, repeats };
  let seen = false;
  const out = pages.map((lines) => {
    const panel = lines.filter((l) => inner(l) && (count.get(placeKey(l)) ?? 0) >= need);
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
