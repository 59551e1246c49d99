import type { LayoutPage, TextItem } from '../readers/types.js';
import { mark } from '../../core/text.js';
import { weightedMode } from '../../core/stats.js';
import { hasRtl, logicalLine } from './bidi.js';
import { wideRows } from './wide-rows.js';
import { isCallout, marginGroups, placeSideHeads, sideHeads } from './side-heads.js';
import { withoutLineNumbers } from './line-numbers.js';
import { closeLetterSpacing, isTracked } from './letter-spacing.js';

/** A printed line of a PDF page, with the typography that later stages reason about. */
export interface Line {
  text: string;
  page: number;
  /** left and right edge, baseline; y grows downwards from the page top */
  x0: number;
  x1: number;
  y: number;
  size: number;
  font: string;
  bold: boolean;
  italic: boolean;
  serif: boolean;
  pageWidth: number;
  pageHeight: number;
  /** on a page of columns: 1 the left one, 2 the next…; 0 across them (a title, a note across the foot) */
  column?: number;
  /** the line's text cut at gaps far wider than a word space (LaTeX's `\and` between names), when it has any */
  parts?: string[];
  /** a line of a heading set in the margin beside its paragraph (stages/side-heads.ts): a heading whatever its size */
  sideHead?: boolean;
  /** a line of a callout set in the margin beside the text (a pull quote in bold, stages/side-heads.ts): a pull quote whatever its size */
  callout?: boolean;
}

interface Cluster {
  items: TextItem[];
  baseline: number;
  size: number;
}

const dominant = <K>(items: TextItem[], key: (i: TextItem) => K): K => weightedMode(items, key, (i) => i.str.length);

function joinItems(items: TextItem[], superscripts: Set<TextItem>): string {
  let out = '';
  // the pieces as printed left to right, for a line holding right-to-left script (bidi.ts)
  const pieces: string[] = [];
  let prevEnd: number | null = null;
  for (const it of items) {
    const gap = prevEnd === null ? 0 : it.x - prevEnd;
    const str = superscripts.has(it) ? markRun(it.str.trim()) : it.str;
    if (prevEnd !== null && gap > it.size * 0.18 && !/\s$/.test(out) && !/^\s/.test(str)) {
      out += ' ';
      pieces.push(' ');
    }
    out += str;
    pieces.push(str);
    prevEnd = it.x + it.width;
  }
  if (hasRtl(out)) out = logicalLine(pieces);
  return out.replace(/\s+/g, ' ').trim();
}

/** Items cut where the space between them is over one and a half ems: more than any word space. */
function wideGapRuns(items: TextItem[]): TextItem[][] {
  const runs: TextItem[][] = [];
  let prevEnd: number | null = null;
  for (const it of items) {
    if (prevEnd === null || it.x - prevEnd > it.size * 1.5) runs.push([]);
    runs[runs.length - 1].push(it);
    prevEnd = it.x + it.width;
  }
  return runs;
}

/** A note mark as printed: "7", "*", or several notes at one place ("21,22,23", "4–6"). */
const NOTE_MARK_RE = /^[\d*∗†‡§]{1,3}(?:\s*[,–-]\s*\d{1,3})*,?$/;

/** A mark as printed, or several notes' marks set side by side with nothing between ("11121314"). */
const NOTE_MARK = { test: (s: string): boolean => NOTE_MARK_RE.test(s) || splitMarkRun(s) !== null };

/** The widest step between neighbouring notes of one run: notes cited together are near in number. */
const RUN_STEP = 3;

/**
 * Notes cited at one place whose raised marks stand side by side with no comma or space between:
 * Chromium and LaTeX set "11", "12", "13", "14" as one run of digits, "11121314", which read as
 * one number would be a word of the quote. Read as notes rising in small steps (11 12 13 14;
 * 28 30; 1 2 3 4), the split with the smallest steps; null when no split reads so. Three digits
 * or fewer are one mark (a long work's note 123), as printed.
 */
export function splitMarkRun(s: string): number[] | null {
  if (!/^\d{4,12}$/.test(s)) return null;
  let best: { parts: number[]; cost: number } | null = null;
  const walk = (at: number, parts: number[], cost: number): void => {
    if (best && cost >= best.cost) return;
    if (at === s.length) {
      if (parts.length >= 2) best = { parts: [...parts], cost };
      return;
    }
    for (let len = 1; len <= 3 && at + len <= s.length; len++) {
      const digits = s.slice(at, at + len);
      if (digits.length > 1 && digits[0] === '0') break;
      const n = Number(digits);
      const prev = parts[parts.length - 1];
      if (prev !== undefined && (n <= prev || n - prev > RUN_STEP)) continue;
      parts.push(n);
      walk(at + len, parts, cost + (prev === undefined ? 0 : n - prev));
      parts.pop();
    }
  };
  walk(0, [], 0);
  return best === null ? null : (best as { parts: number[] }).parts;
}

