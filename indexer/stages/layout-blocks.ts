import { turnPageBefore } from './page-turns.js';
import { evenOcrSizes, joinOcrWords } from '../readers/ocr-layer.js';
import { levelPage } from './skew.js';
import type { LayoutPage } from '../readers/types.js';
import type { Block, FrontLine, Furniture } from '../../core/types.js';
import { boxRole, dashContinues, endnoteStart, hasRoom, isBackSection, isBoxLabel, joinLine, type Structured } from './block-rules.js';
import { collapseWhitespace, endsSentence, lettersOnly, MARK_CLOSE, MARK_OPEN, MONTHS, startsLowercase, wordCount } from '../../core/text.js';
import { documentGutters, pageLayout, type Line } from './lines.js';
import { readPanelOnce } from './page-frame.js';
import { headsPrintedOnce } from './head-once.js';
import { unMastheadLine } from '../metadata/doc-symbol.js';
import { weightedMode } from '../../core/stats.js';
import { ABSTRACT_HEADING, BARE_YEAR_REFERENCE_START, CONTENTS_HEADING, NOTES_SECTION, REFERENCE_SECTION, REFERENCE_START, isPageNumber, listMarker, noteStart } from './patterns.js';

interface Typography {
  bodySize: number;
  bodyFont: string;
  leftMargin: number;
  rightMargin: number;
  leading: number;
}

type LineClass = 'heading' | 'pull' | 'small' | 'body';

const mode = (values: number[]): number => (values.length ? weightedMode(values, (v) => v) : 0);
const byText = <K>(lines: Line[], key: (l: Line) => K): K => weightedMode(lines, key, (l) => l.text.length);

export function typography(lines: Line[]): Typography {
  // The half-point bucket most text is set in, then the size itself within it: CSS sets 9.2 pt,
  // and a box at 8.4 pt is smaller type than that, not than 9.
  const bucket = byText(lines, (l) => Math.round(l.size * 2) / 2);
  const bodySize = byText(
    lines.filter((l) => Math.round(l.size * 2) / 2 === bucket),
    (l) => Math.round(l.size * 10) / 10,
  );
  const sized = lines.filter((l) => Math.abs(l.size - bodySize) < 0.3);
  const bodyFont = byText(sized, (l) => l.font);
  const body = sized.filter((l) => l.font === bodyFont);
  const gaps: number[] = [];
  for (let i = 1; i < body.length; i++) {
    const d = body[i].y - body[i - 1].y;
    if (body[i].page === body[i - 1].page && d > 0 && d < bodySize * 2) gaps.push(Math.round(d * 2) / 2);
  }
  return {
    bodySize,
    bodyFont,
    leftMargin: mode(body.map((l) => Math.round(l.x0))),
    rightMargin: mode(body.map((l) => Math.round(l.x1))),
    leading: mode(gaps) || bodySize * 1.35,
  };
}

/**
 * What a running head's lines share from page to page: its letters, and whether it has digits.
 * A line with no letters keeps its punctuation too: a folio ("2", "- 3 -") repeats its shape,
 * and a note's last line "2023." at a page's foot is no folio like the next page's "2"
 * (userreview16: a two-column LaTeX paper's note lost its year as a running head).
 */
const signature = (text: string) => {
  text = romanFolioAsDigits(text);
  const letters = lettersOnly(text.replace(/\d+/g, '#'));
  return letters ? letters + '|' + (text.match(/\d+/g) ? '#' : '') : '|' + text.replace(/\d+/g, '#').replace(/\s+/g, '');
};

/** A well-formed roman numeral in lower case, up to 39: a front matter's folio (i, iv, xii). */
const ROMAN_FOLIO = /^(?=[ivx])x{0,3}(ix|iv|v?i{0,3})$/;

/**
 * A running foot or head whose folio is in lower-case roman on the front matter's pages ("HPG
 * briefing note ii") is the one the body's pages print with an arabic folio ("… 3"): the
 * numeral at its start or end counts as digits do. (Not a capital I or a word: "Part I", "vix".)
 */
function romanFolioAsDigits(text: string): string {
  return text.replace(/(^|\s)([ivx]{1,6})(?=\s*$)|^([ivx]{1,6})(?=\s)/, (whole, pre: string | undefined, end: string | undefined, start: string | undefined) => {
    const numeral = end ?? start ?? '';
    return ROMAN_FOLIO.test(numeral) ? `${pre ?? ''}0` : whole;
  });
}

/** A line that is an annex's folio alone: its letter and number. */
const BARE_PREFIXED_FOLIO = /^\s*([A-Z])[-\u2010-\u2013.](\d{1,4})\s*$/;

/**
 * A word of a line that may be its folio: a number, a roman numeral, or an annex's folio, its
 * letter before its number ("A-1", "B.12", "C–3"), the whole being the label printed and cited
 * (an annex paginated apart, as UN and World Bank reports print them).
 */
const FOLIO_WORD = /(?<=^|\s)(?:\d{1,4}|[ivxlcdmIVXLCDM]{1,7}|[A-Z][-\u2010-\u2013.]\d{1,4})(?=\s|$)/g;

/**
 * The folio a line carries. Of several numbers, the folio stands at the line's edge, where the
 * page turns it, the rest being the head's own words: "Annual report 2019 | 5", "Annex C C-3",
 * "Part II 14", "Vol. 12, No. 3 | 245" (the first number was taken: every page of such a
 * document had "2019", "C", "II" or "3" for its label, and pages35's choice then cited that
 * over a /PageLabels tree that was right; review36). A number after "of" or "/" is a total
 * ("Page 7 of 40").
 */
function pageLabelFrom(text: string): string | null {
  const t = text.trim();
  const words = [...t.matchAll(FOLIO_WORD)].filter((m) => !/(?:\bof|\/)\s*$/i.test(t.slice(0, m.index)));
  if (!words.length) return null;
  const first = words[0];
  const last = words[words.length - 1];
  const atEnd = (m: RegExpMatchArray) => !/[\p{L}\p{N}]/u.test(t.slice(m.index! + m[0].length));
  const atStart = (m: RegExpMatchArray) => !/[\p{L}\p{N}]/u.test(t.slice(0, m.index));
  return words.length > 1 && atEnd(last) && !atStart(first) ? last[0] : first[0];
}

/** A folio's value, arabic or roman, with its kind: two folios are in sequence only within a kind. */
function folioValue(label: string): { kind: 'arabic' | 'roman'; value: number } | null {
  if (/^\d+$/.test(label)) return { kind: 'arabic', value: Number(label) };
  if (!/^[ivxlcdm]+$/i.test(label)) return null;
  const digit: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 };
  const ds = [...label.toLowerCase()].map((c) => digit[c]);
  return { kind: 'roman', value: ds.reduce((sum, d, k) => sum + (d < (ds[k + 1] ?? 0) ? -d : d), 0) };
}

/** A folio at a line's end or start, apart from its words ("collaboration? 5", "5 Introduction"). */
const EDGE_FOLIO = /\s(\d{1,4})$|^(\d{1,4})\s/;

/** The folio a furniture line carries: the line itself, or a number run into a head's start or end. */
function folioOf(text: string): string | null {
  const label = pageLabelFrom(text) ?? /^\d{1,4}(?=\s*\p{L})|(?<=\p{L})\s*\d{1,4}$/u.exec(text)?.[0]?.trim() ?? null;
  return label && /\d|^[ivxlcdm]+$/i.test(label) ? label : null;
}

/**
 * Running headers, footers and page numbers: lines near the top or bottom edge that repeat
 * (digits aside) on many pages, or that are a bare number. The numbers they carry are the
 * printed page labels users cite.
 */
