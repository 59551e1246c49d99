import type { PassageBrief, PassageStore } from '../../core/passage-store.js';
import { stem } from '../../core/analysis.js';
import { words } from './query-parser.js';
import type { Passage } from '../../core/types.js';
import { indexOfRun, type RankingInput } from './ranking.js';

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

const stemCache = new WeakMap<PassageBrief, string[]>();
export const stemsOf = (p: PassageBrief): string[] => {
  let t = stemCache.get(p);
  if (t === undefined) {
    t = plainText(p).trim().split(' ').map((w) => stem(w));
    stemCache.set(p, t);
  }
  return t;
};

/** The query's side of a RankingInput: the same for every candidate. */
export type RankingQuery = Omit<RankingInput, 'passage' | 'words' | 'stems'>;

/**
 * A candidate as the ranking rules see it. Its kind comes from the columns in memory; its text
 * is read, split and stemmed only when a rule asks for its words or stems, which for a query of
 * one word (most of them) none does: reading and stemming a few hundred candidates' text was
 * most of such a search's time.
 */
export function candidateInput(passages: PassageStore, ord: number, query: RankingQuery): RankingInput {
  let words: string[] | undefined;
  return {
    ...query,
    passage: { kind: passages.columnSet().tags.kind.idsOfRow(ord)[0] as Passage['kind'] },
    get words() {
      return (words ??= plainText(passages.brief(ord)).trim().split(' '));
    },
    get stems() {
      return stemsOf(passages.brief(ord));
    },
  };
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
