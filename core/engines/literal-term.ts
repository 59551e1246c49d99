// What a word searched as typed is for every engine: both must find the same passages for a
// quoted "civilians*" (lunr trimmed its stars, FTS5 sought the term "civilians*" and found
// nothing; engine parity, suggest39).

/**
 * A word searched as typed (a quoted one, an alternative), as an engine can search it. lunr reads a
 * `*` anywhere in a term as a wildcard, so the quoted "*" walked the whole dictionary uncounted
 * by the query limits (0.4–1 s of CPU on the bundled corpus, fuzz30) and "prot*" in quotes was a
 * prefix. The index trimmed every token (INDEX_PIPELINE), so no term starts or ends with one:
 * those go; one with a `*` inside has no way to be said literally, and is not searched. Only the
 * stars: the rest is the search pipeline's to fold ("co₂" is "co2").
 */
export const literalTerm = (term: string): string => {
  let start = 0;
  let end = term.length;
  while (start < end && term[start] === '*') start++;
  while (end > start && term[end - 1] === '*') end--;
  const t = term.slice(start, end);
  return t.includes('*') ? '' : t;
};
