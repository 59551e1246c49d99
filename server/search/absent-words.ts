import type { QueryTerm } from './query-parser.js';
import { literalTerm } from '../../core/engines/literal-term.js';

/**
 * The content words of a query that no passage holds, as typed ("landmine clearance in
 * Cambodia" → clearance, Cambodia), so the page can say the hits match the rest. A word the
 * search found another way is not absent: corrected (its term now holds the correction), or
 * said another way by a rewording (`reworded`: the terms some expansion replaced, a thesaurus
 * phrase or a spelling variant). Excluded, field-bound, wildcard and typo-tolerant words are
 * left alone: they do not name a word the library must hold as typed.
 */
export function absentWords(terms: readonly QueryTerm[], knows: (word: string) => boolean, isStopWord: (word: string) => boolean, reworded: ReadonlySet<QueryTerm>): string[] {
  const out: string[] = [];
  for (const t of terms) {
    if (t.presence === 'prohibited' || t.field || t.wildcard || t.fuzzy || reworded.has(t) || isStopWord(t.text)) continue;
    const shown = t.typed ?? t.text;
    // a quoted word's stars are searched as the index trimmed them ("civilians*" is civilians, found)
    const word = literalTerm(t.text);
    if ((!word || !knows(word)) && !out.includes(shown)) out.push(shown);
  }
  return out;
}

/** The page's and the API's sentence for them. */
export function absentWarning(words: readonly string[]): string | null {
  if (!words.length) return null;
  const list = words.length === 1 ? words[0] : `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
  return `No passage mentions ${list}: the results match the query's other words.`;
}
