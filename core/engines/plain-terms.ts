import type { Postings } from '../build/term-postings.js';
import type { ScoredOrdinal } from './engine.js';
import { bestOf } from '../best-of.js';
import { ordinalsOf, setBits } from '../bit-words.js';

// A query of plain terms (words and typo alternatives, no fields, prefixes or phrases)
// answered from each term's postings (core/build/term-postings.ts) instead of by FTS5: the
// same matches as the MATCH expression the engine writes for it, and the same scores. FTS5's
// bm25 sums, phrase by phrase in the expression's order, a part that depends only on the term
// and the passage, which is the term's one-term score: adding the postings' scores in that
// order gives the same floats (a term a passage lacks adds zero, which changes no sum).

/** The clauses of a query as terms, in the shape of the expression the engine writes (Fts5Engine.query). */
export interface PlainQuery {
  /** per required clause, its terms: a passage must hold one of each clause's */
  required: Postings[][];
  /** per optional clause, its terms: with nothing required, a passage must hold one of them */
  optional: Postings[][];
  /** ordinals of the passages holding a prohibited term (ascending): never a match */
  prohibited: ArrayLike<number>[];
  /** the expression's phrases in order (a term may come twice): bm25 adds their parts in this order */
  phrases: Postings[];
}

/** Which matches are wanted: those in [first, end), those among some ordinals (ascending). */
export interface PlainScope {
  within?: { first: number; end: number };
  among?: ArrayLike<number>;
}

/** The matches of a query, ascending, with their scores when asked. */
export interface PlainMatches {
  ords: Uint32Array;
  scores?: Float64Array;
}

/**
 * Evaluates plain queries over a build of `size` passages. Matching is done on bitsets and
 * scores are added into a scratch array indexed by ordinal, both without a branch per match:
 * on this machine a mispredicted branch per passage (a dense scan testing each one) cost ten
 * times the work itself.
 */
export class PlainTermsScorer {
  /** bit words a set of matches takes (ordinal o is bit o & 31 of word o >>> 5) */
  readonly words: number;
  /** per passage, the sum of the query's parts so far; zero between queries */
  private readonly sum: Float64Array;

  constructor(private readonly size: number) {
    this.words = (size + 31) >>> 5;
    this.sum = new Float64Array(size);
  }

  /** The passages a query matches, as bit words (ordinal o is bit o & 31 of word o >>> 5). */
  memberBits(q: PlainQuery, scope: PlainScope = {}): Uint32Array {
    const need = q.required.length ? q.required : q.optional;
    let bits: Uint32Array | undefined;
    for (const group of need) {
      const held = new Uint32Array(this.words);
      // a common term's matches kept as bit words by the build are copied, not set one by one
      for (const { ords, bits: words } of group) {
        if (!words) setBits(held, ords);
        else if (group.length === 1) held.set(words);
        else for (let w = 0; w < words.length; w++) held[w] |= words[w];
      }
      if (!bits) bits = held;
      else if (q.required.length) for (let w = 0; w < bits.length; w++) bits[w] &= held[w];
      else for (let w = 0; w < bits.length; w++) bits[w] |= held[w];
    }
    bits ??= new Uint32Array(this.words);
    for (const ords of q.prohibited) for (let i = 0; i < ords.length; i++) bits[ords[i] >>> 5] &= ~(1 << (ords[i] & 31));
    if (scope.among) {
      const among = new Uint32Array(this.words);
      setBits(among, scope.among);
      for (let w = 0; w < bits.length; w++) bits[w] &= among[w];
    }
    if (scope.within) {
      // the words wholly outside [first, end) cleared, and the bits outside it of the two it ends in
      const first = Math.max(0, Math.min(scope.within.first, this.words * 32));
      const end = Math.max(first, Math.min(scope.within.end, this.words * 32));
      bits.fill(0, 0, first >>> 5);
      if (first & 31) bits[first >>> 5] &= ~0 << (first & 31);
      if (end & 31) bits[end >>> 5] &= ~(~0 << (end & 31));
      bits.fill(0, (end + 31) >>> 5);
    }
    return bits;
  }

  /** The matches of a query, ascending, with their scores when asked. */
  matches(q: PlainQuery, scored: boolean, scope: PlainScope = {}): PlainMatches {
    const ords = ordinalsOf(this.memberBits(q, scope));
    if (!scored) return { ords };
    let postings = 0;
    for (const p of q.phrases) postings += p.ords.length;
    // Few matches against long postings (a phrase's holders, several words all required): each
    // match's parts are looked up in each term's postings instead of every posting being added
    // up (a common word has 30,000 of them at 100k passages, 300,000 at 1M). The same parts
    // added in the same order from zero: the same floats.
    if (ords.length * q.phrases.length * SEEK_COST < postings) return { ords, scores: sought(q.phrases, ords) };
    const { sum } = this;
    for (const { ords: at, index, values } of q.phrases) {
      for (let i = 0; i < at.length; i++) sum[at[i]] += values[index[i]];
    }
    const scores = new Float64Array(ords.length);
    for (let k = 0; k < ords.length; k++) scores[k] = sum[ords[k]];
    for (const { ords: at } of q.phrases) for (let i = 0; i < at.length; i++) sum[at[i]] = 0;
    return { ords, scores };
  }
}

/** Postings passed over per match looked up (sought): about what a binary search costs against adding them all up. */
const SEEK_COST = 32;

/**
 * The scores of these matches (ascending), each summed over the terms in order: every term's
 * postings are walked forward from the last match found, by galloping (doubling steps, then
 * halving), so a term is passed over in about log(gap) steps per match.
 */
function sought(phrases: readonly Postings[], ords: Uint32Array): Float64Array {
  const scores = new Float64Array(ords.length);
  for (const { ords: at, index, values } of phrases) {
    let from = 0;
    for (let k = 0; k < ords.length && from < at.length; k++) {
      const o = ords[k];
      // the first posting at or after o, from `from` on
      let step = 1;
      let hi = from;
      while (hi < at.length && at[hi] < o) {
        from = hi + 1;
        hi += step;
        step *= 2;
      }
      hi = Math.min(hi, at.length);
      while (from < hi) {
        const mid = (from + hi) >>> 1;
        if (at[mid] < o) from = mid + 1;
        else hi = mid;
      }
      if (from < at.length && at[from] === o) scores[k] += values[index[from]];
    }
  }
  return scores;
}

/**
 * The `limit` best matches that `accept` lets through, best first (higher score, then lower
 * ordinal: FTS5's ORDER BY bm25, rowid), through a heap of that many; `accept` is asked only
 * of matches that would enter it.
 */
export function bestMatches({ ords, scores }: PlainMatches, limit: number, accept?: (ordinal: number) => boolean): ScoredOrdinal[] {
  if (!scores || limit <= 0) return [];
  const worse = (i: number, j: number) => scores[i] < scores[j] || (scores[i] === scores[j] && ords[i] > ords[j]);
  return bestOf(ords.length, limit, worse, accept && ((i) => accept(ords[i]))).map((i) => ({ ordinal: ords[i], score: scores[i] }));
}
