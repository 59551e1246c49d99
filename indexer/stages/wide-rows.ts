import type { TextItem } from '../readers/types.js';

// A table set across both columns in the middle of a two-column page (a wide table between
// the column blocks) shares the page with the columns' gutter, and its rows would be cut there
// like the columns' lines: the cells left of the gutter read down the left column, the rest
// down the right, the table's columns apart. A row is told from two columns' lines by where
// its two parts stand: the left part ends well short of the gutter (a left column's line runs
// to it unless it ends a paragraph), and the right part starts well inside the right column,
// away from the edge where that column's lines start (only an indent or a list moves them in).
// One such line may be chance (a paragraph's last line beside an indented one); two or more
// on neighbouring baselines are a band of rows, and each is kept whole, across the page. A
// row has three cells or more (runs of words two ems apart): two block quotes side by side,
// indented and ragged in both columns, are two columns' lines. A line with two cells or more
// on each side of the gutter is a row wherever it stands (a table across a page of its own,
// set to the full width with its columns spread, leaves a free strip between two of them):
// a column's line of prose is one run of words on its side.

interface Row {
  items: TextItem[];
  baseline: number;
  size: number;
}

const roundTo = (x: number) => Math.round(x / 2) * 2;

/** The x where most lines right of the gutter start: the right column's edge. */
function rightEdge(rows: Row[], gutter: number): number | undefined {
  const counts = new Map<number, number>();
  for (const r of rows) {
    const xs = r.items.filter((i) => i.x >= gutter).map((i) => i.x);
    if (!xs.length) continue;
    const x = roundTo(Math.min(...xs));
    counts.set(x, (counts.get(x) ?? 0) + 1);
  }
  let best: [number, number] | undefined;
  for (const [x, n] of counts) if (!best || n > best[1] || (n === best[1] && x < best[0])) best = [x, n];
  return best?.[0];
}

/** Runs of items apart by more than two ems: a table row's cells (a line of prose, cut at the gutter, has two at most). */
function cells(items: TextItem[], size: number): number {
  const xs = [...items].sort((a, b) => a.x - b.x);
  let n = xs.length ? 1 : 0;
  for (let k = 1; k < xs.length; k++) if (xs[k].x - (xs[k - 1].x + xs[k - 1].width) > size * 2) n++;
  return n;
}

/** The lines (clusters of one baseline) that are rows of a table across the gutter, not two columns' lines. */
export function wideRows<R extends Row>(rows: R[], gutter: number): Set<R> {
  const edge = rightEdge(rows, gutter);
  const out = new Set<R>();
  if (edge === undefined) return out;
  const candidates = rows.filter((r) => {
    const left = r.items.filter((i) => i.x < gutter);
    const right = r.items.filter((i) => i.x >= gutter);
    if (!left.length || !right.length) return false;
    // Cells on both sides: a line of prose, in either column, is one run of words.
    if (cells(left, r.size) >= 2 && cells(right, r.size) >= 2) return true;
    const end = Math.max(...left.map((i) => i.x + i.width));
    const start = Math.min(...right.map((i) => i.x));
    return gutter - end > r.size * 2.5 && start - edge > r.size * 3 && cells(r.items, r.size) >= 3;
  });
  for (const r of candidates) {
    if (candidates.some((o) => o !== r && Math.abs(o.baseline - r.baseline) <= r.size * 2.6)) out.add(r);
  }
  return out;
}
