import type { DocumentRecord, Passage } from '../core/types.js';
import { locatorLabel } from '../core/csl.js';
import type { Snapshot } from './index-store.js';
import { citationSegments } from './citing-context.js';
import { queryText, searchRequest, single } from './http/params.js';
import { runSearch } from './search/service.js';
import { markedRanges, type QueryMarks } from './search/snippet.js';
import { urlWith, withPageTurns, type TextPiece } from './view-helpers.js';

// A document's reading view: the whole document when it is small, else one part of it around
// the passage asked for, with links to the other parts and to the whole. A 306-page PDF (1,973
// passages) rendered whole was 4.96 MB of HTML and 44k DOM nodes, 7 s to open on a phone.
// Opened from a search (q=), the query's words are marked with the snippets' matcher and the
// page links the previous and next hit in the document.

/** Documents of up to this many passages render whole, as they always did. */
export const WHOLE_MAX_PASSAGES = 300;
/** Passages in a part of a longer document (some 20–25 pages of a report)… */
export const PART_PASSAGES = 150;
/** …its end moved up to this many passages on so that a part ends with a page, not within one. */
const PAGE_SLACK = 40;
/** Hits of the query in the document walked by previous/next, the best first: more than any reader walks. */
const MAX_HITS = 5000;

export interface Part {
  /** ordinals [first, end) of the build */
  first: number;
  end: number;
  /** "pp. 23–45", or "passages 151–300" for a text without pages */
  label: string;
}

const partsCache = new WeakMap<Snapshot, Map<string, Part[]>>();

/** A document's parts: one for a small document; else runs of PART_PASSAGES ended at a page's end. */
export function partsOf(snap: Snapshot, doc: string): Part[] {
  let byDoc = partsCache.get(snap);
  if (!byDoc) partsCache.set(snap, (byDoc = new Map()));
  const known = byDoc.get(doc);
  if (known) return known;
  const range = snap.passages.rangeOf(doc);
  const parts: Part[] = [];
  if (range && range.end - range.first <= WHOLE_MAX_PASSAGES) parts.push({ first: range.first, end: range.end, label: '' });
  else if (range) {
    const pageOf = (o: number) => snap.passages.at(o).physicalPage;
    for (let first = range.first; first < range.end; ) {
      let end = Math.min(first + PART_PASSAGES, range.end);
      // a short remainder joins this part rather than making a part of a few passages
      if (range.end - end < PART_PASSAGES / 3) end = range.end;
      const limit = Math.min(end + PAGE_SLACK, range.end);
      if (pageOf(end - 1) !== null) while (end < limit && pageOf(end) === pageOf(end - 1)) end++;
      parts.push({ first, end, label: partLabel(snap.passages.at(first), snap.passages.at(end - 1), first - range.first, end - range.first) });
      first = end;
    }
  }
  byDoc.set(doc, parts);
  return parts;
}

/**
 * The printed pages a part runs over when they read as a range ("pp. 23–45"); else the file's
 * pages (printed numbers that start again, as in a compilation of reports, made "pp. 132–6");
 * "passages 151–300" for a text without pages.
 */
function partLabel(a: Passage, b: Passage, from: number, to: number): string {
  const last = b.pageEnd ?? b.page;
  if (a.page !== null && last !== null && (a.page === last || (/^\d+$/.test(a.page) && /^\d+$/.test(last) && Number(a.page) < Number(last)))) {
    return locatorLabel({ page: a.page, pageEnd: last === a.page ? null : last, pageIsPhysical: a.pageIsPhysical && b.pageIsPhysical });
  }
  if (a.physicalPage !== null && b.physicalPage !== null) return locatorLabel({ page: String(a.physicalPage), pageEnd: a.physicalPage === b.physicalPage ? null : String(b.physicalPage), pageIsPhysical: true });
  return `passages ${from + 1}–${to}`;
}

export type { TextPiece } from './view-helpers.js';

/** A run of a passage's text, a link where it is an in-text citation, cut into marked and unmarked pieces. */
export interface MarkedSegment {
  href?: string;
  title?: string;
  pieces: TextPiece[];
}

export interface HitNav {
  q: string;
  total: number;
  /** hits walked by previous/next (at most MAX_HITS of total) */
  listed: number;
  /** 1-based position of the highlighted passage among the hits, null when it is no hit */
  at: number | null;
  previous: string | null;
  next: string | null;
  first: string | null;
  /** the highlighted passage (hl=) is in another part than the one shown: which, and a link into it */
  elsewhere: { part: number; label: string; href: string } | null;
}

export interface ReadingView {
  passages: Passage[];
  parts: Part[];
  /** index of the part shown; -1: the whole document */
  current: number;
  /** the passage to highlight (hl=) */
  hl: string | null;
  /** the query as typed, cut where the search cuts it */
  q: string;
  /** what was done to the query (shortened), as the search page says it */
  warnings: string[];
  hits: HitNav | null;
  /** a link to a passage of the document, into the part that holds it */
  anchor: (passageId: string) => string;
  /** a link to another part, or the whole (-1) */
  partHref: (index: number) => string;
  /** a link to a hit, with the query kept */
  hitHref: (passageId: string) => string;
  segments: (p: Passage) => MarkedSegment[];
}

type QueryInput = Record<string, unknown>;