function findFurniture(pages: Line[][], bodySize: number): { furniture: Set<Line>; labels: (string | null)[] } {
  const furniture = new Set<Line>();
  const labels: (string | null)[] = pages.map(() => null);
  // LaTeX's standard classes on A4 print the running head about 11 % down the page and the folio
  // about 12 % up from the foot, outside the outer tenth: there a page's outermost line (nothing
  // above or below it) within the outer 15 %, set apart from the text by twice its size, is at
  // the edge too. The first line of text is not set apart so.
  const ys = pages.map((lines) => [...new Set(lines.map((l) => Math.round(l.y)))].sort((a, b) => a - b));
  const outer = (l: Line) => l.y < l.pageHeight * 0.1 || l.y > l.pageHeight * 0.9;
  const outermost = (l: Line, i: number) => {
    const y = ys[i];
    const apart = 2 * l.size;
    if (l.y < l.pageHeight * 0.15 && Math.round(l.y) === y[0]) return y.length === 1 || y[1] - y[0] >= apart;
    if (l.y > l.pageHeight * 0.85 && Math.round(l.y) === y[y.length - 1]) return y.length === 1 || y[y.length - 1] - y[y.length - 2] >= apart;
    return false;
  };
  const edgeOf = (i: number) => (l: Line) => outer(l) || outermost(l, i);
  const bareOf = (l: Line) => l.text.replace(/^\d{1,4}(?=\s*\p{L})|(?<=\p{L})\s*\d{1,4}$/gu, '');
  // A head printed with its folio counts for the head without it too: where a page is set in
  // two columns (a landscape page among portrait ones), the foot is cut at the gutter, and the
  // head's words stand apart from the folio across it.
  const edgeSignatures = (l: Line) => {
    const bare = bareOf(l);
    return bare !== l.text && /\p{L}{3}/u.test(bare) ? [signature(l.text), signature(bare)] : [signature(l.text)];
  };
  const counts = new Map<string, number>();
  const ownCounts = new Map<string, number>();
  const sizes = new Map<string, number[]>();
  // the heads printed with a folio, by their words alone: their sizes and the edge (top or foot) they stand at
  const folioHeads = new Map<string, { sizes: number[]; foot: Set<boolean>; bold: Set<boolean> }>();
  const atFoot = (l: Line) => l.y > l.pageHeight / 2;
  pages.forEach((lines, i) => {
    const edge = edgeOf(i);
    for (const sig of new Set(lines.filter(edge).flatMap(edgeSignatures))) counts.set(sig, (counts.get(sig) ?? 0) + 1);
    for (const sig of new Set(lines.filter(edge).map((l) => signature(l.text)))) ownCounts.set(sig, (ownCounts.get(sig) ?? 0) + 1);
    for (const l of lines.filter(edge)) {
      const list = sizes.get(signature(l.text));
      if (list) list.push(l.size);
      else sizes.set(signature(l.text), [l.size]);
      const [, bare] = edgeSignatures(l);
      if (bare === undefined) continue;
      const head = folioHeads.get(bare) ?? { sizes: [], foot: new Set<boolean>(), bold: new Set<boolean>() };
      head.sizes.push(l.size);
      head.foot.add(atFoot(l));
      head.bold.add(l.bold);
      folioHeads.set(bare, head);
    }
  });
  // The title on the first page, set large, is not the running head that repeats it in small
  // type: a line repeats its signature's lines only near their median size.
  const typical = new Map([...sizes].map(([sig, list]) => [sig, list.sort((a, b) => a - b)[Math.floor(list.length / 2)]]));
  const withText = pages.filter((p) => p.length > 0).length;
  const threshold = Math.max(2, Math.ceil(withText * 0.25));
  // A running head printed with its folio run into it ("… CHALLENGES17") is the head the
  // other pages print with the folio apart.
  // A line repeating only with the heads that print its words beside a folio is one of them in
  // their type and at their edge (the landscape page's foot); a title or heading in larger or
  // bolder type, or at the other edge, that happens to be the head's words is not (review30).
  const likeFolioHeads = (sig: string, l: Line) => {
    const head = folioHeads.get(sig);
    if (!head || !head.foot.has(atFoot(l)) || !head.bold.has(l.bold)) return false;
    const size = [...head.sizes].sort((a, b) => a - b)[Math.floor(head.sizes.length / 2)];
    return Math.abs(l.size - size) <= size * 0.1;
  };
  const repeats = (sig: string, l: Line) =>
    (counts.get(sig) ?? 0) >= threshold && l.size <= (typical.get(sig) ?? 0) * 1.3 && ((ownCounts.get(sig) ?? 0) >= threshold || likeFolioHeads(sig, l));
  // A line opening with a raised note mark is a note's first line, however like another
  // note's it reads (two notes citing one source, one at a page's foot, one at the next head).
  const repeated = (l: Line) => {
    const bare = bareOf(l);
    return !l.text.startsWith(MARK_OPEN) && (repeats(signature(l.text), l) || (bare !== l.text && repeats(signature(bare), l)));
  };
  // A bare number is a folio at either end of the page: first or last as read, or the page's
  // top or bottom line by its place (a two-column page reads its folio, centred under the
  // columns, at the foot of the left one, before the right column's lines).
  const atEnd = (l: Line, i: number) => Math.round(l.y) === ys[i][0] || Math.round(l.y) === ys[i][ys[i].length - 1];
  const atEdge = (l: Line, lines: Line[], i: number) => l === lines[0] || l === lines[lines.length - 1] || atEnd(l, i);
  // An annex's folio alone ("A-1") is no bare number, and a short annex's repeat on too few pages
  // to be furniture by repetition (2 of 11 pages: its passages were cited by PDF page; review36).
  // It is a folio where another page's of the same letter runs on with it, so a lone
  // "A-1" closing a page (a table's cell, a grid's square) is none.
  const annexFolios = pages.map((lines, i) => lines.filter((l) => atEdge(l, lines, i)).map((l) => BARE_PREFIXED_FOLIO.exec(l.text)).filter((m): m is RegExpExecArray => m !== null));
  const annexFolio = (l: Line, lines: Line[], i: number) => {
    const m = BARE_PREFIXED_FOLIO.exec(l.text);
    return !!m && atEdge(l, lines, i) && annexFolios.some((ms, j) => j !== i && ms.some((n) => n[1] === m[1] && Number(n[2]) - j === Number(m[2]) - i));
  };
  const candidate = (l: Line, lines: Line[], i: number) => repeated(l) || (isPageNumber(l.text) && atEdge(l, lines, i)) || annexFolio(l, lines, i);
  const take = (l: Line, i: number, label = folioOf(l.text)) => {
    furniture.add(l);
    if (label && labels[i] === null) labels[i] = label;
  };
  // The outer tenth first: what repeats or is a bare number there is furniture.
  // A number its line prints alike on every page that prints the line is no folio: a foot's
  // year ("© 2019 OCHA", "Annual Report 2019") was every page's label, and since pages35 the
  // folios so read outvoted a /PageLabels tree that was right (review36).
  const outerLines = pages.map((lines, i) => lines.filter((l) => outer(l) && candidate(l, lines, i)).map((l) => ({ l, sig: signature(l.text), folio: folioOf(l.text) })));
  const outerFolios = new Map<string, Set<string | null>>();
  const outerCount = new Map<string, number>();
  for (const { sig, folio } of outerLines.flat()) {
    outerFolios.set(sig, (outerFolios.get(sig) ?? new Set()).add(folio));
    outerCount.set(sig, (outerCount.get(sig) ?? 0) + 1);
  }
  const sameOnEvery = (sig: string) => (outerCount.get(sig) ?? 0) >= 2 && outerFolios.get(sig)?.size === 1;
  outerLines.forEach((found, i) => {
    for (const { l, sig, folio } of found) take(l, i, sameOnEvery(sig) ? null : folio);
  });
  // The band from 10 to 15 % holds text too (a chart's source, a cover's year, a numeral
  // closing a page): a line there is furniture only in type no larger than the text's, and a
  // number it carries is a folio in sequence, the page's folio read in the outer tenth or, where
  // none was, one another page's folio runs on with (digits that vary page to page and are no
  // folio, "Source: UNHCR, 2011" … "2016", are the text's). A head without digits, or the same
  // digits on every page, needs only to repeat.
  const band = pages.map((lines, i) => lines.filter((l) => !outer(l) && outermost(l, i) && l.size <= bodySize + 0.3 && candidate(l, lines, i)));
  const folios = band.map((lines, i) => (labels[i] !== null ? [labels[i]!] : lines.map((l) => folioOf(l.text)).filter((f): f is string => f !== null)));
  const inSequence = (label: string, i: number) => {
    if (labels[i] !== null) return labels[i] === label;
    const v = folioValue(label);
    // A bare number that is the page's own place in the file is its folio, though no other
    // page shows one to run on with (a one-page note, a paper whose other pages print none).
    if (v?.kind === 'arabic' && v.value === i + 1 && isPageNumber(label)) return true;
    return !!v && folios.some((fs, j) => j !== i && fs.some((f) => {
      const w = folioValue(f);
      return !!w && w.kind === v.kind && w.value - j === v.value - i;
    }));
  };
  const digitsOf = new Map<string, Set<string>>();
  band.forEach((lines) => {
    for (const l of lines) {
      const sig = signature(l.text);
      const set = digitsOf.get(sig) ?? new Set<string>();
      set.add((l.text.match(/\d+/g) ?? []).join(' '));
      digitsOf.set(sig, set);
    }
  });
  band.forEach((lines, i) => {
    for (const l of lines) {
      const label = folioOf(l.text);
      const constant = !/\d/.test(l.text) || (digitsOf.get(signature(l.text))?.size ?? 0) === 1;
      // (A head's constant number, "Annual Report 2019", is no folio.)
      if (label && inSequence(label, i)) take(l, i);
      else if (constant && !isPageNumber(l.text)) take(l, i, null);
    }
  });
  // LaTeX's `letterpaper` text block on an A4 sheet (the class sets the one, the TeX installation
  // the other) prints the folio 16–17 % up from the foot, past the band: there a bare number that
  // is the page's place in the file, on the page's lowest baseline and set apart from the text
  // above it, is the folio too. Read as text it ran into the column after it ("1 sponse. …").
  pages.forEach((lines, i) => {
    const y = ys[i];
    for (const l of lines) {
      const lowest = Math.round(l.y) === y[y.length - 1] && (y.length === 1 || y[y.length - 1] - y[y.length - 2] >= 2 * l.size);
      if (labels[i] === null && !furniture.has(l) && lowest && l.y > l.pageHeight * 0.75 && l.size <= bodySize + 0.3 && l.text.trim() === String(i + 1)) take(l, i);
    }
  });
  // A running head naming the current chapter changes with it (a report's fancyhdr \leftmark):
  // it repeats only on its chapter's pages, often fewer than a quarter of the document's. At
  // the page's top, set apart from the text, in type no larger than the text's, a line of words
  // is still the head when it shares its baseline with the page's folio, or when the folio run
  // into it is in sequence with the pages' printed numbers.
  // A long chapter title wraps the head onto two lines (fancyhdr's \leftmark in a box narrower
  // than the measure): then the page's top two baselines, a line apart and in one type, are set
  // apart together from the text, and the head is both lines; the folio stands on one of them.
  const wordsLine = (l: Line) => l.size <= bodySize + 0.3 && !isPageNumber(l.text) && !l.text.startsWith(MARK_OPEN) && /\p{L}{3}/u.test(l.text);
  const wrappedHead = (lines: Line[], i: number): Line[] => {
    const y = ys[i];
    // Two lines or three (a question for a title in a narrow box), the last followed by a gap.
    for (const k of [2, 3]) {
      if (y.length <= k || y[k - 1] >= (lines[0]?.pageHeight ?? 0) * 0.15) return [];
      const head = lines.filter((l) => Math.round(l.y) <= y[k - 1]);
      const words = head.filter(wordsLine);
      if (!y.slice(0, k).every((b) => words.some((l) => Math.round(l.y) === b))) return [];
      const size = words[0].size;
      if (!words.every((l) => Math.abs(l.size - size) < 0.3 && l.italic === words[0].italic && l.bold === words[0].bold)) return [];
      if (y.slice(1, k).some((b, j) => b - y[j] > 1.6 * size)) return [];
      if (y[k] - y[k - 1] >= 2 * size) return head;
    }
    return [];
  };
  const printedRunsOn = (label: string, i: number) =>
    labels.some((f, j) => {
      const w = j !== i && f !== null ? folioValue(f) : null;
      return !!w && w.kind === 'arabic' && w.value - j === Number(label) - i;
    });
  pages.forEach((lines, i) => {
    const folioYs = lines.filter((f) => furniture.has(f) && isPageNumber(f.text)).map((f) => f.y);
    for (const l of lines) {
      if (furniture.has(l) || l.y >= l.pageHeight * 0.15 || !outermost(l, i) || !wordsLine(l)) continue;
      const label = folioOf(l.text);
      if (folioYs.some((y) => Math.abs(y - l.y) < 1)) take(l, i, null);
      // (Only where the page shows no folio of its own: a first line of text ending in a number is not one.)
      // In sequence with another page's printed folio, not with the page's own place in the file
      // (inSequence's shortcut for a bare number): in a PDF printing no folios, page 4's "Table 4"
      // or a carried-over line "… rose to 4", set apart at the top, had been dropped (reviewfix18a).
      else if (label && labels[i] === null && /^\d+$/.test(label) && printedRunsOn(label, i)) take(l, i);
    }
    // The wrapped head's other lines go with the line that carries the folio: the one beside a
    // bare folio, or the one ending (or opening) with it, taken for a head by repetition or in
    // sequence with the printed folios. (A masthead's pair of lines, "… No. 1 (2024), pp. 1–11"
    // over its DOI, carries no folio at an end.)
    // The folio stands on the head's last line, level with the text's top as the box sits on
    // its baseline (a line carrying it above another line is a head of one line over the
    // text's first: enscript's "… Page 1" over the masthead).
    const wrapped = wrappedHead(lines, i);
    const lastY = Math.max(...wrapped.map((l) => Math.round(l.y)));
    const carries = wrapped.some((l) => {
      if (Math.round(l.y) !== lastY) return false;
      if (folioYs.some((y) => Math.abs(y - l.y) < 1)) return wordsLine(l);
      const folio = EDGE_FOLIO.exec(l.text.trim())?.[1] ?? EDGE_FOLIO.exec(l.text.trim())?.[2];
      if (!folio || !wordsLine(l)) return false;
      return furniture.has(l) || ((labels[i] === null || labels[i] === folio) && printedRunsOn(folio, i));
    });
    if (carries) for (const l of wrapped) if (!furniture.has(l)) take(l, i, null);
  });
  // A head printed once (a short paper's page 2) repeats the title block, not another page. Its
  // folio is the page's only where it is the page's place in the file.
  for (const { line, page } of headsPrintedOnce(pages, bodySize, furniture, outermost)) {
    const folio = folioOf(line.text);
    take(line, page, folio === String(page + 1) ? folio : null);
  }
  return { furniture, labels };
}

function isBodyLine(l: Line, t: Typography): boolean {
  return Math.abs(l.size - t.bodySize) < 0.6 && l.font === t.bodyFont;
}

