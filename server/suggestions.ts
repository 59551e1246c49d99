import { helpers, type Query } from './view-helpers.js';
import type { Suggestion } from './search/service.js';

export interface DropLink {
  label: string;
  href: string;
  total: number;
}

/**
 * The search's "without this filter" suggestions (made by the search, see suggest() in
 * search/service.ts) as links of the search page, labelled for a reader.
 */
export function dropFilterLinks(suggestions: Suggestion[] | undefined, query: Query, label: (facet: string, id: string) => string, citingTitle: string | null): DropLink[] {
  return (suggestions ?? []).flatMap(({ drop, total }) => {
    if (!drop) return [];
    if (drop.facet === 'cites') return [{ label: `cites: ${citingTitle ?? drop.value}`, href: helpers.urlWith(query, { cites: null }), total }];
    return [{ label: `${drop.facet}: ${label(drop.facet, drop.value.replace(/^-/, ''))}`, href: helpers.toggle(query, drop.facet, drop.value), total }];
  });
}