/** One mark token per note: "21,22,23" cites three notes, "4–6" (a short range) cites 4, 5 and 6, "11121314" four. */
export function markRun(s: string): string {
  const out: string[] = [];
  for (const part of s.split(/\s*,\s*/).filter(Boolean)) {
    const range = /^(\d{1,3})\s*[–-]\s*(\d{1,3})$/.exec(part);
    const [a, b] = range ? [Number(range[1]), Number(range[2])] : [0, -1];
    const run = range ? null : splitMarkRun(part);
    if (range && b > a && b - a <= 10) for (let n = a; n <= b; n++) out.push(mark(String(n)));
    else if (run) for (const n of run) out.push(mark(String(n)));
    else out.push(mark(part.replace(/∗/g, '*')));
  }
  return out.join('');
}

/**
 * The type size a line is set in: the size most of its text has, except in small capitals
 * that a browser or word processor made from capitals in two sizes ("Human Security" drawn as
 * H UMAN S ECURITY): there the capitals' size is the one the line was set in.
 */
function lineSize(items: TextItem[]): number {
  const size = dominant(items, (i) => i.size);
  if (items.every((i) => i.size <= size)) return size;
  const lettered = items.filter((i) => /\p{L}/u.test(i.str));
  if (lettered.length < 2 || lettered.some((i) => i.str !== i.str.toUpperCase())) return size;
  const max = Math.max(...lettered.map((i) => i.size));
  return max > size && max <= size * 1.6 ? max : size;
}

/**
 * Groups a page's text items into lines. Items on one baseline form a line; a smaller item
 * raised above a line's baseline is a superscript (a footnote mark) and travels in the text as
 * a mark token.
 */
export function pageLines(page: LayoutPage): Line[] {
  return pageLayout(page).lines;
}

/**
 * A page's lines and the gutters they were read by. `columns`: the gutters the document's other
 * pages share, for a page too empty to show its own (a first page with one column's worth of
 * text under the title): lines running across them there are lines across the page.
 */
