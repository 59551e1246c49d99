import { urlWith, type Query } from './view-helpers.js';

// The links and the "go to page" box under a list that comes a page at a time (search results,
// /about's documents). At 300 documents a search has 46 pages and Previous/Next alone left page
// 30 or the last one to whoever edits the URL (userreview18b, 5). A page the request reader
// refuses (beyond `maxPage`) is never linked: the last one linked is the deepest it reads, and
// the page says so.

export interface PagerInput {
  /** the current URL's query, as its links carry it */
  query: Query;
  page: number;
  pages: number;
  /** the deepest page the route reads (its `page` parameter's maximum) */
  maxPage: number;
  /** the list's path and the fragment its links end in ("/about", "#documents") */
  path?: string;
  hash?: string;
}

export interface Pager {
  page: number;
  pages: number;
  /** the last page that can be opened: `pages`, or `maxPage` when there are more */
  last: number;
  /** pages after `last` that no link or box reaches */
  beyond: number;
  first?: string;
  previous?: string;
  next?: string;
  lastHref?: string;
  /** the box's form: where it goes and the parameters it carries besides `page` */
  action: string;
  hidden: [string, string][];
}

export function pager({ query, page, pages, maxPage, path = '/', hash = '' }: PagerInput): Pager {
  const last = Math.max(1, Math.min(pages, maxPage));
  const href = (n: number) => urlWith(query, { page: n > 1 ? String(n) : null }, path) + hash;
  // past the last page (a stale bookmark), Previous leads to the last one, not to another empty page
  const previousPage = Math.min(page - 1, last);
  const hidden: [string, string][] = [];
  for (const [k, v] of Object.entries(query)) {
    if (k === 'page' || v === undefined) continue;
    for (const one of Array.isArray(v) ? v : [v]) if (String(one) !== '') hidden.push([k, String(one)]);
  }
  return {
    page,
    pages,
    last,
    beyond: Math.max(0, pages - last),
    first: page > 2 ? href(1) : undefined,
    previous: page > 1 ? href(previousPage) : undefined,
    next: page < last ? href(page + 1) : undefined,
    lastHref: page < last - 1 ? href(last) : undefined,
    action: path + hash,
    hidden,
  };
}
