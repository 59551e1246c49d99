import type { TextItem } from '../readers/types.js';

// Side heads: a report set in one column with a wide outer margin (KOMA-Script's and memoir's
// \marginpar, a book designer's "side head") puts its lowest headings in that margin, beside
// the first line of the paragraph they head, in bold about the text's size. Their baselines
// fall on the text's own (the margin shares the page's grid), so read row by row each of
// their lines is joined to the text line it stands beside and the heading is lost inside the
// paragraph. A side head is told from a margin note (stages/lines.ts, marginNotes) by its
// face, bold, and from a section number hung in the margin (a UN report's "I.") by its words.

interface Cluster {
  items: TextItem[];
  baseline: number;
  size: number;
}

const LETTERS = /\p{L}/gu;

/**
 * The clusters of side heads on a page of one column, cut from the text lines they share a
 * baseline with (a new cluster then stands for the head's part). Returns them; the caller puts
 * each head before the text line beside its first line (placeSideHeads).
 */
export function sideHeads(clusters: Cluster[], textSize: number, superscripts: Set<TextItem>): Set<Cluster> {
  const out = new Set<Cluster>();
  // The text's edges: of its lines in the text's size and regular face (a side head in the
  // text's size would widen them to the margin).
  const text = clusters.flatMap((c) => c.items).filter((i) => Math.abs(i.size - textSize) < 0.3 && !i.bold && !superscripts.has(i));
  if (text.length < 20) return out;
  let [left, right, top, bottom] = [Infinity, -Infinity, -Infinity, Infinity];
  for (const i of text) [left, right, top, bottom] = [Math.min(left, i.x), Math.max(right, i.x + i.width), Math.max(top, i.y), Math.min(bottom, i.y)];
  const gap = textSize;
  const inMargin = (i: TextItem) =>
    !superscripts.has(i) && i.bold && i.size >= textSize * 0.75 && i.size <= textSize * 1.3 && i.y <= top + textSize && i.y >= bottom - textSize && (i.x >= right + gap || i.x + i.width <= left - gap);
  for (const c of [...clusters]) {
    const side = c.items.filter(inMargin);
    if (side.length === 0) continue;
    // words, not a number or a section's mark hung in the margin
    const words = side.map((i) => i.str).join(' ');
    if ((words.match(LETTERS) ?? []).length < 4 || /^\s*(?:[IVXLC]+|[A-Z]|\d+(?:\.\d+)*)[.)]?\s*$/.test(words)) continue;
    const rest = c.items.filter((i) => !side.includes(i));
    if (rest.length === 0) out.add(c);
    else {
      c.items = rest;
      const split = { items: side, baseline: c.baseline, size: Math.max(...side.map((i) => i.size)) };
      clusters.push(split);
      out.add(split);
    }
  }
  return out;
}

/**
 * The page's lines in reading order with each side head (its lines one after another, a line
 * and a half apart at most) put before the text line beside its first line, or below it.
 */
export function placeSideHeads<L extends { y: number; size: number; x0: number }>(lines: L[], heads: L[]): L[] {
  if (!heads.length) return lines;
  const sorted = [...heads].sort((a, b) => a.y - b.y || a.x0 - b.x0);
  const groups: L[][] = [];
  for (const h of sorted) {
    const g = groups[groups.length - 1];
    if (g && h.y - g[g.length - 1].y <= h.size * 1.8) g.push(h);
    else groups.push([h]);
  }
  const out = [...lines];
  for (const g of groups) {
    const at = out.findIndex((l) => !heads.includes(l) && l.y >= g[0].y - g[0].size * 0.5);
    out.splice(at < 0 ? out.length : at, 0, ...g);
  }
  return out;
}
