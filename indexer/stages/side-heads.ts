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
  const found: { c: Cluster; side: TextItem[] }[] = [];
  for (const c of clusters) {
    const side = c.items.filter(inMargin);
    if (side.length === 0) continue;
    // words, not a number or a section's mark hung in the margin
    const words = side.map((i) => i.str).join(' ');
    if ((words.match(LETTERS) ?? []).length < 4 || /^\s*(?:[IVXLC]+|[A-Z]|\d+(?:\.\d+)*)[.)]?\s*$/.test(words)) continue;
    found.push({ c, side });
  }
  for (const { c, side } of headsOnly(found, clusters, text)) {
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
 * The found runs that are side heads, not a column of row labels (review20c finding 1): a
 * table or a fact sheet with its first column bold ("Population", "Lead agency" …) beside
 * regular values, on a page where no prose reaches the labels' side, has a bold run beyond the
 * regular text's edge on every row. A side head heads a paragraph, so its lines stand beside a
 * text block of many more: more than one run (lines a line and a half apart at most) for every
 * four text lines on the page, or five lines or more beside fewer than twice as many text
 * lines, are labels. (A long side head runs to five lines or more in a narrow margin: the
 * number of its lines alone does not tell.)
 */
function headsOnly<F extends { c: Cluster }>(found: F[], clusters: Cluster[], text: TextItem[]): F[] {
  if (!found.length) return found;
  const inText = new Set(text);
  const textLines = clusters.filter((c) => c.items.some((i) => inText.has(i))).length;
  const sorted = [...found].sort((a, b) => a.c.baseline - b.c.baseline);
  const groups: F[][] = [];
  for (const f of sorted) {
    const g = groups[groups.length - 1];
    if (g && Math.abs(f.c.baseline - g[g.length - 1].c.baseline) <= f.c.size * 1.8) g.push(f);
    else groups.push([f]);
  }
  return groups.length * 4 > textLines || (found.length >= 5 && found.length * 2 > textLines) ? [] : found;
}

/** A margin run's lines, one after another a line and a half apart at most, grouped. */
export function marginGroups<L extends { y: number; size: number; x0: number }>(heads: L[]): L[][] {
  const groups: L[][] = [];
  for (const h of [...heads].sort((a, b) => a.y - b.y || a.x0 - b.x0)) {
    const g = groups[groups.length - 1];
    if (g && h.y - g[g.length - 1].y <= h.size * 1.8) g.push(h);
    else groups.push([h]);
  }
  return groups;
}

/**
 * A margin run that reads as sentences is a callout (a pull quote a designer sets in bold in the
 * margin, repeating the text), not a side head: a heading names its section and is no sentence.
 * It opens with a quotation mark, or a sentence ends inside it and another begins, or it is a
 * dozen words or more ending as a sentence ends.
 */
export function isCallout(text: string): boolean {
  const t = text.trim();
  const words = t.split(/\s+/).length;
  return /^[“"‘]/.test(t) || /\p{Ll}[.!?][”"’]?\s+[“"‘]?\p{Lu}/u.test(t) || (words >= 12 && /[.!?][”"’]?$/.test(t));
}

/**
 * The page's lines in reading order with each side head (its lines one after another, a line
 * and a half apart at most) put before the text line beside its first line, or below it.
 */
export function placeSideHeads<L extends { y: number; size: number; x0: number }>(lines: L[], heads: L[]): L[] {
  if (!heads.length) return lines;
  const out = [...lines];
  for (const g of marginGroups(heads)) {
    const at = out.findIndex((l) => !heads.includes(l) && l.y >= g[0].y - g[0].size * 0.5);
    out.splice(at < 0 ? out.length : at, 0, ...g);
  }
  return out;
}