export function pageLayout(page: LayoutPage, columns?: number[]): { lines: Line[]; gutters: number[] } {
  const printed = page.items.filter((i) => i.str.trim() !== '');
  if (printed.length === 0) return { lines: [], gutters: [] };
  // A review copy's numbers in the margin beside every line are no part of any line (stages/line-numbers.ts).
  // A letter-spaced masthead's letters are closed up into words (stages/letter-spacing.ts).
  const items = closeLetterSpacing(withoutLineNumbers(printed, dominant(printed, (i) => i.size)));
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const clusters: Cluster[] = [];
  for (const it of sorted) {
    const c = clusters.find((c) => Math.abs(c.baseline - it.y) <= Math.max(1.5, 0.25 * Math.min(c.size, it.size)));
    if (c) {
      c.items.push(it);
      if (it.size > c.size) c.size = it.size;
    } else clusters.push({ items: [it], baseline: it.y, size: it.size });
  }
  // A note's own mark set raised before its first word (TeX's \footnote, Word's footnote
  // style) may be nearly the note's size: it stands before the line, not inside it.
  const leads = (s: TextItem, h: Cluster) =>
    h.items.some((i) => i.x >= s.x + s.width - 1 && i.x - (s.x + s.width) <= h.size * 1.2) && !h.items.some((i) => i.x < s.x + s.width - 1 && i.x + i.width > s.x + 1);
  const leadsLine = (c: Cluster, h: Cluster) => c.size <= h.size * 0.9 && c.items.every((s) => leads(s, h));
  // Attach small raised clusters to the line below them as superscripts.
  const superscripts = new Set<TextItem>();
  for (const c of [...clusters]) {
    const onlySmall = c.items.every((i) => i.str.trim().length <= 3 || NOTE_MARK.test(i.str.trim()));
    if (!onlySmall) continue;
    const host = clusters.find(
      (h) =>
        h !== c &&
        (c.size <= h.size * 0.85 || leadsLine(c, h)) &&
        c.baseline > h.baseline &&
        c.baseline - h.baseline <= h.size * 0.6 &&
        (h.items.some((i) => c.items.some((s) => s.x >= i.x - 2 && s.x <= i.x + i.width + h.size)) || leadsLine(c, h)),
    );
    if (!host) continue;
    for (const s of c.items) {
      superscripts.add(s);
      host.items.push(s);
    }
    clusters.splice(clusters.indexOf(c), 1);
  }
  // A mark sharing its baseline with the other column's line (or a note's line there) came
  // into that line's cluster: it goes to the line it is raised above and stands next to.
  for (const c of [...clusters]) {
    if (c.items.length < 2) continue;
    for (const s of [...c.items]) {
      if (s.str.length > 12 || !NOTE_MARK.test(s.str.trim()) || c.items.some((o) => o !== s && o.x <= s.x + s.width + c.size && o.x + o.width >= s.x - c.size)) continue;
      const host = clusters.find(
        (h) =>
          h !== c &&
          s.size <= h.size * 0.9 &&
          s.y > h.baseline &&
          s.y - h.baseline <= h.size * 0.6 &&
          (h.items.some((i) => s.x >= i.x + i.width - 2 && s.x <= i.x + i.width + h.size * 0.5) || leads(s, h)),
      );
      if (!host) continue;
      superscripts.add(s);
      host.items.push(s);
      c.items.splice(c.items.indexOf(s), 1);
    }
  }
  // Superscripts glued inside a cluster (same baseline tolerance but clearly smaller and raised).
  for (const c of clusters) {
    const main = dominant(c.items, (i) => i.size);
    for (const i of c.items) {
      if (i.size <= main * 0.8 && i.y - c.baseline > main * 0.15 && NOTE_MARK.test(i.str.trim())) superscripts.add(i);
    }
  }
  const textSize = dominant(items, (i) => i.size);
  // A strip free of text beside one column whose far side holds only smaller type is that
  // column's margin, with notes in it, not a gutter between two columns of text.
  const found = columns ?? findGutters(clusters, page.width);
  const gutters = found.length === 1 && marginOnly(items, textSize, found[0], superscripts) ? [] : found;
  const heads = gutters.length ? new Set<Cluster>() : sideHeads(clusters, textSize, superscripts);
  const margin = gutters.length ? new Set<Cluster>() : marginNotes(clusters, textSize, superscripts, heads);
  for (const gutter of gutters) {
    // A band of table rows across the gutter is read across the page (stages/wide-rows.ts).
    const across = gutters.length === 1 ? wideRows(clusters, gutter) : new Set<Cluster>();
    // Columns share baselines: cut every line at each gutter.
    // A mark after a left-column line's last word may stand in the gutter or beyond: it goes
    // with the word it follows.
    for (const c of [...clusters]) {
      if (across.has(c)) continue;
      const left = new Set<TextItem>();
      let end = -Infinity;
      for (const i of [...c.items].sort((a, b) => a.x - b.x)) {
        if (i.x < gutter || (superscripts.has(i) && i.x - end <= c.size * 0.5)) {
          left.add(i);
          end = Math.max(end, i.x + i.width);
        }
      }
      const right = c.items.filter((i) => !left.has(i));
      if (right.length === 0 || right.length === c.items.length) continue;
      // where the gutter is the document's, not seen on this page, a line with a word across it spans the page
      if (columns && c.items.some((i) => i.x < gutter - 1 && i.x + i.width > gutter + 1)) continue;
      // A word cut in two items (a ligature, a change of font) touching across the gutter is a
      // full-width line (a note across the foot), not two columns' lines; a left line overlapping
      // the right column's (an overflowing URL) is still cut.
      const rightStart = Math.min(...right.map((i) => i.x));
      if (rightStart - end > -1 && rightStart - end < c.size * 0.15) continue;
      // A title or heading across the columns, set larger than the text, may have a word space
      // right at the gutter: a gap of a word space in large type is no gutter.
      if (rightStart - end > -1 && rightStart - end < c.size * 0.45 && c.size >= textSize * 1.3) continue;
      // A line of a block across the columns (LaTeX's abstract under \maketitle) may have its
      // widest word space anywhere: its left part runs far past the gutter, and its right part
      // follows a word space later, well inside the right column, where no line of that
      // column starts. (An overflowing URL runs into the right column's line, which starts at
      // the column's edge.)
      if (end > gutter + c.size * 2 && rightStart - end > 0 && rightStart - end < c.size * 1.5 && rightStart > gutter + c.size * 4) continue;
      // A letter-spaced line (a masthead) has word spaces as wide as a narrow gutter: a gap at
      // the gutter between two tracked runs, no wider than the line's widest gap between its
      // other runs, is one of its word spaces.
      if (trackedSpace(c.items, end, rightStart)) continue;
      c.items = c.items.filter((i) => left.has(i));
      clusters.push({ items: right, baseline: c.baseline, size: c.size });
    }
  }
  const lines = clusters.map((c): Line => {
    const its = c.items.sort((a, b) => a.x - b.x);
    const body = its.filter((i) => !superscripts.has(i));
    const ref = body.length ? body : its;
    const font = dominant(ref, (i) => i.font);
    const styled = ref.find((i) => i.font === font) ?? ref[0];
    // a mark standing out past the last word does not widen the line (into a gutter, say)
    const last = ref[ref.length - 1];
    const runs = wideGapRuns(its);
    return {
      text: joinItems(its, superscripts),
      page: page.n,
      x0: its[0].x,
      x1: last.x + last.width,
      y: page.height - c.baseline,
      size: lineSize(ref),
      font,
      bold: ref.every((i) => i.bold || !/\p{L}/u.test(i.str)) && styled.bold,
      italic: ref.every((i) => i.italic || !/\p{L}/u.test(i.str)) && styled.italic,
      serif: styled.serif,
      pageWidth: page.width,
      pageHeight: page.height,
      ...(margin.has(c) ? { column: 2 } : {}),
      ...(runs.length > 1 ? { parts: runs.map((r) => joinItems(r, superscripts)) } : {}),
    };
  });
  smallCapsRuns(lines, clusters);
  if (!heads.size) return { lines: orderLines(lines, gutters, page.width, textSize), gutters };
  // Side heads read before the text line they stand beside (stages/side-heads.ts).
  const head = new Set(lines.filter((_, k) => heads.has(clusters[k])));
  for (const l of head) l.sideHead = true;
  // A bold run in the margin that reads as sentences is a callout, not a heading (side-heads.ts).
  for (const group of marginGroups([...head])) if (isCallout(group.map((l) => l.text).join(' '))) for (const l of group) [l.sideHead, l.callout] = [false, true];
  return { lines: placeSideHeads(orderLines(lines.filter((l) => !head.has(l)), gutters, page.width, textSize), [...head]), gutters };
}