/** The reading view of a document for the request's q, hl, part and all. */
export function readingView(snap: Snapshot, d: DocumentRecord, query: QueryInput): ReadingView {
  const parts = partsOf(snap, d.id);
  // read as the search reads it, cut once at the same length: a query of 201–500 characters,
  // searched, was answered 400 (q is too long) by its hits' "Open in context" (ui44)
  const read = queryText(query);
  const q = read.typed.trim();
  const hlRaw = single(query, 'hl') ?? null;
  const hlOrd = hlRaw === null ? undefined : snap.passages.ordinalOf(hlRaw);
  const hl = hlOrd !== undefined && snap.passages.docOf(hlOrd) === d.id ? hlRaw : null;
  // a query that searched for nothing ("*", a broken field) has every passage as a hit: no hits to walk
  const found = q ? hitsIn(snap, d, q) : null;
  const partOf = (ord: number) => parts.findIndex((p) => ord >= p.first && ord < p.end);

  let current = 0;
  const asked = Number(single(query, 'part'));
  if (parts.length <= 1 || single(query, 'all') === '1') current = parts.length <= 1 ? 0 : -1;
  else if (Number.isInteger(asked) && asked >= 1 && asked <= parts.length) current = asked - 1;
  else if (hlOrd !== undefined && hl) current = partOf(hlOrd);
  else if (found?.ords.length) current = partOf(found.ords[0]);
  const shown = current < 0 ? { first: parts[0]?.first ?? 0, end: parts[parts.length - 1]?.end ?? 0 } : parts[current];
  const ords: number[] = [];
  for (let o = shown.first; o < shown.end; o++) ords.push(o);
  snap.passages.readAhead?.(ords);
  const passages = ords.map((o) => snap.passages.at(o));

  const path = `/documents/${encodeURIComponent(d.id)}`;
  const keep = q ? { q } : {};
  const anchor = (id: string) => {
    const o = snap.passages.ordinalOf(id);
    if (o === undefined || (o >= shown.first && o < shown.end)) return `#p-${id}`;
    return `${urlWith(keep, { part: String(partOf(o) + 1) }, path)}#p-${id}`;
  };
  const hitHref = (id: string) => `${urlWith(keep, { hl: id }, path)}#p-${id}`;
  const partHref = (i: number) => (i < 0 ? urlWith(keep, { all: '1', ...(hl ? { hl } : {}) }, path) + (hl ? `#p-${hl}` : '') : urlWith(keep, { part: String(i + 1) }, path));

  const segments = (p: Passage): MarkedSegment[] =>
    citationSegments(p, d).map((seg, _i, all) => ({
      ...(seg.href ? { href: seg.href.startsWith('#p-') ? anchor(seg.href.slice(3)) : seg.href, title: seg.title } : {}),
      pieces: withPageTurns(found ? pieces(seg.text, offsetOf(all, seg), found.rangesOf(p)) : [{ text: seg.text, mark: false }], offsetOf(all, seg), p),
    }));

  // part= may show a part without hl: the hit bar's "Hit 2 of 2" then names a passage not on
  // the page, so it says where that passage is and links into its part
  const nav = found ? navAround(snap, found.ords, found.total, hlOrd, q) : null;
  if (nav && hl && hlOrd !== undefined && !(hlOrd >= shown.first && hlOrd < shown.end)) {
    const part = partOf(hlOrd);
    nav.elsewhere = { part: part + 1, label: parts[part].label, href: anchor(hl) };
  }
  return { passages, parts, current, hl, q, warnings: read.warnings, hits: nav, anchor, partHref, hitHref, segments };
}

/** Where a segment starts in its passage's text (the segments tile the text in order). */
function offsetOf(all: readonly { text: string }[], seg: { text: string }): number {
  let at = 0;
  for (const s of all) {
    if (s === seg) return at;
    at += s.text.length;
  }
  return at;
}

/** A segment's text cut at the marked ranges of its passage (offsets into the passage's text). */
function pieces(text: string, start: number, ranges: readonly [number, number][]): TextPiece[] {
  const out: TextPiece[] = [];
  let at = 0;
  for (const [a, b] of ranges) {
    const from = Math.max(a - start, at);
    const to = Math.min(b - start, text.length);
    if (to <= from) continue;
    if (from > at) out.push({ text: text.slice(at, from), mark: false });
    out.push({ text: text.slice(from, to), mark: true });
    at = to;
  }
  if (at < text.length) out.push({ text: text.slice(at), mark: false });
  return out;
}

/** The query's hits in this document in reading order, and its marks. */
function hitsIn(snap: Snapshot, d: DocumentRecord, q: string): { ords: number[]; total: number; rangesOf: (p: Passage) => [number, number][] } | null {
  const base = searchRequest({ q, doc: d.id }, snap);
  const result = runSearch(snap, { ...base, size: MAX_HITS, perDoc: 0, autoGroup: false, near: false, snippets: false, facetCounts: false });
  if (result.query.browsed) return null;
  const marks: QueryMarks = result.marks;
  return { ords: result.hits.map((h) => h.ordinal).sort((a, b) => a - b), total: result.total, rangesOf: (p) => markedRanges(p.text, marks) };
}

/** The hits before and after the highlighted passage (or the first hit when none is). */
function navAround(snap: Snapshot, ords: readonly number[], total: number, hlOrd: number | undefined, q: string): HitNav {
  const id = (o: number | undefined) => (o === undefined ? null : snap.passages.at(o).id);
  if (hlOrd === undefined) return { q, total, listed: ords.length, at: null, previous: null, next: id(ords[0]), first: id(ords[0]), elsewhere: null };
  const i = ords.indexOf(hlOrd);
  const before = ords.filter((o) => o < hlOrd);
  const after = ords.find((o) => o > hlOrd);
  return { q, total, listed: ords.length, at: i >= 0 ? i + 1 : null, previous: id(before[before.length - 1]), next: id(after), first: id(ords[0]), elsewhere: null };
}
