import { ASKING_WORDS } from './query-understanding.js';

// A "not" after these negates a verb ("does not reach", "is not enough", "or not"), and a query
// opening with a question word is a question: neither means an exclusion (review16 b, 6). An
// imperative opener ("find advocacy not Syria") commands a search, the exclusion it was built for.
const NEGATES_VERB = new Set(['do', 'does', 'did', 'is', 'are', 'was', 'were', 'be', 'been', 'am', 'can', 'could', 'should', 'would', 'will', 'shall', 'may', 'might', 'must', 'has', 'have', 'had', 'or']);
const OPENERS = ASKING_WORDS;

/**
 * A query's lower-case "not" standing between two words, written as the operator the user most
 * likely meant. Only capitals are operators (query-parser.ts), so "advocacy and Syria not
 * public" searched "not" as a stop word and "public" as one more word to rank by: 117 passages,
 * those saying "public" among them, and nothing on the page said the exclusion had not been
 * made (userreview16). The page offers the query with NOT (and that query's lower-case "and"s
 * as AND) in capitals; it never rewrites the search itself, as "not" is also plain English
 * ("why aid does not reach").
 */
export function capitalOperators(q: string): string | null {
  // a quoted phrase is one token: its words are the phrase's, not operators, and it counts as
  // the word on either side of one
  const tokens = q.match(/"[^"]*"?|\S+/g) ?? [];
  // a query that already uses an operator knows how they are written
  if (tokens.some((t) => t === 'AND' || t === 'OR' || t === 'NOT')) return null;
  if (/\?\s*$/.test(q) || OPENERS.has(tokens[0]?.toLowerCase() ?? '')) return null;
  if (tokens.some((t, k) => t === 'not' && k > 0 && NEGATES_VERB.has(tokens[k - 1].toLowerCase()))) return null;
  let negated = false;
  const out = tokens.map((t, k) => {
    const between = k > 0 && k < tokens.length - 1 && !/^[-+]/.test(tokens[k + 1]) && !/^(?:not|and)$/.test(tokens[k + 1]);
    if (!between || (t !== 'not' && t !== 'and')) return t;
    if (t === 'not') negated = true;
    return t.toUpperCase();
  });
  return negated ? out.join(' ') : null;
}
