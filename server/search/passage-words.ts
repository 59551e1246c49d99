import type { PassageBrief, PassageStore } from '../../core/passage-store.js';
import { contentStems, stem } from '../../core/analysis.js';
import { ABBREVIATIONS } from '../../core/nlp/sentences.js';
import { escapeRegExp } from '../../core/text.js';
import { words, type QueryTerm } from './query-parser.js';
import type { Passage } from '../../core/types.js';
import type { PhraseIndex } from '../../core/engines/engine.js';
import { indexOfRun, type RankingInput, type Term, type Terms } from './ranking.js';

// What the search reads in a passage's stored text: its words for phrase checks and ranking
// rules, and whether a pull quote repeats a paragraph near it. Computed once per passage object.

const plainCache = new WeakMap<PassageBrief, string>();
/** The passage as space-separated lower-case words, with a space at each end. */
export const plainText = (p: PassageBrief): string => {
  let t = plainCache.get(p);
  if (t === undefined) {
    t = ` ${words(p.text).join(' ')} `;
    plainCache.set(p, t);
  }
  return t;
};

const startsCache = new WeakMap<PassageBrief, number[]>();
/**
 * Where the passage's sentences start, as indexes into its words (plainText's): a sentence ends
 * at ". ", "! " or "? " before a capital, a digit or an opening quote or bracket, so "e.g. the"
 * and "U.S. policy" stay inside one; so do "the U.S. Government" and "e.g. UNHCR", a full stop
 * of an abbreviation (the indexer's sentence list, or dotted initials) ending no sentence.
 */
