import type { LayoutPage } from '../readers/types.js';
import type { Structured } from './block-rules.js';

// Two pages printed side by side on one landscape sheet (a handout imposed 2-up: pdfjam
// --nup 2x1, a print driver's "2 pages per sheet"). Read as one page, each sheet's two running
// heads and folios sit mid-line between text, the left page's foot runs into the right page's
// head, and the first sheet's title page is half of a page. Each such sheet is read as the two
// pages it holds; what the layout stage finds on them is then put back on the sheet (the PDF's
// physical page, which a citation's page is).
//
// A sheet is told from a landscape page set in two columns by its gutter: the two pages'
// inner margins together are about as wide as their outer ones, where a gutter between
// columns is a fraction of the margins. The whole document must be so (a handout is imposed
// throughout), which one landscape page with a wide gutter is not. A gutter alone is no proof:
// a landscape brief in two columns with 0.5" margins and a 0.75" gutter passes it (review17
// finding 7). So the sheets must also show two pages: each half its own folio, or the same
// running head on both, on most sheets (a title page or a blank half may print neither).

/** A band clear of text down the middle of the page this much of its width, at least. */
const MIN_GAP = 0.06;
/** The gap is at least this share of the two outer margins together. */
const GAP_TO_MARGINS = 0.7;
/** Share of the landscape pages with text that must be sheets. */
const SHEETS_SHARE = 0.8;
/** Share of those sheets that must show two pages' heads or feet (twoPages). */
const PAGED_SHARE = 0.5;
/** A page number printed alone: "12", "xiv", "Page 3". */
const FOLIO = /^(?:page\s+)?(?:\d{1,4}|[ivxlc]{1,7})$/i;
/** Items within this many points of a half's highest or lowest baseline are on its edge line. */
const EDGE_LINE = 2;

interface Extent {
  min: number;
  max: number;
  count: number;
}

/** Whether a landscape page holds two pages side by side, its middle clear of text. */
export function isSheet(p: LayoutPage): boolean {
  if (p.width <= p.height) return false;
  const mid = p.width / 2;
  const left: Extent = { min: Infinity, max: -Infinity, count: 0 };
  const right: Extent = { min: Infinity, max: -Infinity, count: 0 };
  for (const i of p.items) {
    if (i.str.trim() === '') continue;
    const x1 = i.x + i.width;
    if (i.x < mid && x1 > mid) return false;
    const side = x1 <= mid ? left : right;
    side.min = Math.min(side.min, i.x);
    side.max = Math.max(side.max, x1);
    side.count++;
  }
  if (left.count < 3 || right.count < 3) return false;
  const gap = right.min - left.max;
  const outer = left.min + (p.width - right.max);
  return gap >= p.width * MIN_GAP && gap >= outer * GAP_TO_MARGINS;
}

/** The text of a half's top line and of its bottom line, as items. */
function edgeLines(items: LayoutPage['items']): { top: string[]; bottom: string[] } {
  const shown = items.filter((i) => i.str.trim() !== '');
  if (shown.length === 0) return { top: [], bottom: [] };
  const high = Math.max(...shown.map((i) => i.y));
  const low = Math.min(...shown.map((i) => i.y));
  const line = (y: number) => shown.filter((i) => Math.abs(i.y - y) <= EDGE_LINE).sort((a, b) => a.x - b.x).map((i) => i.str.trim());
  return { top: line(high), bottom: line(low) };
}

/** Whether a sheet's two halves each print a page's own head or foot: a folio on each, or one running head on both. */
export function twoPages(p: LayoutPage): boolean {
  const mid = p.width / 2;
  const left = edgeLines(p.items.filter((i) => i.x + i.width <= mid));
  const right = edgeLines(p.items.filter((i) => i.x + i.width > mid));
  const folio = (e: { top: string[]; bottom: string[] }) => [...e.top, ...e.bottom].some((t) => FOLIO.test(t));
  const head = (words: string[]) => words.filter((t) => !FOLIO.test(t)).join(' ');
  return (folio(left) && folio(right)) || (head(left.top) !== '' && head(left.top) === head(right.top));
}

/** The pages as the layout stage should read them, and the sheet (physical page) each came from; null when the document is no 2-up handout. */
export function splitSheets(pages: LayoutPage[]): { pages: LayoutPage[]; sheetOf: number[] } | null {
  const candidates = pages.filter((p) => p.width > p.height && p.items.some((i) => i.str.trim() !== ''));
  if (candidates.length === 0) return null;
  const sheets = new Set(candidates.filter(isSheet).map((p) => p.n));
  if (sheets.size < candidates.length * SHEETS_SHARE) return null;
  const paged = candidates.filter((p) => sheets.has(p.n) && twoPages(p)).length;
  if (paged === 0 || paged < sheets.size * PAGED_SHARE) return null;
  const out: LayoutPage[] = [];
  const sheetOf: number[] = [];
  const push = (p: Omit<LayoutPage, 'n'>, sheet: number) => {
    out.push({ ...p, n: out.length + 1 });
    sheetOf.push(sheet);
  };
  for (const p of pages) {
    if (!sheets.has(p.n)) {
      push(p, p.n);
      continue;
    }
    const half = p.width / 2;
    push({ width: half, height: p.height, items: p.items.filter((i) => i.x + i.width <= half) }, p.n);
    push({ width: half, height: p.height, items: p.items.filter((i) => i.x + i.width > half).map((i) => ({ ...i, x: i.x - half })) }, p.n);
  }
  return { pages: out, sheetOf };
}

/**
 * The layout stage on a document's pages, a 2-up handout's sheets read as the pages they
 * hold. Its blocks, furniture and printed labels then count those pages, and `sheetOf` puts
 * each on its sheet: a passage is cited with the number printed on its half ("3", where the
 * sheet holds pages 2 and 3) and opens the PDF at the sheet (review17 finding 3).
 */
export function layoutBySheet(pages: LayoutPage[], layout: (pages: LayoutPage[]) => Structured): Structured {
  const split = splitSheets(pages);
  if (!split) return layout(pages);
  return { ...layout(split.pages), sheetOf: split.sheetOf };
}

/** Each sheet's printed label, from the labels of the pages it holds: "2–3", or the one printed. */
export function sheetLabels(labels: readonly (string | null)[] | null, sheetOf: readonly number[], sheets: number): (string | null)[] | null {
  if (!labels) return null;
  const held: string[][] = Array.from({ length: sheets }, () => []);
  sheetOf.forEach((sheet, i) => {
    const label = labels[i];
    if (label && held[sheet - 1] && !held[sheet - 1].includes(label)) held[sheet - 1].push(label);
  });
  const out = held.map((l) => (l.length === 0 ? null : l.length === 1 ? l[0] : `${l[0]}\u2013${l[l.length - 1]}`));
  return out.some((l) => l !== null) ? out : null;
}
