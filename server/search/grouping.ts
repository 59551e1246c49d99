import type { PassageStore } from '../../core/passage-store.js';
import type { FacetName, FacetValue } from './facets.js';
import { badRequest, type HttpError } from '../http/errors.js';

// Hits as pages walk through them: at most perDoc passages per document, the rest counted as
// "k more in this document". Only the hits up to the requested page are walked, so a caller
// that can produce hits in order lazily (ranked-hits.ts) never orders them all.

export interface OrderedHit {
  ord: number;
  score: number;
}

export interface GroupedHit extends OrderedHit {
  /** more hits in the same document beyond those shown */
  more?: number;
}

/** One page of a search's hits and what the response says about all of them. */
export interface PageOfHits {
  total: number;
  /** documents the hits come from */
  documents: number;
  grouped: boolean;
  /** hits after collapsing to perDoc per document */
  shown: number;
  /** the requested page */
  page: GroupedHit[];
  facets: Record<FacetName, FacetValue[]>;
  /** per facet, how many values with hits were not listed */
  facetsMore: Partial<Record<FacetName, number>>;
}

/** Hits per document (a document without hits is not in it): a Map, or a view over counts (FacetIndex.apply). */
export interface PerDocument {
  readonly size: number;
  get(doc: string): number | undefined;
  /** the documents' counts (a document without hits may be there as 0) */
  values(): Iterable<number>;
  /** the documents in passage order */
  keys(): Iterable<string>;
}

export interface GroupingRequest {
  page: number;
  size: number;
  perDoc: number;
  autoGroup?: boolean;
  /** documents chosen in the doc filter: one alone is never grouped */
  docFilter?: readonly string[];
}

/**
 * Hits shown across the documents, each document's count capped at `limit`. A column of counts
 * (FacetIndex.apply's, one per document, 4,000 at 100k) is read by index: iterated, it made an
 * object per document, a tenth of what a search allocated.
 */
function shownCount(counts: Iterable<number>, limit: number): number {
  let shown = 0;
  if (counts instanceof Uint32Array) {
    for (let d = 0; d < counts.length; d++) shown += Math.min(limit, counts[d]);
    return shown;
  }
  for (const n of counts) shown += Math.min(limit, n);
  return shown;
}

/**
 * Collapses hits in order to the page asked for. `perDocTotal`: every document with hits and
 * how many (the hits not yet walked included); `ordered`: the hits best first, read only as
 * far as the page needs.
 */
/** Passages shown per document: perDoc, unless one document is chosen or the hits span too few documents to group. */
function perDocLimit(perDocTotal: PerDocument, req: GroupingRequest): number {
  const manyDocuments = !req.autoGroup || perDocTotal.size >= Math.ceil(req.size / Math.max(1, req.perDoc));
  return req.perDoc > 0 && manyDocuments && !(req.docFilter?.length === 1) ? req.perDoc : Infinity;
}

/**
 * Whether the page asked for starts after the last hit shown: its answer is groupPage([], …),
 * known from the counts alone. Ranking every hit to find that out (page=100000) cost a 100k
 * library 0.3–0.5 s of CPU a request.
 */
export function pastLastPage(perDocTotal: PerDocument, req: GroupingRequest): boolean {
  return (req.page - 1) * req.size >= shownCount(perDocTotal.values(), perDocLimit(perDocTotal, req));
}

/**
 * Results a page may start after, at most. A page is found by ranking every hit before it: at
 * 100k passages page 500 of 100 (perDoc=0) took 190–240 ms of CPU and page 600 of 20 280 ms,
 * where page 1 takes 15–50 (attack19). Page 500 of 20, or 100 of 100, is still served.
 */
export const DEEPEST_RESULT = 10_000;

/** The deepest page of `size` results tooDeep lets through: the last a pager may link. */
export function deepestPage(size: number): number {
  return Math.ceil(DEEPEST_RESULT / Math.max(1, size));
}

/** A 400 for a page that exists but starts past DEEPEST_RESULT (call it once the page is known not to be past the last); undefined for any other. */
export function tooDeep(req: Pick<GroupingRequest, 'page' | 'size'>): HttpError | undefined {
  const start = (req.page - 1) * req.size;
  if (start < DEEPEST_RESULT) return undefined;
  return badRequest(`Pages reach the first ${DEEPEST_RESULT.toLocaleString('en')} results; page ${req.page} of ${req.size} starts after result ${start.toLocaleString('en')}. Narrow the search (more words, a filter, a year) to see later results.`);
}

export function groupPage(ordered: Iterable<OrderedHit>, perDocTotal: PerDocument, passages: Pick<PassageStore, 'docOf'>, req: GroupingRequest): Omit<PageOfHits, 'total' | 'facets' | 'facetsMore'> {
  const limit = perDocLimit(perDocTotal, req);
  const shown = shownCount(perDocTotal.values(), limit);
  const start = (req.page - 1) * req.size;
  const want = start + req.size;
  const seen = new Map<string, number>();
  const collapsed: GroupedHit[] = [];
  for (const h of ordered) {
    if (collapsed.length >= want) break;
    const doc = passages.docOf(h.ord);
    const n = (seen.get(doc) ?? 0) + 1;
    seen.set(doc, n);
    if (n > limit) continue;
    const total = perDocTotal.get(doc)!;
    collapsed.push(n === Math.min(limit, total) && total > limit ? { ...h, more: total - limit } : h);
  }
  return { documents: perDocTotal.size, grouped: limit !== Infinity, shown, page: collapsed.slice(start, want) };
}