/** Whether the gap from `end` to `rightStart` is a word space of a letter-spaced line. */
function trackedSpace(items: TextItem[], end: number, rightStart: number): boolean {
  const its = [...items].sort((a, b) => a.x - b.x);
  const before = its.filter((i) => i.x + i.width <= end + 0.5);
  const after = its.filter((i) => i.x >= rightStart - 0.5);
  if (!before.length || !after.length || !isTracked(before[before.length - 1]) || !isTracked(after[0])) return false;
  // the line's other gaps between runs: every one but the gap at the gutter
  const others = its.slice(1).flatMap((it, k) => (it === after[0] ? [] : [it.x - (its[k].x + its[k].width)])).filter((g) => g > 0.5);
  return others.length >= 2 && rightStart - end <= Math.max(...others) * 1.25;
}

/** A page's lines in reading order: by columns, or the text column then its margin notes (column 2). */
function orderLines(lines: Line[], gutters: number[], width: number, textSize: number): Line[] {
  const side = lines.filter((l) => l.column === 2).sort((a, b) => a.y - b.y || a.x0 - b.x0);
  if (!gutters.length && side.length) {
    // The text column top to bottom, then its margin notes: they are read after the text they
    // stand beside, as notes at the foot would be.
    // A running foot below the text stays last.
    const main = readingOrder(lines.filter((l) => l.column !== 2), width);
    let end = main.length;
    while (end > 0 && Math.abs(main[end - 1].size - textSize) >= 0.3 && main[end - 1].y > side[side.length - 1].y) end--;
    return [...main.slice(0, end), ...side, ...main.slice(end)];
  }
  return gutters.length > 1 ? columnOrder(lines, gutters) : readingOrder(lines, width, gutters[0]);
}

/**
 * The gutters most pages of a document share (the same number, each within a few points), or
 * null when its pages do not agree on any.
 */
export function documentGutters(perPage: number[][], width: number): number[] | null {
  const withText = perPage.length;
  const counts = new Map<number, number>();
  for (const g of perPage) if (g.length) counts.set(g.length, (counts.get(g.length) ?? 0) + 1);
  const [k] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [0];
  if (!k) return null;
  const pages = perPage.filter((g) => g.length === k);
  const median = Array.from({ length: k }, (_, j) => pages.map((g) => g[j]).sort((a, b) => a - b)[Math.floor(pages.length / 2)]);
  const agree = pages.filter((g) => g.every((x, j) => Math.abs(x - median[j]) <= width * 0.02)).length;
  return agree >= 2 && agree >= withText * 0.5 ? median : null;
}

/**
 * Whether the text of a page stands on one side of `x` and only smaller type, in a strip
 * narrower than the text, on the other: a margin beside one column. (A second column of a
 * reference list set small is as wide as the first.)
 */
