import { z } from 'zod';
import type { Snapshot } from '../index-store.js';
import { FACET_VALUES, FACETS, MAX_FACET_VALUES, type FacetFilters } from '../search/facets.js';
import { QUERY_LIMITS } from '../search/query-limits.js';
import { cutQuery } from '../search/query-parser.js';
import { standardQuotes } from '../search/quote-pairs.js';
import { Budget } from '../search/budget.js';
import type { SearchRequest } from '../search/service.js';
import { badRequest, HttpError } from './errors.js';
import { documentAlias, removedTitle } from '../../core/build/aliases.js';
import { listIds } from '../reading-list.js';

// Query-string parameters → typed requests. Whatever arrives (a repeated parameter, an object
// from bracket syntax, a value thousands of characters long) is either read or answered with
// a 400 that says what to change; nothing reaches the handlers unchecked.

export type QueryInput = Record<string, unknown>;

/** Filter values one request may carry in all (each is a set operation and a link on the page). */
export const MAX_FILTER_VALUES = 50;
/** The deepest page of results a search reads (the pager links no further and says so). */
export const MAX_PAGE = 100000;
/** The longest value any single parameter may have, besides q (which is cut, with a warning). */
export const MAX_VALUE_LENGTH = 200;

const Value = z.union([z.string(), z.array(z.string())]).optional();

/** Every value of a parameter that may repeat, empty ones dropped. */
export function values(query: QueryInput, name: string): string[] {
  const parsed = Value.safeParse(query[name]);
  if (!parsed.success) throw badRequest(`${name} must be text (${name}=value), given once or repeated`);
  const v = parsed.data;
  return (v === undefined ? [] : Array.isArray(v) ? v : [v]).filter((s) => s !== '');
}

/** A parameter given at most once (an empty value counts as absent). */
export function single(query: QueryInput, name: string): string | undefined {
  const vs = values(query, name);
  if (vs.length > 1) throw badRequest(`${name} may be given only once`);
  if (vs[0] !== undefined && vs[0].length > MAX_VALUE_LENGTH) throw badRequest(`${name} is too long`);
  return vs[0];
}

export function intParam(query: QueryInput, name: string, def: number, min: number, max: number): number {
  const v = single(query, name);
  if (v === undefined) return def;
  const n = Number(v);
  if (!/^\s*\d+\s*$/.test(v) || !Number.isInteger(n) || n < min || n > max) throw badRequest(`${name} must be a whole number from ${min} to ${max}`);
  return n;
}

/**
 * The query text: repeated q's are joined; beyond the length limit it is cut, with a warning.
 * `q` is its standard form, what the search reads; `typed` the same words as the user typed
 * them, what the page shows back and its links carry (a query typed with „…“ came back as “…“).
 */
export function queryText(query: QueryInput): { q: string; typed: string; warnings: string[] } {
  // other languages' quotation marks as the parser's own (quote-pairs.ts), so every reader of
  // the query (the parser, the phrase loosening, the place and operator hints) sees one set
  const typed = values(query, 'q').join(' ');
  const q = standardQuotes(typed);
  const warnings = bracketNames(query);
  if (q.length <= QUERY_LIMITS.length) return { q, typed, warnings };
  // cut once, as typed: the standard form of the same words (« a » loses its inner spaces, so
  // two cuts could end a word apart, review44)
  const cut = cutQuery(typed, QUERY_LIMITS.length);
  return { q: standardQuotes(cut), typed: cut, warnings: [...warnings, `The query was shortened to the words in its first ${QUERY_LIMITS.length} characters.`] };
}

/**
 * Parameters named with brackets (q[]=a&q[]=b, as PHP-style clients write a list) are not read
 * here, where a list is the parameter repeated: said, rather than a search for q[] answered as a
 * browse of every passage without a word. `read` limits it to the names a route reads.
 */
export function bracketNames(query: QueryInput, read: (name: string) => boolean = () => true): string[] {
  const named = Object.keys(query).filter((k) => /\[[^\]]*\]$/.test(k) && read(k.replace(/\[[^\]]*\]$/, '')));
  if (!named.length) return [];
  const shown = [...new Set(named.map((k) => k.replace(/\[[^\]]*\]$/, '')))].slice(0, 5);
  return [`Parameters named with brackets (${named.slice(0, 5).map((k) => `"${k.slice(0, 40)}"`).join(', ')}) are not read: repeat the parameter instead (${shown.map((n) => `${n.slice(0, 40)}=a&${n.slice(0, 40)}=b`).join(', ')}).`];
}

/**
 * A search shared by e-mail or bookmarked months ago names its document by the id it had then; a
 * rebuild that saw the file renamed records old id → new (aliases.json), as the document's own
 * page follows it. The search follows it too, and says so, rather than answering "unknown doc".
 */