function classify(l: Line, t: Typography): LineClass {
  const words = wordCount(l.text);
  const large = l.size >= t.bodySize * 1.12;
  // Set in the margin beside its paragraph, often a size down from the text's: a side head.
  if (l.sideHead && words <= 20) return 'heading';
  if (l.callout) return 'pull';
  if (large && (l.italic || /^[“"‘]/.test(l.text)) && words >= 5) return 'pull';
  if (large && words <= 25) return 'heading';
  if (l.bold && l.size >= t.bodySize * 0.95 && words <= 20 && !/[.,;]$/.test(l.text) && !isBodyLine(l, t)) return 'heading';
  if (l.size <= t.bodySize * 0.93) return 'small';
  return 'body';
}

/** At least three notes numbered one after another, and most numbered notes in order. */
function numberedRun(marks: (string | undefined)[]): boolean {
  const ns = marks.filter((m): m is string => m !== undefined && /^\d+$/.test(m)).map(Number);
  const steps = ns.slice(1).filter((n, i) => n === ns[i] + 1).length;
  return steps >= 2 && steps * 2 >= ns.length - 1;
}

/**
 * Footnote numbers run in sequence (a gap of a few is tolerated, as is a restart at 1), which
 * tells a note from a line that merely starts with a number ("24 March …").
 */
function inSequence(n: string, last: number | null, gap = 3): boolean {
  if (!/^\d+$/.test(n)) return true;
  const v = Number(n);
  if (v === 1) return true;
  return last === null ? v <= gap : v > last && v <= last + gap;
}

/**
 * A run of small print whose every line is small, below the columns or alone in a column: its
 * first note may skip more numbers than a note among body lines could (notes set in a box, or
 * on a page the reader lost, leave a gap), since nothing else there starts with a number.
 */
const WIDE_GAP = 20;

/**
 * The bottom run of small lines that starts with a note mark: the page's footnotes. A box set
 * in small type at a column's foot runs into that run: under its label, a numbered list item
 * whose number is above `cited` (the highest note the text has called by a raised mark up to
 * the end of this page, where it raises any) opens no note, since a note is called before or
 * beside it. (Marks are not always recovered, which is why the label must be there too.)
 */
function footnoteRegion(lines: Line[], t: Typography, last: number | null, cited: number | null = null): number {
  let start = lines.length;
  for (let i = lines.length - 1; i >= 0; i--) {
    const l = lines[i];
    if (l.size > t.bodySize * 0.9 || classify(l, t) === 'heading') break;
    start = i;
  }
  // The region begins at its first line that opens a note.
  for (let i = start; i < lines.length; i++) {
    const note = noteStart(lines[i].text);
    if (!note || listMarker(lines[i].text) || !inSequence(note.n, last, start === 0 && i === 0 ? WIDE_GAP : 3)) continue;
    // Under a box's label in the run, a number the text has not yet called numbers the box's list.
    const boxed = lines.slice(start, i).some((l) => l.bold && isBoxLabel(l.text));
    if (boxed && cited !== null && /^\d+$/.test(note.n) && Number(note.n) > cited) continue;
    return i;
  }
  return lines.length;
}

/** Lines a float's caption may wrap over at a column's foot. */
const CAPTION_LINES = 4;

/**
 * Where a float's caption at a column's foot begins, below the column's notes: LaTeX sets a
 * bottom float (`[b]`) under the footnotes, so the notes' small lines stand over a figure and
 * its caption in the text's type, and the search for notes, which climbs from the foot through
 * small lines only, stopped at the caption (the note was read into the paragraph above it). The
 * caption opens with its numbered label, stands off from a small line above it by the figure's
 * height (3 lines at least: a table's rows over its caption are closer), and wraps over a few
 * lines in one type. The column's length where there is none.
 */
function floatUnderNotes(run: Line[], t: Typography): number {
  let top = run.length;
  while (top > 0 && run.length - top < CAPTION_LINES && run[top - 1].size > t.bodySize * 0.9 && (top === run.length || (sameFace(run[top - 1], run[top]) && run[top].y - run[top - 1].y <= run[top].size * 1.6))) top--;
  if (top === run.length || top === 0 || !FLOAT_CAPTION.test(run[top].text)) return run.length;
  const above = run[top - 1];
  return above.size <= t.bodySize * 0.9 && run[top].y - above.y >= 3 * run[top].size ? top : run.length;
}

/**
 * Under a reference list the page's own footnotes still sit at its foot (LaTeX's and pandoc's
 * last notes fall below `thebibliography`, and were read as one more entry). The small run at
 * the foot is the page's notes only when a raised mark has called its first note and it is set
 * smaller than the entries above it, so a list of small numbered entries stays a list.
 */
function footnotesUnderEntries(lines: Line[], t: Typography, last: number | null, cited: number | null): number {
  const from = footnoteRegion(lines, t, last, cited);
  if (from === 0 || from === lines.length || cited === null) return lines.length;
  const n = noteStart(lines[from].text)?.n ?? '';
  if (!/^\d+$/.test(n) || Number(n) > cited) return lines.length;
  const entries = lines.slice(0, from).filter((l) => classify(l, t) !== 'heading');
  const notesSize = Math.max(...lines.slice(from).map((l) => l.size));
  return entries.length && mode(entries.map((l) => l.size)) - notesSize >= 0.5 ? from : lines.length;
}

interface Edges {
  left: number;
  right: number;
}

/**
 * Where each column's body text starts and ends on one page. Two columns have two left edges,
 * and mirrored margins move them from page to page, so a document-wide margin would take every
 * line of a right-hand column for an indented one (a quote, a box).
 */
function columnEdges(lines: Line[], t: Typography): (l: Line) => Edges {
  const byColumn = new Map<number, Line[]>();
  for (const l of lines) {
    if (!isBodyLine(l, t)) continue;
    const column = byColumn.get(l.column ?? 0);
    if (column) column.push(l);
    else byColumn.set(l.column ?? 0, [l]);
  }
  const edges = new Map<number, Edges>();
  for (const [c, ls] of byColumn) if (ls.length >= 3) edges.set(c, { left: mode(ls.map((l) => Math.round(l.x0))), right: mode(ls.map((l) => Math.round(l.x1))) });
  // a full-width line on a two-column page spans from the left column's edge to the right one's
  const across = { left: edges.get(1)?.left ?? t.leftMargin, right: edges.get(Math.max(2, ...edges.keys()))?.right ?? t.rightMargin };
  return (l) => edges.get(l.column ?? 0) ?? (l.column === 0 || l.column === undefined ? across : { left: t.leftMargin, right: t.rightMargin });
}

interface Draft {
  block: Block;
  lines: Line[];
  cls: LineClass | 'list' | 'quote';
  indent: number;
  /** nothing more joins it (a page of no text followed it) */
  closed?: boolean;
  /** a list item whose bullet is drawn, not typed (see drawnItemOpens) */
  drawn?: boolean;
  /** a paragraph opened by its first line's indent (see opensIndentedParagraph) */
  byIndent?: boolean;
  /** a list item set apart from what it follows by space (or one opening a column after such an item) */
  spaced?: boolean;
}

/**
 * A page whose number could not be read (no text on it, or no folio) between two pages whose
 * arabic numbers are as far apart as the pages are has the number between them.
 */
export function fillLabelGaps(labels: (string | null)[]): (string | null)[] {
  const out = [...labels];
  for (let i = 0; i < out.length; i++) {
    if (out[i] !== null) continue;
    let j = i - 1;
    while (j >= 0 && labels[j] === null) j--;
    let k = i + 1;
    while (k < labels.length && labels[k] === null) k++;
    if (j < 0 || k >= labels.length || !/^\d+$/.test(labels[j]!) || !/^\d+$/.test(labels[k]!)) continue;
    if (Number(labels[k]) - Number(labels[j]) === k - j) out[i] = String(Number(labels[j]) + i - j);
  }
  return out;
}

export function layoutBlocks(given: LayoutPage[]): Structured {
  // an OCR text layer's words levelled (skew.ts), sized line by line and joined into runs
  // (readers/ocr-layer.ts); other pages as read
  const layout = given.map((p) => joinOcrWords(evenOcrSizes(levelPage(p))));
  const read = layout.map((p) => pageLayout(p));
  // A page too empty to show its columns is read by the ones the document's other pages share.
  const common = documentGutters(read.filter((r) => r.lines.length).map((r) => r.gutters), layout[0]?.width ?? 0);
  // (A title page of a few lines is no such page: its masthead's ends would be cut apart.)
  const laid = read.map((r, i) => (common && r.gutters.length === 0 && r.lines.length >= 12 && layout[i].width === layout[0].width ? pageLayout(layout[i], common).lines : r.lines));
  // A panel repeated on every page is read once (stages/page-frame.ts).
  const { pages, repeats: panelRepeats } = readPanelOnce(laid);
  const all = pages.flat();
  if (all.length === 0) return { blocks: [], furniture: [], pageLabels: null, front: [] };
  const front: FrontLine[] = [];
  const t = typography(all);
  const { furniture: edgeLines, labels: printedLabels } = findFurniture(pages, t.bodySize);
  const labels = fillLabelGaps(printedLabels);
  const furniture: Furniture[] = [];
  for (const l of edgeLines) furniture.push({ kind: isPageNumber(l.text) ? 'page-number' : 'running-header', text: l.text, page: l.page });
  for (const l of panelRepeats) furniture.push({ kind: 'running-header', text: l.text, page: l.page });

  // Pages without running text at either end of the file are cover, contents or back cover.
  const hasBody = pages.map((lines) => lines.filter((l) => !edgeLines.has(l) && isBodyLine(l, t)).length >= 3);
  const entries = (lines: Line[]) => lines.filter((l) => /\s\d{1,3}$/.test(l.text)).length;
  const isToc = pages.map((lines) => lines.some((l) => CONTENTS_HEADING.test(l.text.trim())) && entries(lines) >= 3);
  // Contents run on over the next page (a long report's) under no heading of their own: a page
  // after a contents page whose lines are mostly entries ending in their page numbers (a wrapped
  // entry's first line ends without one) continues it.
  for (let i = 1; i < pages.length; i++) {
    const text = pages[i].filter((l) => !edgeLines.has(l));
    if (isToc[i - 1] && !isToc[i] && entries(text) >= 3 && entries(text) >= text.length * 0.6) isToc[i] = true;
  }
  const skipPage = pages.map(() => false);
  // A first page set without a line of the text's own type may still be text, not a cover: an
  // abstract in larger type, key messages in smaller, under the title. A cover holds a few
  // lines; this holds many of about the text's size.
  const runningText = pages.map((lines) => lines.filter((l) => !edgeLines.has(l) && l.size >= t.bodySize * 0.85 && l.size <= t.bodySize * 1.25 && l.x1 - l.x0 >= l.pageWidth * 0.2).length >= 12);
  // A title page may hold only the title block and a short abstract under its heading, the text
  // set from the next page on (LaTeX's one-column opening before \twocolumn): the abstract is text.
  const abstractUnder = (lines: Line[]) => {
    const k = lines.findIndex((l) => ABSTRACT_HEADING.test(l.text.trim()));
    return k >= 0 && lines.slice(k + 1).filter((l) => !edgeLines.has(l) && l.size >= t.bodySize * 0.8 && l.size <= t.bodySize * 1.25 && l.x1 - l.x0 >= l.pageWidth * 0.2).length >= 3;
  };
  for (let i = 0; i < pages.length && ((!hasBody[i] && !runningText[i] && !abstractUnder(pages[i])) || isToc[i]); i++) skipPage[i] = true;
  // Notes or a reference list set smaller than the text and running on past its last page
  // are no back cover: such a page's lines mostly open entries (a note number, an author and a
  // year), under a Notes or References heading on it or before it.
  const backHeading = pages.findIndex((lines) => lines.some((l) => classify(l, t) === 'heading' && isBackSection(l.text)));
  // Writer puts its endnotes on pages of their own with no heading: there the notes' own
  // numbers, running on one after another, say what the page is.
  const holdsEntries = (i: number) => {
    const lines = pages[i].filter((l) => !edgeLines.has(l));
    const opening = lines.filter((l, k) => endnoteStart(l.text) !== null || opensReference(l, lines[k + 1])).length;
    if (lines.length < 3 || opening * 4 < lines.length) return false;
    return (backHeading >= 0 && backHeading <= i) || numberedRun(lines.filter((l) => l.size < t.bodySize).map((l) => noteStart(l.text)?.n));
  };
  for (let i = pages.length - 1; i > 0 && !hasBody[i] && !skipPage[i] && labels[i] === null && !holdsEntries(i); i--) {
    skipPage[i] = true;
    for (const l of pages[i]) if (!edgeLines.has(l)) furniture.push({ kind: 'back-matter', text: l.text, page: l.page });
  }
  pages.forEach((lines, i) => {
    if (!skipPage[i] || furniture.some((f) => f.kind === 'back-matter' && f.page === i + 1)) return;
    for (const l of lines) {
      if (edgeLines.has(l)) continue;
      furniture.push({ kind: isToc[i] ? 'toc' : 'front-matter', text: l.text, page: l.page });
      if (!isToc[i]) front.push(frontLine(l));
    }
  });

  // The note marks the text raises (not a note's own mark opening its first line), page by
  // page and running on: a note is called before or beside it.
  const citedBy: (number | null)[] = [];
  let cited = 0;
  for (const lines of pages) {
    for (const l of lines) for (const m of l.text.matchAll(CITED_MARK)) cited = highestCalled(m[1], cited);
    citedBy.push(cited);
  }
  if (cited === 0) citedBy.fill(null);
  const notes: Block[] = [];
  const drafts: Draft[] = [];
  let lastNote: Block | null = null;
  let frontMatterDone = false;
  const state: AssemblyState = { refLeft: null, refLayout: null, notes: false, openedByIndent: 0, openedByGap: 0, itemsSpaced: 0, itemsTight: 0 };

  for (let p = 0; p < pages.length; p++) {
    // A page with no text at all (a full-page picture, a scan) between pages of text: the text
    // on either side is not run together here; rejoinSplitParagraphs joins it only where a
    // sentence breaks off and goes on in lower case from a whole word (no words lost).
    const afterTextless = p > 0 && pages[p - 1].length === 0 && drafts.length > 0;
    if (afterTextless) drafts[drafts.length - 1].closed = true;
    if (skipPage[p]) continue;
    const draftsBefore = drafts.length;
    const lines = pages[p].filter((l) => !edgeLines.has(l));
    const lastNumber = () => {
      const numbered = notes.filter((n) => /^\d+$/.test(n.n ?? ''));
      return numbered.length ? Number(numbered[numbered.length - 1].n) : null;
    };
    // Below a Notes or References heading, small numbered lines are endnotes or entries, not page footnotes.
    const sectionStart = lines.some((l) => classify(l, t) === 'heading' && isBackSection(l.text));
    const notesStart = lines.some((l) => classify(l, t) === 'heading' && NOTES_SECTION.test(l.text.trim()));
    // A page wholly in small type that opens with a note and whose notes number on one after
    // another is a page of endnotes (Writer sets them after the text, with no heading), though a
    // reference list ran to the page before.
    const notePage = !sectionStart && lines.length >= 3 && lines.every((l) => l.size <= t.bodySize * 0.9) && noteStart(lines[0].text) !== null && numberedRun(lines.map((l) => noteStart(l.text)?.n));
    // Under a Notes heading the endnotes go on as they were read; only a reference list gives way.
    if (notePage && !state.notes) state.refLeft = null;
    // Footnotes sit at the foot of each column, or across the foot of the page: each column's
    // run of lines (and the full-width run below them) is searched for its own.
    let flow: Line[] = [];
    let noted = false;
    let carried = false;
    for (const whole of columnRuns(lines)) {
      // A float set at the column's foot (LaTeX's [b], under the notes) is searched above.
      const foot = floatUnderNotes(whole, t);
      const run = whole.slice(0, foot);
      const noteFrom =
        state.notes || notesStart ? run.length : state.refLeft !== null || sectionStart ? footnotesUnderEntries(run, t, lastNumber(), citedBy[p]) : footnoteRegion(run, t, lastNumber(), citedBy[p]);
      // The rest of a note the page before broke off mid-sentence heads this page's first foot
      // without a mark, in the notes' small type above the first new note.
      let bodyTo = noteFrom;
      // (So does the rest of a note the column before broke off, at this column's foot.)
      const brokeOff = !!lastNote && !endsSentence(lastNote.text) && (lastNote.page === p ? !carried : lastNote.page === p + 1);
      if (brokeOff && noteFrom < run.length && lastNote) {
        while (bodyTo > 0 && run[bodyTo - 1].size <= t.bodySize * 0.85 && classify(run[bodyTo - 1], t) === 'small' && continuesNote(run[bodyTo - 1], run[bodyTo], run[noteFrom])) bodyTo--;
        if (bodyTo > 0 && bodyTo < noteFrom) lastNote.text += ' ' + run.slice(bodyTo, noteFrom).map((l) => l.text).join(' ');
        else bodyTo = noteFrom;
      }
      if (noteFrom < run.length) carried = true;
      // Each note starts at a note mark; lines without one continue the note above.
      for (const [k, l] of run.slice(noteFrom).entries()) {
        const start = noteStart(l.text);
        if (start && inSequence(start.n, lastNumber(), noteFrom === 0 && k === 0 ? WIDE_GAP : 3)) {
          lastNote = { type: 'footnote', n: start.n, text: start.rest, page: l.page };
          notes.push(lastNote);
        } else if (lastNote) lastNote.text += ' ' + l.text;
      }
      if (noteFrom < run.length) noted = true;
      // A note the foot of the column before broke off mid-sentence goes on at the foot of this
      // column, without a mark: small lines set apart below this column's text.
      // (A note ending in a web address is whole, and a source or caption line under this
      // column's table or figure is no note's rest: "Source: …" had gone into the note above,
      // out of the text; review19 a, 3.)
      else if (brokeOff && lastNote && lastNote.page === p + 1 && !ENDS_WITH_ADDRESS.test(lastNote.text)) {
        let from = run.length;
        while (from > 1 && run[from - 1].size <= t.bodySize * 0.85 && classify(run[from - 1], t) === 'small' && !noteStart(run[from - 1].text)) from--;
        if (from < run.length && !CAPTION_LABEL.test(run[from].text) && run[from].y - run[from - 1].y > Math.max(t.leading, run[from - 1].size * 1.2) * 1.3 && isBodyLine(run[from - 1], t)) {
          lastNote.text += ' ' + run.slice(from).map((l) => l.text).join(' ');
          bodyTo = from;
        }
      }
      flow = flow.concat(run.slice(0, bodyTo), whole.slice(foot));
    }
    const edge = columnEdges(lines, t);
    // A note running over from the previous page sits at this page's foot without a mark.
    if (!noted && lastNote && lastNote.page === p) {
      const tail: Line[] = [];
      for (let i = flow.length - 1; i >= 0 && flow[i].size <= t.bodySize * 0.85 && flow[i].x0 <= edge(flow[i]).left + 2; i--) tail.unshift(flow[i]);
      // The rest may be all the page holds: LaTeX, its note area held to a few lines
      // (\dimen\footins), sets a long note's rest on a page of its own when the text beside it
      // does not fit. Then the note broke off mid-sentence, and the page is a few small lines,
      // none opening a note, outside a reference list or endnotes.
      // (Not where the note ended in a web address, which is whole, nor where a line is a
      // caption's or a source's: a page holding a figure and its caption; review30.)
      const restAlone =
        tail.length === flow.length &&
        tail.length <= 10 &&
        !endsSentence(lastNote.text) &&
        !ENDS_WITH_ADDRESS.test(lastNote.text) &&
        state.refLeft === null &&
        !state.notes &&
        !tail.some((l) => noteStart(l.text) || CAPTION_LABEL.test(l.text));
      if (tail.length && (tail.length < flow.length || restAlone)) {
        lastNote.text += ' ' + tail.map((l) => l.text).join(' ');
        flow = flow.slice(0, flow.length - tail.length);
      }
    }
    // A title block at the top of the first page of text, where there is no cover: a masthead
    // or series line (journal, volume, DOI; "HPG briefing note"), the title in the largest type
    // of the document, then its authors and date. It is the document's front matter, which
    // metadata reads, not its first heading and paragraphs.
    // A title may be only 2 pt over the text and half a point over the headings (groff -ms sets
    // 13 on 11 with 12.5 heads): being the largest type in the document tells it from a heading.
    if (!frontMatterDone) {
      const title = flow.reduce((a, b) => (b.size > a.size ? b : a), flow[0]);
      const k = title ? flow.indexOf(title) : 0;
      const above = flow.slice(0, k);
      // Not where a cover page gave the title already, nor a section heading opening the text.
      // A title has no running text above it, only a masthead. One set only a little over the
      // text (under 1.3x) has more than one word too: a one-word heading may be as large.
      const titleLike = front.length === 0 && !OPENING_SECTION.test(title?.text.trim() ?? '') && (wordCount(title?.text ?? '') >= 2 || (title?.size ?? 0) >= t.bodySize * 1.3) && !isBackSection(title?.text ?? '') && flow.slice(0, k).filter((l) => Math.abs(l.size - t.bodySize) < 0.3).length <= 2;
      if (titleLike && k <= 6 && title.size >= t.bodySize * 1.15 && title.size > largestAfter(pages, p) + 0.25 && above.every((l) => l.size < title.size && l.y < l.pageHeight * 0.25)) {
        let end = k + 1;
        while (end < flow.length && Math.abs(flow[end].size - title.size) < 0.3 && flow[end].font === title.font) end++;
        while (end < flow.length && end < k + 8 && titleBlockLine(flow[end], t, flow[end + 1])) end++;
        for (const l of flow.slice(0, end)) {
          furniture.push({ kind: 'front-matter', text: l.text, page: l.page });
          front.push(frontLine(l));
        }
        flow = flow.slice(end);
        // A masthead line whose far end stands over the next column ("brill.com/joup" at the
        // right of the journal's line) was read with that column, into its first paragraph
        // ("… (2) the United Nations brill.com/joup"): a line of another column in the
        // masthead's type, no lower than the masthead, is the masthead's (userreview21b, 6).
        if (above.length) {
          const bottom = Math.max(...above.map((l) => l.y));
          const size = Math.max(...above.map((l) => l.size));
          // On a masthead line's own baseline, and set apart from its column's text below it:
          // a column of text opening at the top margin, level with the masthead, had its first
          // lines taken as front matter (reviewfix21b).
          const apart = (l: Line) => !flow.some((o) => o !== l && o.column === l.column && o.y > l.y && o.y - l.y <= l.size * 2.5);
          const beside = new Set(flow.filter((l) => l.column !== undefined && l.column !== title.column && l.y <= bottom + 1 && l.size <= size + 0.3 && above.some((m) => Math.abs(m.y - l.y) <= 1) && apart(l)));
          for (const l of beside) furniture.push({ kind: 'front-matter', text: l.text, page: l.page });
          if (beside.size) flow = flow.filter((l) => !beside.has(l));
        }
      }
    }
    // An author's note set small right under the title block (affiliations, as some journals
    // print them), its mark called on a byline above: that note, not the text's first paragraph.
    if (!frontMatterDone && front.length && flow.length) {
      const start = noteStart(flow[0].text);
      const called = new Set([...front.map((f) => f.text).join(' ').matchAll(CITED_MARK)].flatMap((m) => calledNotes(m[1])));
      if (start && called.has(start.n) && flow[0].size < t.bodySize * 0.95) {
        let end = 1;
        while (end < flow.length && !noteStart(flow[end].text) && Math.abs(flow[end].size - flow[0].size) < 0.3 && flow[end].y - flow[end - 1].y < flow[0].size * 2) end++;
        lastNote = { type: 'footnote', n: start.n, text: [start.rest, ...flow.slice(1, end).map((l) => l.text)].join(' '), page: flow[0].page };
        notes.push(lastNote);
        flow = flow.slice(end);
      }
    }
    // Title-page lines of an article: centred lines above the first left-aligned line.
    if (!frontMatterDone) {
      let k = 0;
      // (A bold heading centred over the wider text it heads, as LaTeX sets "Abstract", ends them.)
      while (k < flow.length && centredOnPage(flow[k], t, flow[k + 1]) && !(flow[k].bold && headsCentred(flow, k))) k++;
      for (const l of flow.slice(0, k)) {
        furniture.push({ kind: 'front-matter', text: l.text, page: l.page });
        front.push(frontLine(l));
      }
      flow = flow.slice(k);
      if (flow.length) frontMatterDone = true;
    }
    assemble(flow, t, drafts, state, edge);
    if (afterTextless && drafts[draftsBefore]) drafts[draftsBefore].block.afterTextless = true;
  }

  assignHeadingLevels(drafts);
  // A pull quote lifts a sentence or two from the text; larger italic type running longer is a
  // standfirst or an abstract: a paragraph of the text.
  for (const d of drafts) {
    if (d.block.role === 'pull-quote' && wordCount(d.block.text) > LONGEST_PULL_QUOTE) {
      d.block.type = 'paragraph';
      delete d.block.role;
      d.cls = 'body';
    }
  }
  const blocks: Block[] = [];
  for (const d of drafts) {
    const b = d.block;
    if (b.parts) {
      for (const part of b.parts) part.text = collapseWhitespace(part.text);
      b.text = [b.label, ...b.parts.map((part) => part.text)].filter(Boolean).join('\n');
    } else b.text = collapseWhitespace(b.text);
    if (b.text) blocks.push(b);
  }
  // Without a cover page, the title page is the first page's top lines.
  if (front.length === 0) for (const l of pages.find((p) => p.length) ?? []) if (!edgeLines.has(l) && front.length < 12) front.push(frontLine(l));
  return { blocks: placeNotes(blocks, notes), furniture, pageLabels: labels.some((l) => l !== null) ? labels : null, front };
}

/** A note mark raised in a line after some of its text, as the text calls a note. */
const CITED_MARK = new RegExp(`(?<=\\S\\s*)${MARK_OPEN}([^${MARK_CLOSE}]{1,12})${MARK_CLOSE}`, 'gu');

/**
 * The notes one raised mark calls: marks set side by side may come as one run of digits
 * ("567", "910": notes 5 to 7, 9 and 10), which reads as numbers one after another.
 */
export function calledNotes(mark: string): string[] {
  if (!/^\d{2,}$/.test(mark)) return mark.split(/[,–-]/);
  for (let k = 1; k <= 3 && k < mark.length; k++) {
    const run: number[] = [];
    let s = '';
    for (let n = Number(mark.slice(0, k)); s.length < mark.length; n++) {
      run.push(n);
      s += String(n);
    }
    if (s === mark && mark[0] !== '0') return [mark, ...run.map(String)];
  }
  return [mark];
}

/**
 * The highest note called so far once `mark` is read. Marks run together ("567") read either
 * as one number or as a run (5, 6, 7): notes are called in order, so the one number only when
 * it comes soon after the last called, else the run's end — one page of run-together marks
 * must not lift the count out of reach for the rest of the document.
 */
export function highestCalled(mark: string, cited: number): number {
  const numbers = calledNotes(mark).filter((n) => /^\d+$/.test(n)).map(Number);
  // a list or range ("3,4", "5–7") names each; only marks run together are ambiguous
  if (!/^\d{2,}$/.test(mark) || numbers.length < 2) return Math.max(cited, ...numbers);
  const [whole, ...run] = numbers;
  return Math.max(cited, whole <= cited + NOTES_AHEAD ? whole : run[run.length - 1]);
}

/** How far ahead of the last called note a run-together mark may still read as one number. */
const NOTES_AHEAD = 10;

/** Words in the longest pull quote: a sentence or two. */
const LONGEST_PULL_QUOTE = 80;

/** The largest type on the pages after page `p`: a title is set larger than any heading after it. */
function largestAfter(pages: Line[][], p: number): number {
  let max = 0;
  for (let i = p + 1; i < pages.length; i++) for (const l of pages[i]) if (l.size > max) max = l.size;
  return max;
}

const OPENING_SECTION = /^(?:(?:\d+[.)]?|[A-Z]\.|[IVX]{1,4}\.)\s*)?(?:introduction|summary|executive summary|abstract|foreword|preface|overview|background|key messages|contents)\b/i;

const MONTH_YEAR = new RegExp(`^(?:(?:\\d{1,2}\\s+)?(?:${MONTHS.join('|')})\\s+)?(?:19|20)\\d{2}$`, 'i');

/**
 * A line of a title block under the title: its authors (larger than the text, in roman, or
 * centred under it at the text size, as groff's .AU sets them in italic) or its date.
 */
function titleBlockLine(l: Line, t: Typography, next: Line | undefined): boolean {
  // the first section's heading, set as large as the authors' names, ends the title block
  if (l.bold || wordCount(l.text) > 12 || isBoxLabel(l.text) || OPENING_SECTION.test(l.text.trim())) return false;
  // a UN masthead's small lines beside the organ ("Distr.: General", the date, "Original: English")
  return l.size >= t.bodySize * 1.05 || MONTH_YEAR.test(l.text.trim()) || unMastheadLine(l.text) || centredOnPage(l, t, next);
}

/**
 * A line above a page's first note that may be the rest of the note the page before broke off:
 * in the note's size and face, within two ems of its first line's edge (a note's first line may
 * be indented, or hang), and within a few lines over the line below (LaTeX in two columns set a
 * carried rest three lines over the next note). A caption or a box's line in small type above
 * the notes differs in one of these, or stands off by a figure's gap, and the walk up stops there.
 */
/** A line opening a table's or figure's source, note or caption, set small under it. */
/** A note ending in a web address is whole, though no full stop closes it. */
const ENDS_WITH_ADDRESS = /(?:https?:\/\/|www\.)\S+$/iu;
const CAPTION_LABEL = /^(?:sources?|notes?|figure|fig\.|table|map|chart|graph|photo|credit|fuentes?|nota|tableau|graphique|carte|cuadro|gráfico|mapa)\b/iu;
/** A float's caption by its numbered label and the stop after it ("Table 1:", "Figure 3.2.", "Tableau 2 –"). */
const FLOAT_CAPTION = /^(?:table|figure|fig\.|map|chart|graph|tableau|graphique|carte|cuadro|tabla|figura|gráfico|mapa)\s+[A-Z]?\d{1,3}(?:\.\d{1,2})?\s*[.:–—]\s/iu;

function continuesNote(l: Line, below: Line, note: Line): boolean {
  return Math.abs(l.size - note.size) < 0.3 && l.font === note.font && l.italic === note.italic && Math.abs(l.x0 - note.x0) <= note.size * 2 && below.y - l.y <= note.size * 3.5;
}

/** What metadata reads of a title-page line: its text, type and edges. */
function frontLine(l: Line): FrontLine {
  return { text: l.text, size: l.size, font: l.font, italic: l.italic, x0: l.x0, x1: l.x1, y: l.y, ...(l.parts ? { parts: l.parts } : {}) };
}

/**
 * A line opening a reference entry: its author and year, the year on the next line where the
 * authors fill the first (that line hangs indented under it).
 */
function opensReference(l: Line, next: Line | undefined): boolean {
  return REFERENCE_START.test(l.text) || (next !== undefined && next.x0 > l.x0 + 3 && REFERENCE_START.test(l.text + ' ' + next.text));
}

/** An entry's text that may be whole: closed by a full stop or a bracket (a URL, a year). */
const entryEnded = (text: string) => /[.)]\s*$/.test(text);

/**
 * A line that may open an entry in a list whose continuations are not indented: author and
 * year, the year on the next line when the authors fill this one (and so do not end it like an
 * entry), a bare year, or a number ("[3]", "3.").
 */
function opensEntry(l: Line, next: Line | undefined): boolean {
  const authorsRunOn = next !== undefined && !entryEnded(l.text) && REFERENCE_START.test(l.text + ' ' + next.text);
  return REFERENCE_START.test(l.text) || authorsRunOn || BARE_YEAR_REFERENCE_START.test(l.text) || /^(?:\[\d{1,3}\]|\d{1,3}\.)\s/.test(l.text);
}

/**
 * How a reference list's entries are set: `hanging` (continuations indented under the first
 * line: APA, Harvard), `indent` (the first line indented, continuations at the margin: a LaTeX
 * `article` setting its References as paragraphs) or `flush` (no indent at all: only the author
 * and year, or a short line, part entries). Read from the run of lines in the list's type from
 * line `i` to the end of its column: when most indented lines open an entry, the indent marks
 * the entries; when few do, the indented lines are continuations.
 */
interface ReferenceLayout {
  style: 'hanging' | 'indent' | 'flush';
  /** the left edge of the lines not indented */
  margin: number;
}

function referenceLayout(flow: Line[], i: number): ReferenceLayout {
  const run = [flow[i]];
  for (let j = i + 1; j < flow.length && j < i + 80; j++) {
    const l = flow[j];
    const above = flow[j - 1];
    if (Math.abs(l.size - flow[i].size) >= 0.3 || l.y < above.y || l.y - above.y > l.size * 2.5) break;
    run.push(l);
  }
  const margin = Math.min(...run.map((l) => l.x0));
  const indented = run.map((l, k) => ({ l, next: run[k + 1] })).filter(({ l }) => l.x0 > margin + 3);
  if (indented.length === 0) return { style: 'flush', margin };
  const opening = indented.filter(({ l, next }) => opensEntry(l, next)).length;
  return { style: opening * 2 > indented.length && indented.length < run.length ? 'indent' : 'hanging', margin };
}

/**
 * In a list set flush or with a first-line indent, whether a line goes on with the entry above:
 * not when it is indented (a first-line indent), nor after an entry that may be whole when it
 * opens like an entry or the line above stopped short of the column's right edge.
 */
function continuesUnhungEntry(l: Line, next: Line | undefined, last: Line | undefined, above: string, layout: ReferenceLayout, edge: (l: Line) => Edges): boolean {
  if (layout.style === 'indent' && l.x0 > layout.margin + 3) return false;
  if (!entryEnded(above)) return true;
  const short = last !== undefined && last.x1 < edge(last).right - last.size;
  return !opensEntry(l, next) && !short;
}

function centredOnPage(l: Line, t: Typography, next: Line | undefined): boolean {
  return l.x0 > t.leftMargin + 20 && Math.abs((l.x0 + l.x1) / 2 - l.pageWidth / 2) < l.pageWidth * 0.08 && !opensParagraphAbove(l, next, t);
}

/**
 * A paragraph's first line set in by a paragraph indent, the next line back at the text's margin
 * right under it in the same type. Such a line running near the measure has its middle near the
 * page's, but it is the text: taken for a centred title-page line, the first paragraph's first
 * line went to front matter, out of the passages (review18 c, 4).
 */
function opensParagraphAbove(l: Line, next: Line | undefined, t: Typography): boolean {
  if (!next || !sameFace(l, next) || next.y <= l.y || next.y - l.y > t.leading * 1.6) return false;
  const inset = l.x0 - next.x0;
  return Math.abs(next.x0 - t.leftMargin) <= 2 && inset >= Math.max(3, l.size * 0.6) && inset <= l.size * 4;
}

/** A page's lines cut where the reading order moves from one column to the other (or to full width). */
function columnRuns(lines: Line[]): Line[][] {
  const runs: Line[][] = [];
  let belowColumns = false;
  // A line across the page is below the columns only where no second column's line is read
  // after it: authors set side by side in a title block ("\\and") are no columns, and the
  // date across the page under them has the columns of text still to come.
  let lastInColumn = -1;
  lines.forEach((l, k) => {
    if ((l.column ?? 0) >= 2) lastInColumn = k;
  });
  for (const [k, l] of lines.entries()) {
    const run = runs[runs.length - 1];
    // Below the columns everything is one run: notes across the foot have short last lines
    // that do not cross the gutter.
    if (belowColumns) run.push(l);
    else if (run && run[0].column === l.column) run.push(l);
    else {
      belowColumns = l.column === 0 && k > lastInColumn && runs.some((r) => (r[0].column ?? 0) >= 2);
      runs.push([l]);
    }
  }
  return runs;
}

/**
 * Heading levels by typographic rank: larger first; at equal size, upright before italic.
 * An "Abstract" heading is a section of the document's own, whatever its type: LaTeX sets it
 * small (9 pt bold over 14 pt sections), and by rank the contents showed it as a sub-section
 * (userreview17). It takes the top level and no rank, so that the others keep theirs.
 */
function assignHeadingLevels(drafts: Draft[]): void {
  const all = drafts.filter((d) => d.block.type === 'heading');
  const isAbstract = (d: Draft) => ABSTRACT_HEADING.test(d.block.text.trim());
  for (const d of all) if (isAbstract(d)) d.block.level = 1;
  const heads = all.filter((d) => !isAbstract(d));
  const key = (l: Line) => `${l.size}|${l.italic ? 1 : 0}|${l.bold ? 0 : 1}`;
  const styles = [...new Set(heads.map((d) => key(d.lines[0])))].sort((a, b) => {
    const [sa, ia, ba] = a.split('|').map(Number);
    const [sb, ib, bb] = b.split('|').map(Number);
    return sb - sa || ia - ib || ba - bb;
  });
  for (const d of heads) d.block.level = Math.min(3, styles.indexOf(key(d.lines[0])) + 1);
}

/** Notes go right after the block that first cites them, as the truth files and readers expect. */
function placeNotes(blocks: Block[], notes: Block[]): Block[] {
  if (notes.length === 0) return blocks;
  const out: Block[] = [];
  const pending = [...notes];
  for (const b of blocks) {
    out.push(b);
    const refs = [...b.text.matchAll(/\uE000([^\uE001]+)\uE001/g)].map((m) => m[1]);
    for (const r of refs) {
      const i = pending.findIndex((n) => n.n === r);
      if (i >= 0) out.push(...pending.splice(i, 1));
    }
  }
  // Notes whose mark was lost in the file: after the last block of their page.
  for (const n of pending) {
    let at = out.length;
    for (let i = out.length - 1; i >= 0; i--) {
      if ((out[i].page ?? 0) <= (n.page ?? 0)) {
        at = i + 1;
        break;
      }
    }
    out.splice(at, 0, n);
  }
  return out;
}

interface AssemblyState {
  /** inside a reference list: the left edge its entries start at (continuations hang indented) */
  refLeft: number | null;
  /** inside a reference list: how its entries are set, read from the lines of its first column */
  refLayout: ReferenceLayout | null;
  /** inside an endnotes section */
  notes: boolean;
  /** body paragraphs opened so far by a first-line indent, and by a gap above them */
  openedByIndent: number;
  openedByGap: number;
  /** list items so far following another item after a gap, and with none */
  itemsSpaced: number;
  itemsTight: number;
}

/**
 * Whether the document marks its paragraphs by a first-line indent (LaTeX, journals) rather
 * than by space between them: then a line at a column's or page's edge goes on with the
 * paragraph above even when that one ended a sentence, since a new one would be indented.
 */
const marksParagraphsByIndent = (state: AssemblyState) => state.openedByIndent >= 3 && state.openedByIndent > 2 * state.openedByGap;

const sameFace = (a: Line, b: Line) => a.font === b.font && Math.abs(a.size - b.size) < 0.3;

/** A subsection's number opening a heading: "2.1 ", "D.6 ", "3.2.1 ". */
const SUBSECTION_NUMBER = /^(?:\d{1,2}|[A-Z])(?:\.\d{1,2})+\.?\s+\p{Lu}/u;

/** A section's number and stop opening a heading: "1. Background". */
const SECTION_NUMBER = /^\d{1,2}\.\s+\p{Lu}/u;

/**
 * A heading set at about the text's size and not in bold, told by its face alone (small
 * capitals, italic, another family: TeX's and many journals' lower levels): one to three short
 * lines wholly in a face other than the text's, standing where a paragraph may start, not
 * closed like a sentence, with a line of running text right after them.
 */
function headingInBodyFace(flow: Line[], i: number, t: Typography, opensBlock: boolean): boolean {
  const l = flow[i];
  if (!opensBlock || l.size < t.bodySize * 0.95 || l.size >= t.bodySize * 1.12) return false;
  // In the text's own face, only a line in capitals stands out so (a small-capitals heading).
  const capitals = (x: Line) => /\p{Lu}.*\p{Lu}.*\p{Lu}/u.test(x.text) && !/\p{Ll}/u.test(x.text);
  const inFace = (x: Line) => sameFace(x, l) && (l.font !== t.bodyFont || capitals(x));
  if (!inFace(l)) return false;
  let j = i + 1;
  while (j < flow.length && j < i + 3 && inFace(flow[j]) && flow[j].y - flow[j - 1].y <= l.size * 2) j++;
  const text = flow.slice(i, j).map((x) => x.text).join(' ');
  const next = flow[j];
  // amsart numbers its sections "1. Background", centred in small capitals: no list sets an item so
  const centredSection = j === i + 1 && SECTION_NUMBER.test(text) && centredOnPage(l, t, next);
  if (wordCount(text) > 18 || /^[“"‘'([]/.test(text) || /[.,;:!]["”’)]?$/.test(text) || (listMarker(text) && !centredSection) || noteStart(text)) return false;
  // A heading numbered as a subsection ("2.1", "D.6"), or in capitals, may end a page, its
  // text on the next.
  if (!next) return SUBSECTION_NUMBER.test(text) || capitals(l);
  // A reference list or notes under their heading are set smaller than the text, as is a box
  // under its label.
  const smallUnder = isBackSection(text) || (isBoxLabel(text) && classify(next, t) === 'small');
  if ((!isBodyLine(next, t) && !smallUnder) || next.y - flow[j - 1].y > l.size * 4 || inFace(next)) return false;
  return !startsLowercase(next.text) || next.x0 > l.x0 + 2;
}

