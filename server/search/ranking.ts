// Ranking rules applied to the engine's best candidates, in the order listed in RANKING_RULES
// (as Meilisearch lists its ranking rules). The engine's score says how well the words match;
// these say what a reader means by a good answer: all the query's words, close together, in
// the order typed, in body text. Each rule is a pure function of the query, the passage and
// the constants in RANKING, so each can be tested alone and the constants tuned in one place.
import type { Passage } from '../../core/types.js';

export const RANKING = {
  /** how many of the engine's best candidates the rules look at (the rest keep the engine's order below them) */
  rerank: 300,
  /** coverage: a passage missing some of the query's content words loses this share of its score per share missing */
  coverage: 0.1,
  /** phrase run: all the query's words together, in the order typed */
  phraseRun: 2,
  /** adjacency: each pair of neighbouring query words found side by side, ×(1 + adjacentPair) */
  adjacentPair: 0.3,
  /** proximity: every content word present within a window of this many words … */
  proximityWindow: 12,
  /** … multiplies the score by (1 + proximity) */
  proximity: 0.25,
  /** same sentence: every content word of the query in one sentence of the passage, ×(1 + sameSentence); 0: off, as the 5-fold cross-validation on FTS5 chose (docs/measurements.md, search17) */
  sameSentence: 0,
  /** a phrase found only in another inflection ("speaking out" for "speak out") */
  inflectedPhrase: 0.7,
  /** an acronym's expansion or a synonym scores this much of a direct match */
  expansion: 0.9,
  /** the field's other phrasing of a span (core/nlp/thesaurus.ts: "aid workers" for "humanitarian staff") scores this much of a direct match */
  thesaurus: 0.6,
  /** … searched only for a phrasing the library holds in fewer than this many passages (a word: uses) */
  thesaurusBelow: 20,
  /** notes and reference entries, unless the user asked for them by kind */
  note: 0.5,
  /** title match: candidates of a document whose title holds a share of the query's content words, ×(1 + titleMatch × that share) (title-match.ts) */
  titleMatch: 0.2,
  /** section context: candidates under the same headings as the anchor, near it, ×(1 + sectionMates) (section-context.ts) */
  sectionMates: 0.6,
  /** the anchor: the best passage of the section holding the most score among this many of the best candidates (1: the best candidate) */
  sectionVoters: 10,
  /** a section's vote for the anchor counts ×(1 + sectionHeading × the share of the query's content words its headings hold) (section-context.ts) */
  sectionHeading: 1,
  /** answer type: a question's candidates holding the words its kind of answer uses (answer-types.ts), ×(1 + answerCue × min(1, cues held / answerCueSaturation)) */
  answerCue: 0.5,
  /** … this many distinct cues held count in full */
  answerCueSaturation: 4,
} as const;

export type RankingOptions = { [K in keyof typeof RANKING]: number };

/**
 * A word's stem as the rules compare it: the stem itself, or its id in a build's stem
 * dictionary (core/build/stem-runs.ts). Rules only ask whether two are the same.
 */
export type Term = string | number;

/** A run of terms: an array, or the ids a build keeps. */
export type Terms = ArrayLike<Term> & Iterable<Term>;

/**
 * What a rule may look at for one candidate. `words` and `stems` may be read and analysed only
 * when first asked for (passage-words.ts): a rule asks only once the query says they matter,
 * since for a one-word query no rule but the kind's needs the text.
 */
export interface RankingInput {
  passage: Pick<Passage, 'kind'>;
  /** the passage's words, lower-cased, in order */
  readonly words: string[];
  /** the stems of those words (strings, or ids: the same form as queryStems and queryWordStems) */
  readonly stems: Terms;
  /** the query's plain words as typed (stop words included), in order */
  queryWords: string[];
  /** the stems of the query's content words (stop words left out), in order */
  queryStems: readonly Term[];
  /** the stems of queryWords: where the words run, their stems run, so phraseRun reads the words only there */
  queryWordStems: readonly Term[];
  /**
   * where the passage's sentences start, as indexes into `words` / `stems` (ascending, the first 0);
   * none for a text read as one sentence (the query itself, as bestRerankFactor's ideal reads it)
   */
  readonly sentenceStarts?: readonly number[];
  /** whether queryWords run in the passage as written, where that is known without its words (an index of phrases answered it) */
  readonly queryWordsRun?: boolean;
  /** the stems (or ids) of the words the question's kind of answer uses (answer-types.ts); none for other queries */
  readonly answerCues?: readonly Term[];
  /** the user filtered by kind, so notes are what they asked for */
  kindFiltered: boolean;
  options: RankingOptions;
}

export interface RankingRule {
  name: string;
  /** the factor the candidate's score is multiplied by (1: no change) */
  factor(input: RankingInput): number;
}

