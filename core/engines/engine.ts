import type { DocumentRecord } from '../types.js';
import type { PassageStore } from '../passage-store.js';
import type { DocumentColumnSet } from '../document-columns.js';

// What a search engine is to the rest of the product, in two halves. At query time an engine
// answers which passages match a list of clauses, with scores, and may answer which hold a
// phrase; synonyms, facets, grouping and snippets are the service's work, so another engine can replace lunr by passing
// the conformance suite in test/search/engine-conformance.ts. Around it, the engine's module
// (an EngineModule, listed in registry.ts) owns everything else the server needs of its builds:
// the files, their format version, and how they are loaded. The writer is its build sink in
// indexer/sinks/ (registry.ts there is typed by these names, so one cannot be missing). Every
// engine indexes the terms of core/analysis.ts, so they agree.

export interface EngineClause {
  /** a single lower-case word, possibly with `*` wildcards */
  term: string;
  /** restrict to these fields (default: all) */
  fields?: string[];
  presence: 'optional' | 'required' | 'prohibited';
  wildcard?: boolean;
  /** match index terms within this edit distance (1 or 2) */
  editDistance?: number;
  /**
   * Words as written, any of which matches the clause (each through the engine's own analysis),
   * in place of `term` and `editDistance`: a typo-tolerant word's corpus neighbours, found on the
   * words as written because the index's stems are too short for the edits typed ("protectoin~2":
   * "protection" is 2 edits away, its stem "protect" 3).
   */
  alternatives?: readonly string[];
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
  /** optional: phrases answered by the index; without it the service reads the stored text of each candidate */
  readonly phrases?: PhraseIndex;
  /** passage ordinal → score (higher is better); empty when no clause can match */
  search(clauses: EngineClause[]): Map<number, number>;
  /** whether the engine knows a word (after its own normalisation): for typo tolerance */
  knows(word: string): boolean;
  /**
   * optional: the passages (ordinals, ascending) holding every one of these words in their own
   * fields, what `search` finds with each word required, without scoring them: how many passages
   * write two words side by side is counted among these where no phrase index answers
   */
  holdingAll?(words: readonly string[]): ArrayLike<number>;
  /** optional: the best matches ranked inside the engine, so the service never scores them all */
  readonly ranked?: RankedSearch;
}

/**
 * Phrases as the index answers them: the passages whose text holds a phrase's words (words of
 * core/analysis.ts, stop words included) one after the other. A phrase is what the stored-text
 * check of the service would find: its words compared by stem ("speak out" is held by
 * "speaking out"; "protection of civilians" not by "protection for civilians"), or, `exact`, as
 * written.
 */
export interface PhraseIndex {
  /**
   * the passages holding `phrase` (lower-case words separated by single spaces), ascending;
   * `among`: only those of these ordinals (ascending), so that an engine looks at just them
   */
  holding(phrase: string, exact?: boolean, among?: ArrayLike<number>): ArrayLike<number>;
}

/** A passage and its score, as `search` gives them. */
export interface ScoredOrdinal {
  ordinal: number;
  score: number;
}

/**
 * What an engine whose index ranks matches itself (FTS5's bm25 in SQLite) offers besides
 * `search`: at 100k passages a common word matches most of them, and handing every match with
 * its score to JavaScript costs more than the search. The service then asks for the few best
 * (ranking rules and the page need a few hundred) and for the rest only as membership (facet
 * counts and totals stay exact over every match).
 */
export interface RankedSearch {
  /** the ordinals `search` would give, in no particular order, without scores; `among`: only those of these */
  matching(clauses: EngineClause[], among?: ArrayLike<number>): ArrayLike<number>;
  /**
   * The `limit` best of `search`'s matches that `accept` lets through, best first, ties by
   * ordinal; the same scores as `search`. `within`: only ordinals in [first, end), a hint the
   * engine may use to read less (`accept` must still say no to the others). `among`: only
   * these ordinals (ascending; the holders of a phrase), so that an engine scores just them.
   */
  best(clauses: EngineClause[], limit: number, scope?: BestScope): ScoredOrdinal[];
  /**
   * optional: `matching` as bit words (ordinal o is bit o & 31 of word o >>> 5, as many words
   * as the passages need), where the engine keeps them so (a build's commonest terms);
   * undefined: ask `matching`. The words may be the engine's own, kept between searches: read
   * them, or copy them to change them
   */
  memberBits?(clauses: EngineClause[]): Uint32Array | undefined;
}

/** Which of the matches `RankedSearch.best` may answer. */
export interface BestScope {
  accept?: (ordinal: number) => boolean;
  within?: { first: number; end: number };
  among?: ArrayLike<number>;
}

export type EngineFactory = (docs: EngineDocument[]) => SearchEngine;

/** A build's engine part as the server holds it: passages, documents and the index. */
export interface LoadedEngine {
  documents: ReadonlyMap<string, DocumentRecord>;
  /** what facets hold of every document, when the build stores it (else made from `documents`) */
  documentColumns?: DocumentColumnSet;
  passages: PassageStore;
  engine: SearchEngine;
  /** releases what the build holds open (a database); called once no request uses it */
  close(): void;
}

/** How an engine module reads the build it is loading. */
export interface BuildSource {
  dir: string;
  /** a JSON file of the build, parsed (the event loop gets a turn before and after) */
  readJson(name: string): Promise<unknown>;
}

export interface EngineModule {
  readonly name: string;
  /** bumped when the engine's files change shape; recorded in the manifest, checked on load */
  readonly format: number;
  /**
   * older formats the reader still serves (a change that only the writer sees need not make a
   * library of a million passages, an hour's build, unservable until it is rebuilt)
   */
  readonly alsoReads?: readonly number[];
  /** the files a build for this engine holds besides the common ones (core/build/format.ts) */
  readonly files: readonly string[];
  /** the reader the server loads a verified build with */
  load(source: BuildSource): Promise<LoadedEngine>;
  /** an index built in memory over a few passages: tests, evaluations, the conformance suite */
  inMemory: EngineFactory;
}