/** Turns one page's flow lines into drafts, continuing the last draft across the page break. */
function assemble(flow: Line[], t: Typography, drafts: Draft[], state: AssemblyState, edge: (l: Line) => Edges): void {
  const gapLimit = (l: Line) => Math.max(t.leading, l.size * 1.2) * 1.3;
  const textExtent = extents(flow, t);
  let prev: Line | null = null;
  let promoted: Line | null = null;
  for (let i = 0; i < flow.length; i++) {
    const l = flow[i];
    let cls = classify(l, t);
    const open = drafts[drafts.length - 1];
    const cur = open?.closed ? undefined : open;
    const last = cur?.lines[cur.lines.length - 1];
    // A new page, or the top of the next column: the text flows on only if a sentence was cut.
    const newPage = !prev || l.y < prev.y - l.size;
    const gap = prev ? l.y - prev.y : 0;
    const bigGap = prev ? gap > gapLimit(l) : false;
    if (cls === 'body') {
      const wraps = promoted !== null && last === promoted && !bigGap && !newPage && sameFace(l, promoted) && (l.font !== t.bodyFont || !/\p{Ll}/u.test(l.text));
      // Inside a reference list a line is an entry's, but a Notes heading in the text's face
      // still ends the list (CSS sets its footnotes under one after the references).
      const notesHead = state.refLeft !== null && NOTES_SECTION.test(l.text.trim());
      if (wraps || ((l.font !== t.bodyFont || !/\p{Ll}/u.test(l.text)) && !state.notes && (state.refLeft === null || notesHead) && headingInBodyFace(flow, i, t, newPage || bigGap || !prev || endsSentence(prev.text)))) {
        cls = 'heading';
        promoted = l;
      }
    }
    // A short bold line centred over the block below it in that block's small type heads it
    // (LaTeX's "Abstract" over the abstract it sets across the columns); a box's label stands
    // at the box's left edge.
    const centredHead = cls === 'small' && l.bold && headsCentred(flow, i);
    if (centredHead || ((cls === 'small' || cls === 'body') && capitalsHead(l, flow[i + 1], t))) cls = 'heading';
    let marker = cls !== 'heading' && cls !== 'pull' ? listMarker(l.text) : null;
    // A dash at the left margin after an unfinished sentence is punctuation, not a list.
    if (marker && cur?.cls === 'body' && dashContinues(marker.marker, cur.block.text, l.x0 <= edge(l).left + 2)) marker = null;

    if ((cls === 'heading' || cls === 'pull') && cur?.cls === 'pull' && !bigGap && !newPage && Math.abs(last!.size - l.size) < 0.3 && last!.font === l.font) {
      cur.block.text += ' ' + l.text;
      cur.lines.push(l);
      prev = l;
      continue;
    }

    if (cls === 'heading') {
      state.refLeft = REFERENCE_SECTION.test(l.text.trim()) ? -1 : null;
      state.refLayout = null;
      state.notes = NOTES_SECTION.test(l.text.trim());
    } else if (state.notes) {
      // Endnotes: each opens with its number; other lines continue the note above.
      // A number out of sequence opening a line is the note above carrying over ("2005, 185,
      // / 186 (emphasis added)."), as the page footnotes' sequence check has it.
      const note = endnoteStart(l.text);
      const above = cur?.block.type === 'footnote' && /^\d+$/.test(cur.block.n ?? '') ? Number(cur.block.n) : null;
      if (note && (above === null || inSequence(note.n, above, WIDE_GAP))) drafts.push({ block: { type: 'footnote', n: note.n, text: note.rest, page: l.page }, lines: [l], cls: 'small', indent: l.x0 });
      else if (cur?.block.type === 'footnote' && hasRoom(cur.block.text)) cur.block.text = joinLine(cur.block.text, l.text);
      else drafts.push({ block: { type: 'paragraph', text: l.text, page: l.page }, lines: [l], cls: 'body', indent: l.x0 });
      prev = l;
      continue;
    } else if (state.refLeft !== null) {
      const starts = state.refLeft < 0;
      if (starts) state.refLeft = l.x0;
      if (newPage && cur?.block.type === 'reference') {
        // In a new column or page an entry starts where its author and year are, not at a known margin.
        // (A numbered list's entry opens by its number, its author and year perhaps too long for
        // the line: "[3] Sandvik, K. B., Jacobsen, K. L. and McDonald, S. M. (2017)" at a page's
        // top had run into the entry before.)
        const opens = (opensReference(l, flow[i + 1]) || /^\[\d{1,3}\]\s/.test(l.text)) && (!cur || /[.)]\s*$/.test(cur.block.text));
        state.refLeft = opens ? l.x0 : l.x0 - 10;
      }
      // Where the list is set flush or with a first-line indent, continuations are not indented
      // and an entry is told by its indent or by the author and year opening it.
      if (starts || (newPage && cur?.block.type === 'reference')) state.refLayout = referenceLayout(flow, i);
      const layout = state.refLayout;
      const goesOn = layout && layout.style !== 'hanging' ? continuesUnhungEntry(l, flow[i + 1], last, cur?.block.text ?? '', layout, edge) : l.x0 > state.refLeft + 3;
      if (cur?.block.type === 'reference' && goesOn && (!bigGap || newPage) && hasRoom(cur.block.text)) {
        turnPageBefore(cur.block, l.page);
        cur.block.text = joinLine(cur.block.text, l.text);
        cur.lines.push(l);
        if (l.page !== cur.block.page) cur.block.pageEnd = l.page;
      } else drafts.push({ block: { type: 'reference', text: l.text, page: l.page }, lines: [l], cls: 'body', indent: l.x0 });
      prev = l;
      continue;
    }

    if (cls === 'heading') {
      // A label may wrap: look past the lines that continue it in the same type.
      let j = i + 1;
      while (j < flow.length && flow[j].font === l.font && Math.abs(flow[j].size - l.size) < 0.3 && flow[j].y - flow[j - 1].y <= gapLimit(l)) j++;
      const next = flow[j];
      const label = flow.slice(i, j).map((x) => x.text).join(' ');
      // In a PDF a box label is told by its type: smaller text follows it, indented or named as a box.
      const boxLabel = !isBackSection(label) && next && classify(next, t) === 'small' && (l.x0 >= edge(l).left + 4 || isBoxLabel(label)) && (!centredHead || isBoxLabel(label));
      if (boxLabel) {
        drafts.push({ block: { type: 'box', role: boxRole(label), label, text: label, page: l.page, parts: [] }, lines: flow.slice(i, j), cls: 'small', indent: l.x0 });
        prev = flow[j - 1];
        i = j - 1;
        continue;
      } else if (cur && cur.block.type === 'heading' && !bigGap && !newPage && Math.abs(last!.size - l.size) < 0.3 && last!.font === l.font) {
        cur.block.text += ' ' + l.text;
        cur.lines.push(l);
      } else if (cur && cur.block.type === 'heading' && newPage && Math.abs(last!.size - l.size) < 0.3 && last!.font === l.font && (/\p{L}-$/u.test(cur.block.text) || startsLowercase(l.text))) {
        // A heading the column's or page's foot cut in a word ("… protec-" / "tion advocacy") or
        // mid-phrase goes on at the next one's top in its type: one heading, not two.
        turnPageBefore(cur.block, l.page);
        cur.block.text = joinLine(cur.block.text, l.text);
        cur.lines.push(l);
        if (l.page !== cur.block.page) cur.block.pageEnd = l.page;
      } else {
        drafts.push({ block: { type: 'heading', text: l.text, page: l.page }, lines: [l], cls, indent: l.x0 });
      }
      prev = l;
      continue;
    }

    if (cls === 'pull') {
      // larger type running on over a page or column in mid-sentence (an abstract) goes on
      if (cur && cur.cls === 'pull' && !bigGap && (!newPage || !endsSentence(cur.block.text))) {
        turnPageBefore(cur.block, l.page);
        cur.block.text += ' ' + l.text;
        cur.lines.push(l);
        if (l.page !== cur.block.page) cur.block.pageEnd = l.page;
      } else drafts.push({ block: { type: 'quote', role: 'pull-quote', text: l.text, page: l.page }, lines: [l], cls, indent: l.x0 });
      prev = l;
      continue;
    }

    if ((cls === 'body' || cls === 'small') && !l.bold && (!cur || newPage || bigGap) && FLOAT_CAPTION.test(l.text)) {
      // A float's numbered caption in the text's own type ("Table 1: …", LaTeX's \caption) stands
      // where the float is put, at a column's top or foot: read as text, it ran into the paragraph
      // the column goes on with, between a word's halves ("re- Table 1: … sponse"). It is a box
      // that the table's smaller lines go on, so the text after it goes on with the text before.
      let j = i + 1;
      while (j < flow.length && sameFace(flow[j], l) && flow[j].y > flow[j - 1].y && flow[j].y - flow[j - 1].y <= gapLimit(l)) j++;
      // The caption is the box's text, and its number its label ("Table 1").
      const caption = flow.slice(i, j).map((x) => x.text).join(' ');
      const label = caption.slice(0, FLOAT_CAPTION.exec(caption)![0].search(/\s*[.:–—]\s$/u));
      drafts.push({ block: { type: 'box', role: 'box', label, text: label, page: l.page, parts: [{ type: 'paragraph', text: caption, page: l.page }] }, lines: flow.slice(i, j), cls: 'small', indent: l.x0 });
      prev = flow[j - 1];
      i = j - 1;
      continue;
    }
    if (cls === 'small' && cur?.block.type === 'box' && (!bigGap || l.x0 >= cur.indent - 2) && (!newPage || l.x0 >= edge(l).left + 4)) {
      addToBox(cur, l, marker, bigGap);
      prev = l;
      continue;
    }
    if (cls === 'small' && l.bold && isBoxLabel(l.text) && !isBackSection(l.text)) {
      // A box set in the small type of its text, its label in bold of that size ("Box 1: …",
      // "Key messages"): the label may wrap; regular small text follows it.
      let j = i + 1;
      while (j < flow.length && flow[j].font === l.font && Math.abs(flow[j].size - l.size) < 0.3 && flow[j].y - flow[j - 1].y <= gapLimit(l)) j++;
      const next = flow[j];
      if (next && classify(next, t) === 'small' && !next.bold) {
        const label = flow.slice(i, j).map((x) => x.text).join(' ');
        drafts.push({ block: { type: 'box', role: boxRole(label), label, text: label, page: l.page, parts: [] }, lines: flow.slice(i, j), cls: 'small', indent: l.x0 });
        prev = flow[j - 1];
        i = j - 1;
        continue;
      }
    }
    // An unlabelled box: a run of smaller, indented lines; but right under an Abstract heading
    // that run is the abstract, a paragraph of the text, from its first line (often set in
    // further) to its last.
    const abstractHead = (d: Draft | undefined) => d?.block.type === 'heading' && ABSTRACT_HEADING.test(d.block.text.trim());
    const underAbstract = abstractHead(cur) || (cur?.cls === 'small' && cur.block.type === 'paragraph' && abstractHead(drafts[drafts.length - 2]));
    if (cls === 'small' && !cur?.block.label && !underAbstract && l.x0 >= edge(l).left + 4 && flow.slice(i, i + 3).every((x) => classify(x, t) === 'small')) {
      const box: Draft = { block: { type: 'box', role: 'box', text: '', page: l.page, parts: [] }, lines: [], cls: 'small', indent: l.x0 };
      drafts.push(box);
      addToBox(box, l, marker, true);
      prev = l;
      continue;
    }

    if (marker) {
      // How this text sets its items, by the gaps between one and the next: an item after a
      // heading or a paragraph has the gap that follows those, not the list's own.
      const afterItem = open?.block.type === 'list-item';
      if (afterItem && !newPage) state[bigGap ? 'itemsSpaced' : 'itemsTight']++;
      drafts.push({
        block: { type: 'list-item', n: marker.marker, ordered: marker.ordered, depth: listDepth(drafts, l.x0), text: marker.rest, page: l.page },
        lines: [l],
        cls: 'list',
        indent: l.x0,
        spaced: newPage ? afterItem && !!open.spaced : bigGap || (!afterItem && state.itemsSpaced > state.itemsTight),
      });
      prev = l;
      continue;
    }

    const { left, right } = edge(l);
    const indented = l.x0 >= left + 12 && l.x1 <= right - 12;
    const tightQuote = opensTightQuote(l, flow[i + 1], cur, left, t);
    const indentOpens = !!cur && opensIndentedParagraph(l, flow[i + 1], cur, { left, right }, t);
    const atEdgeOfIndentedText = cur?.cls === 'body' && cls === 'body' && Math.abs(l.x0 - left) <= 2 && marksParagraphsByIndent(state);
    const drawnOpens = !!cur && cls === 'body' && !bigGap && !newPage && drawnItemOpens(cur, l, textExtent(l));
    const leavesSetIn = !!cur && !newPage && leavesSetInBlock(cur, l, textExtent(l));
    const continues =
      cur &&
      !drawnOpens &&
      !leavesSetIn &&
      hasRoom(cur.block.text) &&
      !tightQuote &&
      !indentOpens &&
      (cur.cls === 'body' || cur.cls === 'list' || cur.cls === 'quote' || cur.cls === 'small') &&
      cur.block.type !== 'box' &&
      (newPage ? !endsSentence(cur.block.text) || startsLowercase(l.text) || atEdgeOfIndentedText || numberedParagraphRunsOn(cur, l, left) : !bigGap) &&
      (cur.cls !== 'list' || l.x0 > cur.indent + 2 || newPage || (!bigGap && goesOnAtMarkersMargin(cur, l, textExtent(l).right))) &&
      // a justified quote runs to the column's right edge: its left inset is what holds it together
      (cur.cls !== 'quote' || (l.x0 >= left + 12 && l.x0 >= cur.indent - 2) || newPage) &&
      // a quote set in italic ends with its sentence where the roman text takes up again
      !(cur.cls === 'quote' && cur.lines[0].italic && !l.italic && (endsSentence(cur.block.text) || /[”"]$/.test(cur.block.text)));
    if (drawnOpens) {
      // the item above becomes one too, if it was read as a paragraph set in
      if (!cur.drawn) Object.assign(cur, { block: { ...drawnItem(cur.block.text, cur.block.page), pageEnd: cur.block.pageEnd }, cls: 'list', indent: cur.lines[0].x0, drawn: true });
      drafts.push({ block: drawnItem(l.text, l.page), lines: [l], cls: 'list', indent: l.x0, drawn: true });
    } else if (continues) {
      turnPageBefore(cur.block, l.page);
      cur.block.text = joinLine(cur.block.text, l.text);
      cur.lines.push(l);
      // a quote going on in the next column or page is set in from that column's edge
      if (newPage && cur.cls === 'quote') cur.indent = l.x0;
      if (l.page !== cur.block.page) cur.block.pageEnd = l.page;
    } else if (cur?.cls === 'body' && cls === 'body' && !newPage && (indentOpens || bigGap)) {
      if (indentOpens) state.openedByIndent++;
      else state.openedByGap++;
      drafts.push({ block: { type: 'paragraph', text: l.text, page: l.page }, lines: [l], cls: 'body', indent: l.x0, ...(indentOpens ? { byIndent: true } : {}) });
    } else if ((indented && cls === 'body' && !(cur?.cls === 'list' && !bigGap)) || tightQuote) {
      drafts.push({ block: { type: 'quote', role: 'block-quote', text: l.text, page: l.page }, lines: [l], cls: 'quote', indent: l.x0 });
    } else {
      drafts.push({ block: { type: 'paragraph', text: l.text, page: l.page }, lines: [l], cls: cls === 'small' ? 'small' : 'body', indent: l.x0 });
    }
    prev = l;
  }
}

/**
 * A line at a numbered paragraph's own margin going on with it: UN documents set "3." at the
 * margin and run the paragraph's next lines back to it (no line of the item hangs), so a line there opening with a capital
 * ("Republic of the Congo. …") is no new paragraph when the item's sentence has not ended and
 * its last line was full (the line's first word would not have fitted after it). A short line
 * ends the item, whatever follows.
 */
function goesOnAtMarkersMargin(cur: Draft, l: Line, right: number): boolean {
  // (A sentence's end does not end an item set apart by space, as a UN report's numbered
  // paragraphs are: its next paragraph would be set apart too; the caller has seen no gap.)
  if (cur.block.type !== 'list-item' || Math.abs(l.x0 - cur.indent) > 2 || (endsSentence(cur.block.text) && !cur.drawn && !cur.spaced) || listMarker(l.text)) return false;
  // an item set with a hanging indent (groff's .IP, a word processor's list) has ended: what
  // comes back to its number's margin is the text after the list
  if (cur.lines.some((x) => Math.abs(x.x0 - cur.indent) > 2)) return false;
  return !endedShort(cur, l, right);
}

/**
 * A numbered paragraph (UN style: "12." at the margin, its lines run back to it, paragraphs set
 * apart by space) going on at the top of the next column or page: there no gap can tell, but in
 * such a text a paragraph opens with its number, so an unnumbered line at the column's edge is
 * the same paragraph's. An item whose lines hang, or that has shown only one line, is not
 * known to be set so.
 */
function numberedParagraphRunsOn(cur: Draft, l: Line, left: number): boolean {
  return cur.block.type === 'list-item' && !!cur.spaced && !cur.drawn && cur.lines.length >= 2 && cur.lines.every((x) => Math.abs(x.x0 - cur.indent) <= 2) && Math.abs(l.x0 - left) <= 2 && !listMarker(l.text);
}

/** Whether the draft's last line ended short of its measure: l's first word would have fitted after it (a hard line end). */
function endedShort(cur: Draft, l: Line, right: number): boolean {
  const last = cur.lines[cur.lines.length - 1];
  const measure = Math.max(right, ...cur.lines.map((x) => x.x1));
  const word = /^\S+/.exec(l.text)?.[0] ?? '';
  const perChar = (l.x1 - l.x0) / Math.max(1, l.text.length);
  // letters differ in width: the word must fit with a sixth to spare, or the line may have been full
  return last.x1 + (word.length + 1) * perChar * 1.15 <= measure;
}

/**
 * Where the text of a line's page and column starts and ends: its lines of about the text's
 * size, the leftmost start and the furthest end. (The column's usual edges are the commonest
 * starts and ends: on a short page mostly of list items, the items' inset.)
 */
function extents(flow: Line[], t: Typography): (l: Line) => Edges {
  const by = new Map<string, Edges>();
  const key = (l: Line) => `${l.page}:${l.column ?? 0}`;
  for (const x of flow) {
    if (x.size < t.bodySize * 0.85 || x.size > t.bodySize * 1.25) continue;
    const e = by.get(key(x));
    if (e) [e.left, e.right] = [Math.min(e.left, x.x0), Math.max(e.right, x.x1)];
    else by.set(key(x), { left: x.x0, right: x.x1 });
  }
  return (l) => by.get(key(l)) ?? { left: l.x0, right: l.x1 };
}

/** An item of a list whose bullets are drawn: the text carries none, so it is marked by the typed bullet's sign. */
const drawnItem = (text: string, page: Block['page']): Block => ({ type: 'list-item', n: '•', ordered: false, depth: 1, text, page });

/**
 * A browser's list (and a word processor's, where the bullet is a vector dot or a glyph with no
 * text behind it) prints its bullets outside the text: every line of an item, and of the next,
 * starts at one inset from the column's edge, with no space between items. An item ends where
 * its last line ends short (the next word would have fitted): a line at that inset after it
 * opens the next item, as a typed "•" would. A paragraph set in on the left, at about a list's
 * indent, is read as such a run; a quotation (set in on both sides, read as one before) is not.
 */
function drawnItemOpens(cur: Draft, l: Line, { left, right }: Edges): boolean {
  const inset = l.x0 - left;
  if (inset < 12 || inset > 60 || listMarker(l.text)) return false;
  // (a paragraph opened by its first-line indent is no item: its text comes back to the edge)
  const runs = cur.drawn || (cur.cls === 'body' && cur.block.type === 'paragraph' && !cur.byIndent);
  if (!runs || !cur.lines.every((x) => Math.abs(x.x0 - l.x0) <= 2)) return false;
  // a line cut by gaps far wider than a word space is a table's row of cells ("Kadugli   Closed."),
  // which an item's running text never is
  if (l.parts || cur.lines.some((x) => x.parts)) return false;
  // an item ends a sentence or runs over lines it fills: a poem's, an address's or a table
  // column's short lines do neither, and each had become a bullet of its own (review18 c, 1)
  if (!endsSentence(cur.block.text) && !wrapped(cur, right)) return false;
  // An item opens as a sentence does; a ragged line of an indented quotation ("… along / with
  // the military …", "(HPG interviews, / 2020).") continues it, and is no item of its own.
  return opensItem(l.text, cur.block.text) && endedShort(cur, l, right);
}

/**
 * A line back at the text's edge under a block of two lines or more all set in alike from it
 * (a table's rows, lines broken by hand), the last ending its sentence short of the measure:
 * the block has ended, and the text at the edge is a paragraph of its own. (A paragraph's
 * indented first line is one line, and full.)
 */
function leavesSetInBlock(cur: Draft, l: Line, { left, right }: Edges): boolean {
  if (cur.cls !== 'body' || cur.lines.length < 2 || Math.abs(l.x0 - left) > 2) return false;
  const inset = cur.lines[0].x0 - left;
  if (inset < 12 || !cur.lines.every((x) => x.column === l.column && Math.abs(x.x0 - cur.lines[0].x0) <= 2)) return false;
  return endsSentence(cur.block.text) && endedShort(cur, l, right);
}

/** Whether a line may open a list item: a capital (or an opening quote before one), or a figure after an ended sentence. */
function opensItem(text: string, before: string): boolean {
  if (/^["“‘'(]?\p{Lu}/u.test(text)) return true;
  return /^\d/.test(text) && endsSentence(before);
}

/** Whether a draft runs over two lines or more, each but its last filled to the measure (a wrapped item, not a run of short lines). */
function wrapped(cur: Draft, right: number): boolean {
  const { lines } = cur;
  if (lines.length < 2) return false;
  const measure = Math.max(right, ...lines.map((x) => x.x1));
  return lines.slice(0, -1).every((x, k) => {
    const next = lines[k + 1];
    const word = /^\S+/.exec(next.text)?.[0] ?? '';
    const perChar = (next.x1 - next.x0) / Math.max(1, next.text.length);
    return x.x1 + (word.length + 1) * perChar * 1.15 > measure;
  });
}

/**
 * A short line in bold capitals, a little smaller than the text, over a line of running text
 * at least its size in a face of its own (CSS's letter-spaced SUMMARY over a summary): a
 * heading. A box's label stands over text smaller than the text's, and is read as one before.
 */
function capitalsHead(l: Line, next: Line | undefined, t: Typography): boolean {
  if (!l.bold || !next || next.bold || next.y <= l.y || next.y - l.y > l.size * 3 || next.size < l.size - 0.3 || classify(next, t) === 'small') return false;
  return wordCount(l.text) <= 4 && /\p{Lu}.*\p{Lu}/u.test(l.text) && !/\p{Ll}/u.test(l.text) && !/[.,;:]$/.test(l.text);
}

/**
 * Whether flow[i] is a short line centred over the block right below it, in that block's size
 * and not its face: the widest of the next lines (a first line may be indented) shares its
 * centre, and reaches well past it on both sides.
 */
function headsCentred(flow: Line[], i: number): boolean {
  const l = flow[i];
  const next = flow[i + 1];
  if (!next || next.bold || Math.abs(next.size - l.size) >= 0.3 || next.y - l.y > l.size * 3 || next.y <= l.y) return false;
  if (wordCount(l.text) > 4 || /[.,;:]$/.test(l.text) || listMarker(l.text)) return false;
  const below = flow.slice(i + 1, i + 4).filter((x) => x.column === next.column && x.y > l.y && x.y - l.y < l.size * 6);
  const widest = below.reduce((a, b) => (b.x1 - b.x0 > a.x1 - a.x0 ? b : a), next);
  const centre = (x: Line) => (x.x0 + x.x1) / 2;
  return Math.abs(centre(l) - centre(widest)) <= l.size && l.x0 > widest.x0 + l.size * 3 && l.x1 < widest.x1 - l.size * 3;
}

/**
 * A paragraph's first line set in by a paragraph indent (LaTeX's and most journals' style: no
 * space between paragraphs) while the next line of its column is back at the edge. Without
 * this rule, a column of indented paragraphs reads as one paragraph. A block quote is set in
 * on every line, so it is not taken for one.
 */
function opensIndentedParagraph(l: Line, after: Line | undefined, cur: Draft, { left, right }: Edges, t: Typography): boolean {
  if (cur.cls !== 'body' || !isBodyLine(l, t)) return false;
  const inset = l.x0 - left;
  if (inset < Math.max(3, t.bodySize * 0.6) || inset > t.bodySize * 4) return false;
  // A paragraph of one line (or one whose second line is indented alike: a one-line paragraph
  // after it) under a paragraph set in at this same indent: the text above ended its sentence
  // short of the measure, so this line at the paragraph indent starts a paragraph as the one
  // above did. Read as a quote set in alike, a run of short paragraphs had become one block quote.
  const sameColumn = cur.lines.every((x) => x.column === l.column);
  const setInAlike = sameColumn && Math.abs(cur.lines[0].x0 - l.x0) <= 2 && (cur.byIndent === true || cur.lines.some((x) => Math.abs(x.x0 - left) <= 2));
  if (setInAlike && endsSentence(cur.block.text) && endedShort(cur, l, right)) return true;
  // a quote's lines are all set in alike: the line above at this inset is the same quote
  const last = cur.lines[cur.lines.length - 1];
  if (last.column === l.column && Math.abs(last.x0 - l.x0) <= 2) return false;
  const next = following(l, after, t);
  return !next || Math.abs(next.x0 - left) <= 2;
}

/** The next line of the same column, if it follows closely (no gap, no column or page turn). */
function following(l: Line, next: Line | undefined, t: Typography): Line | undefined {
  return next !== undefined && next.column === l.column && next.y > l.y && next.y - l.y < t.leading * 1.6 ? next : undefined;
}

/**
 * A block quote with no space around it: lines set in alike, after a line at the column's edge.
 * (With space around it, the gap starts it.)
 */
function opensTightQuote(l: Line, after: Line | undefined, cur: Draft | undefined, left: number, t: Typography): boolean {
  // a quote may be set in italic at the text size (groff's .QP under an italic font)
  const textSize = isBodyLine(l, t) || (l.italic && Math.abs(l.size - t.bodySize) < 0.6);
  if (cur?.cls !== 'body' || !textSize || l.x0 - left < 12) return false;
  const last = cur.lines[cur.lines.length - 1];
  const next = following(l, after, t);
  return last.column === l.column && Math.abs(last.x0 - left) <= 2 && next !== undefined && Math.abs(next.x0 - l.x0) <= 2;
}

function addToBox(box: Draft, l: Line, marker: ReturnType<typeof listMarker>, bigGap: boolean): void {
  const parts = box.block.parts!;
  box.lines.push(l);
  if (l.page !== box.block.page) box.block.pageEnd = l.page;
  const lastPart = parts[parts.length - 1];
  if (marker) {
    parts.push({ type: 'list-item', n: marker.marker, ordered: marker.ordered, depth: 1, text: marker.rest, page: l.page });
  } else if (lastPart && !bigGap && !(lastPart.type === 'list-item' && l.x0 <= box.indent + 2 && endsSentence(lastPart.text))) {
    turnPageBefore(lastPart, l.page);
    lastPart.text += ' ' + l.text;
  } else {
    parts.push({ type: 'paragraph', text: l.text, page: l.page });
  }
}

/** Depth of a list item from its marker's indent relative to the open list above it. */
function listDepth(drafts: Draft[], x: number): number {
  const stack: number[] = [];
  for (let i = drafts.length - 1; i >= 0 && drafts[i].cls === 'list'; i--) {
    const d = drafts[i];
    if (d.block.type !== 'list-item') break;
    if (Math.abs(d.indent - x) < 3) return d.block.depth ?? 1;
    if (d.indent < x - 3 && !stack.length) return (d.block.depth ?? 1) + 1;
    stack.push(d.indent);
  }
  return 1;
}
