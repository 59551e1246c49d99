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
  /**
   * letters a wildcard term needs to be expanded: `a*` matched nearly every passage of a 100k
   * build and held the event loop 0.5 s of CPU (up to 3 s wall under load) inside one FTS5 query
   * the time budget cannot interrupt; fewer letters are searched as the word typed
   */
  minPrefix: number;
  /**
   * how often, together, the corpus's words that a query's wildcards after its first may reach
   * occur (the vocabulary's counts): `pro* hum* con* int*` reach 1.1 million occurrences at 100k
   * passages and took 450–600 ms of CPU that FTS5 cannot interrupt, `protec* human*` 0.5
   * million and 125–170 ms. The first wildcard is always expanded (one prefix's cost was
   * accepted); one that would pass this is searched as typed, with a warning (attack19)
   */
  wildcardReach: number;
  /** terms with `~` */
  fuzzy: number;
  /** acronym and synonym rewordings searched besides the query itself */
  expansions: number;
  /** of those, the field thesaurus's (looser than an equivalent: they must leave room for a quoted phrase's own synonyms) */
  thesaurusExpansions: number;
  /** milliseconds a search may spend before it answers with what it has and a warning */
  budgetMs: number;
}

export const QUERY_LIMITS: QueryLimits = { length: 500, terms: 32, wildcards: 4, minPrefix: 3, wildcardReach: 700_000, fuzzy: 4, expansions: 8, thesaurusExpansions: 2, budgetMs: 1000 };

/** a character of a script written without spaces between words, whose one character is a syllable or a word */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * A prefix's letters as minPrefix counts them: a Chinese, Japanese or Korean character as two, so
 * a word of two ("難民*", refugee; "난민*") is a prefix as "pro*" is and one character alone is
 * not. Both engines index such text as the runs between spaces (core/analysis.ts), so a prefix
 * finds the runs a word opens; "難民*" had been refused as under three letters (review39).
 * Counted by code point: a letter written as two UTF-16 units is one letter.
 */
export function prefixLetters(letters: string): number {
  let n = 0;
  for (const c of letters) n += CJK.test(c) ? 2 : 1;
  return n;
}

/** Drops the terms beyond each cap, in the order typed, saying so in the query's warnings. */
export function limitQuery(parsed: ParsedQuery, limits: QueryLimits = QUERY_LIMITS): ParsedQuery {
  const short: string[] = [];
  const unexpanded = parsed.terms.map((t) => {
    const letters = t.text.replace(/\*/g, '');
    if (!t.wildcard || prefixLetters(letters) >= limits.minPrefix) return t;
    short.push(t.text);
    return { ...t, text: letters, wildcard: false };
  });
  let wildcards = 0;
  let fuzzy = 0;
  const dropped = { terms: 0, wildcards: 0, fuzzy: 0 };
  const terms = unexpanded.filter((t, i) => {
    if (i >= limits.terms) return !++dropped.terms;
    if (t.wildcard) {
      if (++wildcards > limits.wildcards) return !++dropped.wildcards;
    }
    if (t.fuzzy && ++fuzzy > limits.fuzzy) return !++dropped.fuzzy;
    return true;
  });
  const warnings = [...parsed.warnings];
  if (short.length) warnings.push(`A wildcard needs at least ${limits.minPrefix} letters${short.some((t) => CJK.test(t)) ? ` or ${Math.ceil(limits.minPrefix / 2)} Chinese, Japanese or Korean characters` : ''} (${short.join(', ')} would match nearly every passage): searched as typed, without the wildcard.`);
  if (dropped.terms) warnings.push(`The query has more than ${limits.terms} words: the last ${dropped.terms} were not searched.`);
  if (dropped.wildcards) warnings.push(`At most ${limits.wildcards} words may have a wildcard (*): ${dropped.wildcards} more were not searched.`);
  if (dropped.fuzzy) warnings.push(`At most ${limits.fuzzy} words may be typo-tolerant (~): ${dropped.fuzzy} more were not searched.`);
  return { ...parsed, terms, warnings };
}

/**
 * Searches as typed (without the wildcard) each wildcard after the first whose words would take
 * the query's wildcards together past `limits.wildcardReach` occurrences, saying so in the
 * warnings. `occurrences(prefix)`: how often the corpus's words with that prefix occur. A
 * wildcard before any letter (`*ation`) has no prefix to count: it is left to limitQuery's cap.
 */
export function limitWildcardReach(parsed: ParsedQuery, occurrences: (prefix: string) => number, limits: Pick<QueryLimits, 'wildcardReach'> = QUERY_LIMITS): ParsedQuery {
  // one wildcard is always expanded: nothing to count (most wildcard queries; each count walks the prefix's words)
  if (parsed.terms.filter((t) => t.wildcard && t.presence !== 'prohibited').length < 2) return parsed;
  let reach = 0;
  let first = true;
  const narrowed: string[] = [];
  const terms = parsed.terms.map((t) => {
    if (!t.wildcard || t.presence === 'prohibited') return t;
    const prefix = t.text.split('*')[0]!;
    if (!prefix) return t;
    const n = occurrences(prefix);
    if (first || reach + n <= limits.wildcardReach) {
      first = false;
      reach += n;
      return t;
    }
    narrowed.push(t.text);
    // `typed` too: a word the library lacks is then named as it was searched ("int", not "int*")
    return { ...t, text: t.text.replace(/\*/g, ''), ...(t.typed === undefined ? {} : { typed: t.typed.replace(/\*/g, '') }), wildcard: false };
  });
  if (!narrowed.length) return parsed;
  const warning = `Together with the other wildcards, ${narrowed.join(', ')} would match too many of the library's words: searched as typed, without the wildcard (more letters before the * narrow it).`;
  return { ...parsed, terms, warnings: [...parsed.warnings, warning] };
}