function marginOnly(items: TextItem[], textSize: number, x: number, superscripts: Set<TextItem>): boolean {
  const sides = [
    { text: 0, large: 0, lo: Infinity, hi: -Infinity },
    { text: 0, large: 0, lo: Infinity, hi: -Infinity },
  ];
  for (const i of items) {
    if (superscripts.has(i)) continue;
    const side = i.x + i.width <= x ? sides[0] : i.x >= x ? sides[1] : null;
    if (!side) continue;
    if (Math.abs(i.size - textSize) < 0.3) side.text++;
    if (i.size > textSize * 0.9) side.large++;
    [side.lo, side.hi] = [Math.min(side.lo, i.x), Math.max(side.hi, i.x + i.width)];
  }
  const [text, margin] = sides[0].text > 0 ? [sides[0], sides[1]] : [sides[1], sides[0]];
  return text.text > 0 && margin.large === 0 && margin.hi - margin.lo <= (text.hi - text.lo) * 0.6;
}

/**
 * Notes set in the margin beside a single column of text (side notes): smaller type wholly
 * outside the text's left or right edge, between its first and last line. A side note whose
 * baseline meets a text line's is cut from it. Too few of them to make a gutter, they would
 * otherwise be read into the text line by line. Returns their clusters, split off.
 */
function marginNotes(clusters: Cluster[], textSize: number, superscripts: Set<TextItem>, heads: Set<Cluster>): Set<Cluster> {
  const out = new Set<Cluster>();
  const text = clusters.flatMap((c) => c.items).filter((i) => Math.abs(i.size - textSize) < 0.3 && !superscripts.has(i));
  if (text.length < 5) return out;
  let [left, right, top, bottom] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const i of text) [left, right, top, bottom] = [Math.min(left, i.x), Math.max(right, i.x + i.width), Math.max(top, i.y), Math.min(bottom, i.y)];
  // The text's own edges are those of its lines of the text size; a side note starts at least an
  // em beyond them, in type clearly smaller than the text's.
  const gap = textSize;
  const outside = (i: TextItem) => !superscripts.has(i) && i.size <= textSize * 0.9 && i.y <= top + textSize && i.y >= bottom - textSize && (i.x >= right + gap || i.x + i.width <= left - gap);
  const found: Cluster[] = [];
  for (const c of [...clusters]) {
    if (heads.has(c)) continue;
    const side = c.items.filter(outside);
    if (side.length === 0) continue;
    // A side note of at least a word or two, not a stray mark or number.
    if (side.map((i) => i.str).join('').replace(/\s/g, '').length < 3) continue;
    const rest = c.items.filter((i) => !side.includes(i));
    if (rest.length === 0) found.push(c);
    else {
      c.items = rest;
      const split = { items: side, baseline: c.baseline, size: Math.max(...side.map((i) => i.size)) };
      clusters.push(split);
      found.push(split);
    }
  }
  // One side note is enough when its lines run as a block; a lone short line is not a note.
  const lines = found.length;
  if (lines >= 2 || found.some((c) => c.items.map((i) => i.str).join('').length >= 20)) for (const c of found) out.add(c);
  else
    for (const c of found) {
      // put back what was cut: it is not a note
      const host = clusters.find((h) => h !== c && h.baseline === c.baseline);
      if (host) {
        host.items.push(...c.items);
        clusters.splice(clusters.indexOf(c), 1);
      }
    }
  return out;
}

/**
 * The gutters of a page: the one between two columns, and a second where the page has three
 * (a newsletter's, a magazine's): another free strip on the wider side of the first, leaving
 * three columns of about one width.
 */
function findGutters(clusters: Cluster[], width: number): number[] {
  const first = findGutter(clusters, width);
  if (first === null) return [];
  const [lo, hi] = first < width / 2 ? [first + width * 0.12, width * 0.8] : [width * 0.2, first - width * 0.12];
  const second = findGutter(clusters, width, lo, hi);
  if (second === null || riverOnly(clusters, first, second)) return [first];
  const gutters = [first, second].sort((a, b) => a - b);
  let left = Infinity;
  let right = -Infinity;
  for (const c of clusters) for (const i of c.items) [left, right] = [Math.min(left, i.x), Math.max(right, i.x + i.width)];
  const widths = [gutters[0] - left, gutters[1] - gutters[0], right - gutters[1]];
  return Math.min(...widths) >= Math.max(...widths) * 0.6 ? gutters : [first];
}

/**
 * Whether a second gutter is only a river of word spaces in one column of justified text: most
 * lines on its side of the first gutter run across it. findGutter allows lines across a gutter
 * up to six in ten of the page's lines, for titles and notes across the foot; beside a side panel
 * whose short lines never reach that far (a Key facts panel down the left), a strip that the
 * wide word spaces of a narrow justified column leave free on a few lines had made three
 * columns of two. Between real columns only lines across the page cross it.
 */
function riverOnly(clusters: Cluster[], first: number, second: number): boolean {
  const [from, to] = first < second ? [first, Infinity] : [-Infinity, first];
  let there = 0;
  let across = 0;
  for (const c of clusters) {
    const side = c.items.filter((i) => i.x + i.width > from && i.x < to);
    if (!side.length) continue;
    there++;
    if (side.some((i) => i.x < second - 1 && i.x + i.width > second + 1)) across++;
  }
  return across > there * 0.5;
}