export const sentenceStartsOf = (p: PassageBrief): number[] => {
  let starts = startsCache.get(p);
  if (starts === undefined) {
    starts = [0];
    let at = 0;
    const pieces = p.text.split(SENTENCE_END);
    for (let k = 0; k + 1 < pieces.length; k++) {
      at += words(pieces[k]).length;
      if (at > starts[starts.length - 1] && !ABBREVIATED.test(pieces[k])) starts.push(at);
    }
    startsCache.set(p, starts);
  }
  return starts;
};
const SENTENCE_END = /(?<=[.!?][)"'\u2019\u201d]?)\s+(?=[A-Z0-9"'(\u2018\u201c[])/u;
// A piece ending in an abbreviation's full stop: dotted initials ("U.S.", "e.g.") or one of the
// abbreviations the indexer's sentence splitter knows ("para.", "cf."), after a space or "(".
const ABBREVIATED = new RegExp(`(?:^|[\\s(])(?:(?:\\p{L}\\.){2,}|${[...new Set(ABBREVIATIONS.map((a) => a.slice(1)))].map(escapeRegExp).join('|')})$`, 'iu');

const stemCache = new WeakMap<PassageBrief, string[]>();
export const stemsOf = (p: PassageBrief): string[] => {
  let t = stemCache.get(p);
  if (t === undefined) {
    t = plainText(p).trim().split(' ').map((w) => stem(w));
    stemCache.set(p, t);
  }
  return t;
};

/** The query's side of a RankingInput, as the caller knows it (the stems of its words are worked out here). */
export type RankingQuery = Omit<RankingInput, 'passage' | 'words' | 'stems' | 'queryStems' | 'queryWordStems' | 'answerCues'> & { queryStems: string[]; answerCues?: readonly string[] };

/** The words of a query the ranking rules read: those it searches for (not excluded ones, fields or prefixes), and their content stems. */
export function rankingWords(terms: readonly QueryTerm[]): Pick<RankingQuery, 'queryWords' | 'queryStems'> {
  // in the order typed: a quoted phrase's words are parsed before the rest of the query
  const searched = terms.filter((t) => t.presence !== 'prohibited' && !t.field && !t.wildcard);
  // a typo-tolerant word ranks as its closest corpus word ("protectoin~2" as "protection")
  const queryWords = [...searched].sort((a, b) => (a.at ?? 0) - (b.at ?? 0)).map((t) => t.near?.[0] ?? t.text);
  return { queryWords, queryStems: contentStems(queryWords) };
}

/** A candidate as the rules see it, and as they would see it for each rewording of the query (an acronym said in full). */
export interface RankingCandidate extends RankingInput {
  /** the same passage against the query's `k`th rewording */
  reworded(k: number): RankingInput;
}

type QueryTerms = Pick<RankingInput, 'queryWords' | 'queryStems' | 'queryWordStems'>;

/** A candidate read against other words: the passage's words are its candidate's, read once. */
class RewordedCandidate implements RankingInput {
  constructor(
    private readonly base: RankingInput,
    private readonly terms: QueryTerms,
    private readonly runs: (words: readonly string[]) => boolean | undefined,
  ) {}
  get passage() { return this.base.passage; }
  get words() { return this.base.words; }
  get stems() { return this.base.stems; }
  get sentenceStarts() { return this.base.sentenceStarts; }
  get queryWords() { return this.terms.queryWords; }
  get queryStems() { return this.terms.queryStems; }
  get queryWordStems() { return this.terms.queryWordStems; }
  get queryWordsRun() { return this.runs(this.terms.queryWords); }
  get answerCues() { return this.base.answerCues; }
  get kindFiltered() { return this.base.kindFiltered; }
  get options() { return this.base.options; }
}

/** What the candidates of one search read together, once, on first use. */
interface Shared {
  /** the candidates' texts, read in one statement */
  readTexts(): void;
  /** the candidates' words as stem ids, when the build keeps them */
  runs?(): Map<number, Uint32Array>;
  /** the candidates holding these words in a row as written, when the engine answers phrases */
  asWritten?(words: readonly string[]): ReadonlySet<number>;
}

/** One candidate's RankingInput: its text is read, split and stemmed on first use. */
class Candidate implements RankingCandidate {
  readonly passage: Pick<Passage, 'kind'>;
  readonly queryWords: string[];
  readonly queryStems: readonly Term[];
  readonly queryWordStems: readonly Term[];
  readonly answerCues?: readonly Term[];
  readonly kindFiltered: boolean;
  readonly options: RankingInput['options'];
  private split: string[] | undefined;

  constructor(
    private readonly passages: PassageStore,
    private readonly ord: number,
    query: Omit<RankingInput, 'passage' | 'words' | 'stems'>,
    private readonly shared: Shared,
    private readonly rewordings: readonly QueryTerms[],
  ) {
    this.passage = { kind: passages.columnSet().tags.kind.firstIdOfRow(ord) as Passage['kind'] };
    this.queryWords = query.queryWords;
    this.queryStems = query.queryStems;
    this.queryWordStems = query.queryWordStems;
    this.answerCues = query.answerCues;
    this.kindFiltered = query.kindFiltered;
    this.options = query.options;
  }

  get words(): string[] {
    this.shared.readTexts();
    return (this.split ??= plainText(this.passages.brief(this.ord)).trim().split(' '));
  }

  get sentenceStarts(): readonly number[] {
    this.shared.readTexts();
    return sentenceStartsOf(this.passages.brief(this.ord));
  }

  get stems(): Terms {
    if (this.shared.runs) return this.shared.runs().get(this.ord) ?? [];
    this.shared.readTexts();
    return stemsOf(this.passages.brief(this.ord));
  }

  /** whether these words run in the passage as written, asked of the engine's phrase index for every candidate at once (undefined: no index) */
  wordsRun(words: readonly string[]): boolean | undefined {
    return this.shared.asWritten?.(words).has(this.ord);
  }

  get queryWordsRun(): boolean | undefined {
    return this.wordsRun(this.queryWords);
  }

  reworded(k: number): RankingInput {
    return new RewordedCandidate(this, this.rewordings[k], (words) => this.wordsRun(words));
  }
}

/** texts of candidates read one by one before the rest are read in one statement (when the build keeps stem ids) */
const SINGLE_READS = 8;

/**
 * The candidates as the ranking rules see them. Their kind comes from the columns in memory;
 * their text is read only when a rule asks for words or stems, which for a query of one word
 * (most of them) none does: reading and stemming a few hundred candidates' text was most of
 * such a search's time. Stems are the ids the build keeps (PassageStore.stemIds), with the
 * query's stems turned into ids too; otherwise the text is read and stemmed. Either is read
 * for all candidates in one go, when the first is asked for (texts, with stem ids, once a few
 * have been asked for).
 */
export function candidateInputs(passages: PassageStore, ords: readonly number[], query: RankingQuery, rewordings: readonly Pick<RankingQuery, 'queryWords' | 'queryStems'>[] = [], phrases?: PhraseIndex): RankingCandidate[] {
  let read = false;
  // Whether a run of words is held as written: one question to the index for every candidate
  // (a few ms) instead of each one's text read and split into words (30-50 µs a passage).
  const written = new Map<string, ReadonlySet<number>>();
  const ascending = [...ords].sort((a, b) => a - b);
  const asWritten = (ws: readonly string[]) => {
    const key = ws.join(' ');
    let held = written.get(key);
    if (!held) written.set(key, (held = new Set(Array.from(phrases!.holding(key, true, ascending)))));
    return held;
  };
  let asked = 0;
  let runs: Map<number, Uint32Array> | undefined;
  const ids = passages.stemIds;
  const shared: Shared = {
    readTexts: () => {
      // with stem ids, the text is only asked for where the stems say it may matter (a run of
      // the query's words): a few candidates are read alone, more in one go
      if (read || (ids && ++asked <= SINGLE_READS)) return;
      read = true;
      passages.prefetch?.(ords);
    },
    ...(ids ? { runs: () => (runs ??= ids.ofPassages(ords)) } : {}),
    ...(phrases ? { asWritten } : {}),
  };
  // a stem no passage has gets an id of its own below zero, so that it matches nothing but itself
  const known = new Map<string, number>();
  const idOf = (s: string) => {
    let id = known.get(s);
    if (id === undefined) known.set(s, (id = ids?.of(s) ?? -1 - known.size));
    return id;
  };
  const termsOf = (q: Pick<RankingQuery, 'queryWords' | 'queryStems'>): QueryTerms => {
    const queryWordStems = q.queryWords.map((w) => stem(w));
    return ids ? { queryWords: q.queryWords, queryStems: q.queryStems.map(idOf), queryWordStems: queryWordStems.map(idOf) } : { queryWords: q.queryWords, queryStems: q.queryStems, queryWordStems };
  };
  // a cue no passage has needs no id: it can match nothing
  const cues = ids ? query.answerCues?.flatMap((s) => ids.of(s) ?? []) : query.answerCues;
  const withTerms = { ...query, ...termsOf(query), ...(cues?.length ? { answerCues: cues } : { answerCues: undefined }) };
  const reworded = rewordings.map(termsOf);
  return ords.map((ord) => new Candidate(passages, ord, withTerms, shared, reworded));
}

/**
 * A candidate as read against the query, where the words typed found it, and against each
 * rewording (by index) that found it. A passage only a rewording found is not read against the
 * words typed: for one typed word ("R2P") every reading of it is ideal, and would rank an
 * inflected "responsibilities to protect" with the name "Responsibility to protect" said as written.
 */
export function* readings(candidate: RankingCandidate, rewordings: readonly number[] = [], typedFound = true): Iterable<RankingInput> {
  if (typedFound || !rewordings.length) yield candidate;
  for (const k of rewordings) yield candidate.reworded(k);
}

/** Where a phrase occurs: as typed, only in another inflection ("speaking out" for "speak out"), or not at all. */
export function phraseMatch(p: PassageBrief, phrase: string): 'exact' | 'inflected' | null {
  if (plainText(p).includes(` ${phrase} `)) return 'exact';
  return indexOfRun(stemsOf(p), phrase.split(' ').map((w) => stem(w))) >= 0 ? 'inflected' : null;
}

// A pull quote sits near the paragraph it repeats.
const PULL_QUOTE_REACH = 40;

/**
 * Whether the pull quote at `ord` repeats a paragraph near it in its document that is a hit too
 * (`isHit`): then the paragraph is the hit, and the reading view shows the pull quote with its
 * page. Only the quote and its neighbours among the hits are read.
 */
export function repeatsHitNearby(passages: PassageStore, ord: number, isHit: (ord: number) => boolean): boolean {
  const doc = passages.docOf(ord);
  const text = plainText(passages.brief(ord));
  for (let o = Math.max(0, ord - PULL_QUOTE_REACH); o < Math.min(passages.count, ord + PULL_QUOTE_REACH); o++) {
    if (o === ord || !isHit(o) || passages.docOf(o) !== doc || passages.isDuplicate(o)) continue;
    if (plainText(passages.brief(o)).includes(text)) return true;
  }
  return false;
}