/** The share of the query's content words the passage holds: a passage that answers all of a question beats one that repeats one word. */
export const coverage: RankingRule = {
  name: 'coverage',
  factor(input) {
    const { queryStems, options } = input;
    const wanted = distinct(queryStems);
    if (wanted.length < 2) return 1;
    // a few words sought in a passage's: a pass each, not a set of the passage's words per candidate
    const stems = input.stems;
    let held = 0;
    for (const s of wanted) if (holds(stems, s)) held++;
    const share = held / wanted.length;
    return 1 - options.coverage * (1 - share);
  },
};

/** The query's words together and in order ("rights up front" in "the Rights up Front initiative"). */
export const phraseRun: RankingRule = {
  name: 'phrase run',
  factor(input) {
    const { queryWords, options } = input;
    if (queryWords.length < 2 || indexOfRun(input.stems, input.queryWordStems) < 0) return 1;
    return (input.queryWordsRun ?? indexOfRun(input.words, queryWords) >= 0) ? options.phraseRun : 1;
  },
};

/** Neighbouring query words side by side in the text, compared by stem: a sign the passage is about that pair. */
export const adjacency: RankingRule = {
  name: 'adjacency',
  factor(input) {
    const { queryStems, options } = input;
    if (queryStems.length < 2) return 1;
    const stems = input.stems;
    let pairs = 0;
    for (let i = 0; i + 1 < queryStems.length; i++) {
      for (let j = 0; j + 1 < stems.length; j++) {
        if (stems[j] === queryStems[i] && stems[j + 1] === queryStems[i + 1]) {
          pairs++;
          break;
        }
      }
    }
    return 1 + options.adjacentPair * pairs;
  },
};

/** Every content word of the query within a few words of each other. */
export const proximity: RankingRule = {
  name: 'proximity',
  factor(input) {
    const { queryStems, options } = input;
    const wanted = distinct(queryStems);
    if (wanted.length < 2) return 1;
    return smallestWindow(input.stems, wanted) <= options.proximityWindow ? 1 + options.proximity : 1;
  },
};

/**
 * Every content word of the query in one sentence: a sentence is one statement, so the words
 * in it are said of each other ("donors … reluctant … fund" in one sentence answers why donors
 * are reluctant; the same words spread over a paragraph's three sentences may not). The
 * proximity window counts words and crosses sentence ends; this counts sentences, however long.
 */
export const sameSentence: RankingRule = {
  name: 'same sentence',
  factor(input) {
    const { queryStems, options } = input;
    if (!options.sameSentence) return 1;
    const wanted = distinct(queryStems);
    if (wanted.length < 2) return 1;
    const stems = input.stems;
    const starts = input.sentenceStarts ?? [0];
    for (let k = 0; k < starts.length; k++) {
      const from = starts[k];
      const to = k + 1 < starts.length ? starts[k + 1] : stems.length;
      if (to - from >= wanted.length && wanted.every((w) => holdsIn(stems, w, from, to))) return 1 + options.sameSentence;
    }
    return 1;
  },
};

/**
 * Notes and references rank below body text. (A pull quote needs no rule: where the paragraph
 * it repeats is a candidate, the search drops the pull quote; where it is not, there is
 * nothing for the quote to outrank.)
 */
export const bodyFirst: RankingRule = {
  name: 'body first',
  factor({ passage, kindFiltered, options }) {
    if (!kindFiltered && (passage.kind === 'reference' || passage.kind === 'footnote')) return options.note;
    return 1;
  },
};

// The candidates of one search share their cues: a look-up of them is made once per array. Stem
// ids (a build's) are looked up in a table by id, not hashed: a question's 300 candidates hold
// some 45,000 words, and a Set's look-up per word was most of the rule's time.
const cueLookups = new WeakMap<readonly Term[], (t: Term) => boolean>();

function cueLookup(cues: readonly Term[]): (t: Term) => boolean {
  let is = cueLookups.get(cues);
  if (!is) {
    const ids = cues.every((c) => typeof c === 'number' && c >= 0 && Number.isInteger(c)) ? (cues as readonly number[]) : undefined;
    if (ids) {
      // a bit per id up to the largest cue's (128 KB for a million stems), made once per search
      const bits = new Uint32Array((Math.max(...ids) >>> 5) + 1);
      for (const id of ids) bits[id >>> 5] |= 1 << (id & 31);
      is = (t) => ((bits[(t as number) >>> 5] ?? 0) & (1 << ((t as number) & 31))) !== 0;
    } else {
      const set = new Set(cues);
      is = (t) => set.has(t);
    }
    cueLookups.set(cues, is);
  }
  return is;
}

/**
 * A question's kind of answer in the passage's words: "established … in 1991" for "when did …",
 * "refers to" for "what is …" (answer-types.ts). The cues are not the query's words, so the
 * query read as a passage (bestRerankFactor's ideal) holds none and is not raised.
 */
export const answerType: RankingRule = {
  name: 'answer type',
  factor(input) {
    const cues = input.answerCues;
    const { options } = input;
    if (!cues?.length || !options.answerCue) return 1;
    const isCue = cueLookup(cues);
    const want = Math.max(1, options.answerCueSaturation);
    // the distinct cues met, a few at most: an array, not a Set per candidate
    const seen: Term[] = [];
    const stems = input.stems;
    for (let i = 0; i < stems.length && seen.length < want; i++) {
      const s = stems[i];
      if (isCue(s) && !seen.includes(s)) seen.push(s);
    }
    return 1 + options.answerCue * (seen.length / want);
  },
};

