import lunr from './lunr-setup.js';

// One text analysis for every engine, the query side and snippets: lunr's tokenizer (with the
// project's separators), trimmer, stop words and Porter stemmer. The FTS5 engine indexes the
// terms this module produces rather than running SQLite's own tokenizer, so both engines see
// the same terms for the same text and a query means the same thing to either.

/** Stop words are dropped before they reach an engine: a required stop word would otherwise match nothing. */
export function isStopWord(word: string): boolean {
  return lunr.stopWordFilter(new lunr.Token(word.toLowerCase(), {})) === undefined;
}

/** The index term of one word: lower-cased and stemmed (stop words included: callers decide). */
export function stem(word: string): string {
  return lunr.stemmer(new lunr.Token(word.toLowerCase(), {})).toString();
}

/** A text as the terms an engine indexes, in order: tokenised, trimmed, stop words dropped, stemmed. */
export function indexTerms(text: string): string[] {
  const out: string[] = [];
  for (const token of lunr.tokenizer(text)) {
    const trimmed = lunr.trimmer(token);
    if (!trimmed || !lunr.stopWordFilter(trimmed)) continue;
    const term = lunr.stemmer(trimmed).toString();
    if (term) out.push(term);
  }
  return out;
}
