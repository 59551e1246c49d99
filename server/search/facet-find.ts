import { foldForMatching } from '../../core/text.js';
import { single, searchRequest, type QueryInput } from '../http/params.js';
import { badRequest } from '../http/errors.js';
import type { Snapshot } from '../index-store.js';
import { FACETS, MAX_FACET_VALUES, type FacetName, type FacetValue } from './facets.js';
import { runSearch } from './service.js';

// The facet filter box of a search page holds the 50 values the page lists; at 4,193 documents
// and 3,380 authors the one a reader types was mostly not among them, and "list all" reloaded
// the page with every value of every facet (2.1 MB). This answers the box: the values of one
// facet, for the search the page shows, whose name holds the words typed.

/** Values answered at most (the most frequent first); the count says how many matched. */
export const FOUND_VALUES = 30;
const MAX_FIND = 100;

export interface FacetFind {
  facet: FacetName;
  find: string;
  /** values of the facet with hits whose label holds every word of `find` */
  matching: number;
  values: FacetValue[];
}

const isFacet = (f: string): f is FacetName => (FACETS as readonly string[]).includes(f);

export function facetFind(snap: Snapshot, query: QueryInput): FacetFind {
  const facet = single(query, 'facet') ?? '';
  if (!isFacet(facet)) throw badRequest(`facet must be one of ${FACETS.join(', ')}`);
  const find = (single(query, 'find') ?? '').trim();
  if (!find || find.length > MAX_FIND) throw badRequest(`find must be 1 to ${MAX_FIND} characters`);
  const sr = searchRequest(query, snap);
  // no page of hits: the counts only, every value of every facet (as "list all" would list them)
  const result = runSearch(snap, { ...sr, page: 1, size: 0, facetSize: MAX_FACET_VALUES });
  const words = foldForMatching(find).split(/\s+/).filter(Boolean);
  const found = (result.facets[facet] ?? []).filter((v) => {
    const label = foldForMatching(`${v.label} ${v.id}`);
    return words.every((w) => label.includes(w));
  });
  return { facet, find, matching: found.length, values: found.slice(0, FOUND_VALUES) };
}