/**
 * Reading order on a page of three or more columns: top to bottom between the lines that cross
 * a gutter (a title, an abstract across the page), column by column in between.
 */
function columnOrder(lines: Line[], gutters: number[]): Line[] {
  const byY = [...lines].sort((a, b) => a.y - b.y || a.x0 - b.x0);
  const bounds = [-Infinity, ...gutters, Infinity];
  const columnOf = (l: Line) => {
    for (let k = 1; k < bounds.length; k++) if (l.x0 > bounds[k - 1] - 3 && l.x1 < bounds[k] + 3) return k;
    return 0;
  };
  const out: Line[] = [];
  let segment: Line[] = [];
  const flush = () => {
    for (let k = 1; k < bounds.length; k++) for (const l of segment) if (columnOf(l) === k) out.push({ ...l, column: k });
    segment = [];
  };
  for (const l of byY) {
    if (columnOf(l) === 0) {
      flush();
      out.push({ ...l, column: 0 });
    } else segment.push(l);
  }
  flush();
  return out;
}

/**
 * A heading or title in small capitals made from capitals of two sizes wraps onto a line that
 * may hold only the smaller ones ("… OPPORTUNITIES / AND CHALLENGES"): that line is in the type
 * of the line above it, which shows both sizes.
 */
function smallCapsRuns(lines: Line[], clusters: Cluster[]): void {
  const caps = (l: Line) => /\p{Lu}/u.test(l.text) && l.text === l.text.toUpperCase();
  const byY = lines.map((l, k) => ({ l, c: clusters[k] })).sort((a, b) => a.l.y - b.l.y);
  for (let k = 1; k < byY.length; k++) {
    const b = byY[k].l;
    // the nearest line above it that it stands under (not the other column's)
    let m = k - 1;
    while (m >= 0 && b.y - byY[m].l.y <= b.size * 3 && (byY[m].l.x1 < b.x0 || byY[m].l.x0 > b.x1)) m--;
    if (m < 0) continue;
    const { l: a, c } = byY[m];
    if (a.font !== b.font || b.size >= a.size * 0.9 || b.size < a.size * 0.55 || b.y - a.y > a.size * 1.8 || !caps(a) || !caps(b)) continue;
    if (b.x1 < a.x0 || b.x0 > a.x1 || !c.items.some((i) => Math.abs(i.size - b.size) < 0.3)) continue;
    b.size = a.size;
  }
}

/**
 * The x of a column gutter: a vertical strip in the middle of the page that (almost) no text
 * crosses, with text on both sides. Full-width lines (a title block, notes across the foot)
 * may cross it; the words of one line may not leave such a strip on every line, however
 * narrow the gap between columns (LaTeX's is 10 pt) or however loose the justification.
 */
function findGutter(clusters: Cluster[], width: number, from = width * 0.3, to = width * 0.7): number | null {
  if (clusters.length < 6) return null;
  const lo = Math.floor(from);
  const hi = Math.ceil(to);
  // Items, not whole lines: the gap between columns can be narrower than a justified word space.
  // Each item adds one over its span, summed from the ends of the spans.
  const sums = new Int32Array(hi - lo + 2);
  for (const c of clusters) {
    for (const it of c.items) {
      const a = Math.max(lo, Math.ceil(it.x));
      const b = Math.min(hi, Math.floor(it.x + it.width));
      if (a > b) continue;
      sums[a - lo]++;
      sums[b - lo + 1]--;
    }
  }
  for (let i = 1; i < sums.length; i++) sums[i] += sums[i - 1];
  const cover = sums.subarray(0, hi - lo + 1);
  // The least-crossed strip; lines across it (a title block, notes across the foot) are allowed.
  const least = Math.min(...cover);
  if (least > clusters.length * 0.6) return null;
  const slack = least + Math.max(1, Math.floor(clusters.length * 0.03));
  const runs: [number, number][] = [];
  let runStart = -1;
  for (let i = 0; i <= cover.length; i++) {
    const free = i < cover.length && cover[i] <= slack;
    if (free && runStart < 0) runStart = i;
    if (!free && runStart >= 0) {
      if (i - runStart >= 4) runs.push([lo + runStart, lo + i]);
      runStart = -1;
    }
  }
  if (!runs.length) return null;
  // the widest strip (the first of equals)
  const widest = runs.reduce((w, r) => (r[1] - r[0] > w[1] - w[0] ? r : w));
  const found = gutterIn(clusters, width, widest, least);
  if (found !== null) return found;
  // A last page's short right column (LaTeX does not balance the last page's columns) has few
  // enough lines that a strip inside it is crossed no more often than the gutter is by the left
  // column's lines overfull into it (an address that could not be broken): the widest strip has
  // text on one side only. The gutter is then the first strip from the left that has the short
  // column beside it; free strips further right lie inside that column.
  for (const r of [...runs].sort((p, q) => p[0] - q[0])) {
    const g = r === widest ? null : gutterIn(clusters, width, r, least);
    if (g !== null) return g;
  }
  return null;
}