/** The rules in the order they apply. Adding one: its module or function, and one line here. */
export const RANKING_RULES: RankingRule[] = [coverage, phraseRun, adjacency, proximity, sameSentence, bodyFirst, answerType];

export function rerankFactor(input: RankingInput, rules: RankingRule[] = RANKING_RULES): number {
  let f = 1;
  for (const r of rules) f *= r.factor(input);
  return f;
}

/**
 * A candidate found by a rewording of the query too (the acronym for the name typed, or the
 * name for the acronym) is ranked by the better reading. Each reading counts as a share of what
 * a passage that is just its words would get: "PoC" covers all of "protection of civilians",
 * and the three words of "international humanitarian law" said in full are worth no more than
 * "IHL" typed and found.
 */
export function bestRerankFactor(readings: Iterable<RankingInput>, rules: RankingRule[] = RANKING_RULES): number {
  let best = 0;
  for (const r of readings) best = Math.max(best, readingFactor(r, rules));
  return best;
}

/** One reading's factor, as a share of what its words could earn at most (bestRerankFactor takes the best of them). */
export function readingFactor(r: RankingInput, rules: RankingRule[] = RANKING_RULES): number {
  return rerankFactor(r, rules) / idealFactor(r, rules);
}

// The candidates of one search share their readings' query terms: each ideal is worked out once.
const ideals = new WeakMap<object, number>();

/** What the reading's words could earn at most: its query as a passage of body text. */
function idealFactor(r: RankingInput, rules: RankingRule[]): number {
  const key = r.queryWordStems as object;
  let f = rules === RANKING_RULES ? ideals.get(key) : undefined;
  if (f === undefined) {
    f = rerankFactor({ passage: { kind: 'finding' }, words: r.queryWords, stems: r.queryWordStems, queryWords: r.queryWords, queryStems: r.queryStems, queryWordStems: r.queryWordStems, kindFiltered: r.kindFiltered, options: r.options }, rules);
    if (rules === RANKING_RULES) ideals.set(key, f);
  }
  return f;
}
/** Where a run of words (or terms) starts in a text's, or -1. */
export function indexOfRun<T>(words: ArrayLike<T>, run: ArrayLike<T>): number {
  if (run.length === 0) return -1;
  outer: for (let i = 0; i + run.length <= words.length; i++) {
    for (let k = 0; k < run.length; k++) if (words[i + k] !== run[k]) continue outer;
    return i;
  }
  return -1;
}

// The candidates of one search share their query's stems: the distinct ones are worked out once
// per array, not a Set and an array per candidate and rule (300 candidates a search).
const distinctOf = new WeakMap<readonly unknown[], readonly unknown[]>();

/** The distinct values of an array, in order of first appearance (remembered per array). */
export function distinct<T>(xs: readonly T[]): readonly T[] {
  let d = distinctOf.get(xs) as readonly T[] | undefined;
  if (!d) distinctOf.set(xs, (d = [...new Set(xs)]));
  return d;
}

/** Whether a text's words (or terms) hold this one. */
function holds<T>(words: ArrayLike<T>, w: T): boolean {
  for (let i = 0; i < words.length; i++) if (words[i] === w) return true;
  return false;
}

/** Whether words[from, to) hold this one. */
function holdsIn<T>(words: ArrayLike<T>, w: T, from: number, to: number): boolean {
  for (let i = from; i < to && i < words.length; i++) if (words[i] === w) return true;
  return false;
}

/** Counts per wanted term for smallestWindow, reused (it runs for one candidate at a time). */
let windowCounts = new Int32Array(32);

/** Up to this many wanted terms are found by a scan of them; more, through a Map. */
const SCAN_WANTED = 8;

/** The length of the shortest stretch of `tokens` holding every one of `wanted` (Infinity if some are missing). */
export function smallestWindow<T>(tokens: ArrayLike<T>, wanted: readonly T[]): number {
  const need = distinct(wanted);
  const n = need.length;
  if (windowCounts.length < n) windowCounts = new Int32Array(n);
  const seen = windowCounts;
  seen.fill(0, 0, n);
  const index = n > SCAN_WANTED ? new Map(need.map((t, k) => [t, k])) : undefined;
  const at = (t: T): number => {
    if (index) return index.get(t) ?? -1;
    for (let k = 0; k < n; k++) if (need[k] === t) return k;
    return -1;
  };
  let have = 0;
  let best = Infinity;
  let from = 0;
  for (let to = 0; to < tokens.length; to++) {
    const k = at(tokens[to]);
    if (k < 0) continue;
    if (++seen[k] === 1) have++;
    while (have === n) {
      best = Math.min(best, to - from + 1);
      const j = at(tokens[from]);
      if (j >= 0 && --seen[j] === 0) have--;
      from++;
    }
  }
  return best;
}