function renamedDoc(snap: Snapshot, id: string, shown: string, warnings: string[]): string | undefined {
  const to = documentAlias(snap.aliases, id);
  const known = to === undefined ? undefined : snap.facets.resolve('doc', to);
  if (known !== undefined) warnings.push(`The document "${shown}" was renamed "${known}" by a rebuild: the search is limited to it under its new name.`);
  return known;
}

/** A document whose file a rebuild removed: a 400 that says so and links to the same search without it. */
function throwIfRemoved(snap: Snapshot, query: QueryInput, value: string, shown: string): void {
  const id = value.startsWith('-') ? value.slice(1) : value;
  const title = removedTitle(snap.aliases, id);
  if (title === undefined) return;
  const rest = new URLSearchParams();
  for (const [name, v] of Object.entries(query)) {
    const vs = typeof v === 'string' ? [v] : Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
    for (const x of vs) if (!(name === 'doc' && x === value) && name !== 'page') rest.append(name, x);
  }
  throw new HttpError(400, `The document "${shown}" (“${title}”) was removed from the library by a rebuild: its file is no longer indexed.`, {}, { href: `?${rest.toString()}`, text: 'The same search without it' });
}

/** near=0 turns the passages with a quoted phrase's words apart off; absent or 1, on. */
function nearParam(query: QueryInput): boolean {
  const v = single(query, 'near');
  if (v !== undefined && v !== '0' && v !== '1') throw badRequest('near must be 0 or 1');
  return v !== '0';
}

/** Query string → search request; anything out of range is a 400 with a message. */
export function searchRequest(query: QueryInput, snap: Snapshot): SearchRequest {
  const filters: FacetFilters = {};
  const { q, typed, warnings } = queryText(query);
  let count = 0;
  for (const f of FACETS) {
    const vs = values(query, f);
    if (!vs.length) continue;
    count += vs.length;
    if (count > MAX_FILTER_VALUES) throw badRequest(`at most ${MAX_FILTER_VALUES} filter values may be combined`);
    const include: string[] = [];
    const exclude: string[] = [];
    for (const v of vs) {
      const excluded = v.startsWith('-') && f !== 'year';
      const id = excluded ? v.slice(1) : v;
      const shown = v.length > 60 ? `${v.slice(0, 60)}…` : v;
      const known = snap.facets.resolve(f, id) ?? (f === 'doc' ? renamedDoc(snap, id, shown, warnings) : undefined);
      if (known === undefined) {
        if (f === 'doc') throwIfRemoved(snap, query, v, shown);
        throw badRequest(f === 'year' ? `year must be a year (2020) or a range (2019-2021), not "${shown}"` : `unknown ${f} "${shown}"`);
      }
      (excluded ? exclude : include).push(known);
    }
    filters[f] = { include, exclude };
  }
  const sort = single(query, 'sort') ?? 'relevance';
  if (sort !== 'relevance' && sort !== 'date') throw badRequest('sort must be relevance or date');
  return {
    q,
    ...(typed !== q ? { typed } : {}),
    warnings,
    filters,
    page: intParam(query, 'page', 1, 1, MAX_PAGE),
    size: intParam(query, 'size', 20, 1, 100),
    sort,
    perDoc: intParam(query, 'perDoc', 3, 0, 100),
    // Without an explicit perDoc, hits are grouped only when they span many documents.
    autoGroup: single(query, 'perDoc') === undefined,
    cites: single(query, 'cites'),
    facetSize: intParam(query, 'facetSize', FACET_VALUES, 1, MAX_FACET_VALUES),
    budget: new Budget(QUERY_LIMITS.budgetMs),
    near: nearParam(query),
  };
}

/** The parameters a search page's links carry: the known ones, as read (q cut to its limit), never the raw request. */
export function linkQuery(query: QueryInput, r: SearchRequest): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  if (r.q) out.q = r.typed ?? r.q;
  // filters as the ids the request resolved them to (place=syria → SYR), so a link that toggles
  // one finds it among them
  for (const f of FACETS) {
    const chosen = r.filters[f];
    const vs = chosen ? [...chosen.include, ...chosen.exclude.map((id) => `-${id}`)] : [];
    if (vs.length) out[f] = vs;
  }
  if (r.sort !== 'relevance') out.sort = r.sort;
  if (r.page !== 1) out.page = String(r.page);
  if (single(query, 'size') !== undefined) out.size = String(r.size);
  if (single(query, 'perDoc') !== undefined) out.perDoc = String(r.perDoc);
  if (r.cites) out.cites = r.cites;
  if (single(query, 'facetSize') !== undefined) out.facetSize = String(r.facetSize);
  // a reading list travelling in the URL (pages without JavaScript): ids as read, never the raw value
  const list = listIds(query.list);
  if (list.length) out.list = list.slice(0, 1000).join(',');
  return out;
}