/**
 * The gutter in a strip that (almost) no text crosses, if the text on its two sides makes two
 * columns (the right one may be a last page's short column beside a full left one).
 */
function gutterIn(clusters: Cluster[], width: number, [a, b]: [number, number], least: number): number | null {
  // Where a column's entries hang (a reference list's first lines set out left of their
  // continuations), the few first lines start inside the strip, and its middle fell under their
  // first words, which were cut off into the column before: an item starting in the strip is the
  // next column's, and the gutter stands left of it, when its run of words opens in the strip
  // (nothing on its baseline reaches into the strip before it) and runs on well into that
  // column. (A title across the columns, a short line centred across the strip, a date under a
  // title, keep the middle: each crosses the gutter, as a line across the columns does. So does a
  // title whose word space falls at the strip's edge: a run opens after a gap of an em at least,
  // as a column's does, not a word space; review30.)
  let firstStart = b;
  for (const c of clusters) {
    const its = [...c.items].sort((p, q) => p.x - q.x);
    let before = -Infinity;
    its.forEach((it, k) => {
      if (it.x > a + 0.5 && it.x < firstStart && before <= a + 0.5 && it.x - before >= it.size) {
        let end = it.x + it.width;
        for (let j = k + 1; j < its.length && its[j].x - end <= c.size * 1.5; j++) end = Math.max(end, its[j].x + its[j].width);
        if (end >= b + width * 0.15) firstStart = it.x;
      }
      before = Math.max(before, it.x + it.width);
    });
  }
  const gutter = firstStart < b && firstStart - a >= 4 ? (a + firstStart) / 2 : (a + b) / 2;
  // Text on both sides, in lines of some width: a column of right-aligned page numbers (a
  // contents page) is not a second column.
  let leftWide = 0;
  let rightWide = 0;
  for (const c of clusters) {
    let [l0, l1, r0, r1] = [Infinity, -Infinity, Infinity, -Infinity];
    for (const i of c.items) {
      if (i.x + i.width <= gutter) [l0, l1] = [Math.min(l0, i.x), Math.max(l1, i.x + i.width)];
      if (i.x >= gutter) [r0, r1] = [Math.min(r0, i.x), Math.max(r1, i.x + i.width)];
    }
    if (l1 - l0 >= width * 0.15) leftWide++;
    if (r1 - r0 >= width * 0.15) rightWide++;
  }
  const need = Math.max(3, (clusters.length - least) * 0.2);
  const right = rightWide >= need || shortColumn(clusters, width, gutter);
  return leftWide >= need && right && !scatteredCrossings(clusters, gutter) ? gutter : null;
}

/**
 * Whether the text right of `x` is a short column's: three lines or more of some width beside a
 * full column left of `x` (their baselines need not meet, a reference list's spacing stretches),
 * the first of them at the left column's head, three starting together at the column's left
 * edge, and (a folio apart) no other line with text right of `x`.
 */
function shortColumn(clusters: Cluster[], width: number, x: number): boolean {
  const wide = (its: TextItem[]) => its.length > 0 && Math.max(...its.map((i) => i.x + i.width)) - Math.min(...its.map((i) => i.x)) >= width * 0.15;
  const left = clusters.filter((c) => wide(c.items.filter((i) => i.x + i.width <= x)));
  const right = clusters.filter((c) => c.items.some((i) => i.x >= x));
  const column = right.filter((c) => wide(c.items.filter((i) => i.x >= x)));
  if (left.length < 3 || column.length < 3 || column.length < right.length - 1) return false;
  const beside = clusters.filter((c) => c.items.some((i) => i.x + i.width <= x)).map((c) => c.baseline);
  const [top, bottom] = [Math.max(...beside), Math.min(...beside)];
  if (column.some((c) => c.baseline > top + c.size || c.baseline < bottom - c.size)) return false;
  if (Math.max(...column.map((c) => c.baseline)) < top - column[0].size * 3) return false;
  const starts = column.map((c) => Math.min(...c.items.filter((i) => i.x >= x).map((i) => i.x)));
  return starts.some((s) => starts.filter((t) => Math.abs(t - s) <= 1).length >= 3);
}

