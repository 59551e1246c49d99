import type { Snapshot } from './index-store.js';
import { helpers, type Query } from './view-helpers.js';
import { FACETS } from './search/facets.js';
import { runSearch, type SearchRequest } from './search/service.js';
import type { Budget } from './search/budget.js';

export interface Suggestion {
  label: string;
  href: string;
  total: number;
}

/** Filters tried one at a time: each costs a search, so a request with many filters is not a search per filter. */
export const MAX_SUGGESTIONS_TRIED = 12;

/**
 * With nothing found: which single filter to drop, and what that would give. Each try is a
 * search; tries stop at MAX_SUGGESTIONS_TRIED or when the request's time budget is spent.
 */
export function zeroHitSuggestions(snap: Snapshot, r: SearchRequest, query: Query, label: (facet: string, id: string) => string, citingTitle: string | null, budget: Budget): Suggestion[] {
  const out: Suggestion[] = [];
  let tried = 0;
  const more = () => tried++ < MAX_SUGGESTIONS_TRIED && budget.allows();
  for (const f of FACETS) {
    const chosen = r.filters[f];
    if (!chosen) continue;
    for (const id of [...chosen.include, ...chosen.exclude]) {
      if (!more()) return out;
      const without = { ...r.filters, [f]: { include: chosen.include.filter((x) => x !== id), exclude: chosen.exclude.filter((x) => x !== id) } };
      const total = runSearch(snap, { ...r, filters: without, size: 1, budget }).total;
      const value = chosen.exclude.includes(id) ? `-${id}` : id;
      if (total) out.push({ label: `${f}: ${label(f, id)}`, href: helpers.toggle(query, f, value), total });
    }
  }
  if (citingTitle && r.q && more()) out.push({ label: `cites: ${citingTitle}`, href: helpers.urlWith(query, { cites: null }), total: runSearch(snap, { ...r, cites: undefined, size: 1, budget }).total });
  return out;
}
