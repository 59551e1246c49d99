// The seam between the search service and a full-text engine. An engine only answers which
// passages match a list of clauses, with scores; phrases, synonyms, facets, grouping and
// snippets are the service's work on the stored text, so another engine can replace lunr by
// passing the conformance suite in test/search/engine-conformance.ts.

export interface EngineClause {
  /** a single lower-case word, possibly with `*` wildcards */
  term: string;
  /** restrict to these fields (default: all) */
  fields?: string[];
  presence: 'optional' | 'required' | 'prohibited';
  wildcard?: boolean;
  /** match index terms within this edit distance (1 or 2) */
  editDistance?: number;
  boost?: number;
}

export interface EngineDocument {
  /** position of the passage in the build's passage list */
  ordinal: number;
  text: string;
  section: string;
  title: string;
  author: string;
}

export interface SearchEngine {
  readonly name: string;
  /** passage ordinal → score (higher is better); empty when no clause can match */
  search(clauses: EngineClause[]): Map<number, number>;
  /** whether the engine knows a word (after its own normalisation): for typo tolerance */
  knows(word: string): boolean;
}

export type EngineFactory = (docs: EngineDocument[]) => SearchEngine;