/**
 * Whether the lines across a strip are scattered down the page, not banded: between columns
 * only lines across the page cross the gutter, and they come together (a title block above the
 * columns, notes across the foot, a table in a band of its own); through one column of text
 * set word by word and justified (pdf-lib's, pdfmake's), the strip a few wide word spaces leave
 * free is crossed by every other line, so that a quarter of the lines or more each start a new
 * run of crossing lines.
 */
function scatteredCrossings(clusters: Cluster[], gutter: number): boolean {
  let crossing = 0;
  let runs = 0;
  let before = false;
  for (const c of [...clusters].sort((a, b) => b.baseline - a.baseline)) {
    const across = c.items.some((i) => i.x < gutter - 1 && i.x + i.width > gutter + 1);
    if (across) crossing++;
    if (across && !before) runs++;
    before = across;
  }
  return runs >= 4 && runs * 4 >= clusters.length && runs * 2 >= crossing;
}

/**
 * Top-to-bottom order, with two-column pages read column by column between full-width lines
 * (titles, spanning figures), as a reader would.
 */
export function readingOrder(lines: Line[], width: number, gutter?: number): Line[] {
  const byY = [...lines].sort((a, b) => a.y - b.y || a.x0 - b.x0);
  const mid = gutter ?? width / 2;
  // A short line centred over the text (a date or a subtitle under a title, a page number) lies
  // across its middle, which may stand off the page's: LaTeX's one-sided measure on A4 sits 8 pt
  // right of it. Such a line had counted as the right column's, and a page of one column with a
  // centred "2024" and a page number right of the page's middle was read as two, the year after
  // the first heading (meta40).
  const wideLines = byY.filter((l) => l.x1 - l.x0 > width * 0.2);
  const centre = wideLines.length ? (Math.min(...wideLines.map((l) => l.x0)) + Math.max(...wideLines.map((l) => l.x1))) / 2 : mid;
  const centredOver = (l: Line) => gutter === undefined && l.x0 < centre - 1 && l.x1 > centre + 1 && Math.abs((l.x0 + l.x1) / 2 - centre) <= l.size;
  const inLeft = (l: Line) => l.x1 < mid + 3 && !centredOver(l);
  const inRight = (l: Line) => l.x0 > mid - 3 && !centredOver(l);
  const left = byY.filter(inLeft);
  const right = byY.filter(inRight);
  const substantial = byY.filter((l) => l.x1 - l.x0 > width * 0.2).length || 1;
  // A two-column text's last page may end with a short right column (LaTeX does not balance
  // them): lines of running text standing side by side on one baseline across the gutter are
  // two columns however few the right one holds. Read row by row, each column's lines had
  // been woven into the other's. (Beside, not on: where paragraphs are spaced, a reference
  // list's entries, the columns' baselines part by up to a line.)
  const wide = (l: Line) => l.x1 - l.x0 > width * 0.2;
  const sideBySide = gutter !== undefined && right.filter((r) => wide(r) && left.some((l) => wide(l) && Math.abs(l.y - r.y) <= r.size)).length >= 3;
  // (Only where the left column is a column's worth of the page: on a one-column page read by
  // the document's gutter, a form's or a table's rows of two wide cells stand side by side too,
  // among lines of text across it, and had been read cell column by cell column; review19 a, 2.)
  const across = byY.filter((l) => !inLeft(l) && !inRight(l)).length;
  const shortRight = sideBySide && across < left.length;
  if (left.length < substantial * 0.25 || (!shortRight && right.length < substantial * 0.25)) return byY;
  const out: Line[] = [];
  let segment: Line[] = [];
  const flush = () => {
    for (const l of segment) if (inLeft(l) || !inRight(l)) out.push({ ...l, column: 1 });
    for (const l of segment) if (inRight(l) && !inLeft(l)) out.push({ ...l, column: 2 });
    segment = [];
  };
  // A left-column line running on past the gutter (a long URL that could not be broken) is
  // no full-width line: the left column's lines sit right above and below it at the leading.
  const overflows = (l: Line, i: number) => {
    const near = (d: number) => {
      for (let k = i + d; k >= 0 && k < byY.length; k += d) {
        const o = byY[k];
        if (Math.abs(o.y - l.y) > l.size * 2) return false;
        // the right column's lines interleave by height; any other full-width line ends the search
        if (inRight(o)) continue;
        return inLeft(o) && Math.abs(o.x0 - l.x0) < l.size * 2.5;
      }
      return false;
    };
    return l.x0 < mid && near(-1) && near(1);
  };
  for (const [i, l] of byY.entries()) {
    const spanning = !inLeft(l) && !inRight(l) && !overflows(l, i);
    if (spanning) {
      flush();
      out.push({ ...l, column: 0 });
    } else segment.push(l);
  }
  flush();
  return out;
}
