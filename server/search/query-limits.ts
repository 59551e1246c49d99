import type { ParsedQuery } from './query-parser.js';

// Bounds on the work one query may ask of the engine. Without them a single anonymous GET of
// 150 `*x*` wildcards kept the server busy for 18 s: each wildcard or fuzzy term walks the
// engine's whole term dictionary, so those are counted separately from plain words.

export interface QueryLimits {
  /** characters of the query read; the rest is dropped with a warning (and never echoed in links) */
  length: number;
  /** words and phrases' words sent to the engine */
  terms: number;
  /** terms with a `*` */
  wildcards: number;
  /** of those, terms with a `*` before their first letter (they cannot use the dictionary's prefix order) */
  leadingWildcards: number;
  /**
   * letters a wildcard term needs to be expanded: `a*` matched nearly every passage of a 100k
   * build and held the event loop 0.5 s of CPU (up to 3 s wall under load) inside one FTS5 query
   * the time budget cannot interrupt; fewer letters are searched as the word typed
   */
  minPrefix: number;
  /** terms with `~` */
  fuzzy: number;
  /** acronym and synonym rewordings searched besides the query itself */
  expansions: number;
  /** of those, the field thesaurus's (looser than an equivalent: they must leave room for a quoted phrase's own synonyms) */
  thesaurusExpansions: number;
  /** milliseconds a search may spend before it answers with what it has and a warning */
  budgetMs: number;
}

export const QUERY_LIMITS: QueryLimits = { length: 500, terms: 32, wildcards: 4, leadingWildcards: 1, minPrefix: 3, fuzzy: 4, expansions: 8, thesaurusExpansions: 2, budgetMs: 1000 };

/** Drops the terms beyond each cap, in the order typed, saying so in the query's warnings. */
export function limitQuery(parsed: ParsedQuery, limits: QueryLimits = QUERY_LIMITS): ParsedQuery {
  const short: string[] = [];
  const unexpanded = parsed.terms.map((t) => {
    const letters = t.text.replace(/\*/g, '');
    if (!t.wildcard || letters.length >= limits.minPrefix) return t;
    short.push(t.text);
    return { ...t, text: letters, wildcard: false };
  });
  let wildcards = 0;
  let leading = 0;
  let fuzzy = 0;
  const dropped = { terms: 0, wildcards: 0, leading: 0, fuzzy: 0 };
  const terms = unexpanded.filter((t, i) => {
    if (i >= limits.terms) return !++dropped.terms;
    if (t.wildcard) {
      if (t.text.startsWith('*') && ++leading > limits.leadingWildcards) return !++dropped.leading;
      if (++wildcards > limits.wildcards) return !++dropped.wildcards;
    }
    if (t.fuzzy && ++fuzzy > limits.fuzzy) return !++dropped.fuzzy;
    return true;
  });
  const warnings = [...parsed.warnings];
  if (short.length) warnings.push(`A wildcard needs at least ${limits.minPrefix} letters (${short.join(', ')} would match nearly every passage): searched as typed, without the wildcard.`);
  if (dropped.terms) warnings.push(`The query has more than ${limits.terms} words: the last ${dropped.terms} were not searched.`);
  if (dropped.leading) warnings.push(`At most ${limits.leadingWildcards} word may start with a wildcard (*): ${dropped.leading} more were not searched.`);
  if (dropped.wildcards) warnings.push(`At most ${limits.wildcards} words may have a wildcard (*): ${dropped.wildcards} more were not searched.`);
  if (dropped.fuzzy) warnings.push(`At most ${limits.fuzzy} words may be typo-tolerant (~): ${dropped.fuzzy} more were not searched.`);
  return { ...parsed, terms, warnings };
}
