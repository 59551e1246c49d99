import { damerauLevenshtein } from '../../core/edit-distance.js';
import { FAR_MORE } from './vocabulary.js';

// A typo's correction chosen with the rest of the query in view. The vocabulary picks, for a word
// it lacks, the closest corpus word and among equally close ones the most frequent
// (vocabulary.ts): "Gali" is one edit from "Mali" and from "Ghali", and "Mali" is written far more
// often, so "Boutros Gali Agenda for Peace" was searched as "Boutros Mali …" and answered about
// MINUSMA. A noisy-channel speller weighs each candidate by how likely the words around it make it
// (the language model's part); the corpus's own passages are that model here: a candidate that
// shares passages with more of the query's other words is the one meant. Only candidates as close
// as the vocabulary's choice compete, and the choice stands unless another is found with strictly
// more of the other words, so a query of one word, or one whose other words say nothing either
// way, is corrected as before.

export interface CorrectionRivals {
  /** the corpus words nearest a typo, closest first (vocabulary.ts nearest) */
  nearest(word: string): string[];
  /** whether some passage holds both words */
  together(a: string, b: string): boolean;
  /** how often the corpus uses a word (a closer rival yields to a `fix` used FAR_MORE times as often, as in the vocabulary's own choice) */
  count(word: string): number;
}

/**
 * The candidate as close to `typed` as `fix` found with the most of `others` (the query's other
 * content words); `fix` on a tie. A rival closer than `fix` (the part of a hyphenated corpus word,
 * which the vocabulary's scan of whole words cannot offer: "terrorrism" is one edit from the
 * "terrorism" of "counter-terrorism", two from "terrorist") is the likelier slip whatever the
 * context says, unless `fix` is used FAR_MORE times as often (the vocabulary's own rule): the
 * closest of those is taken, the one found with the most of `others` first.
 */
export function correctionInContext(typed: string, fix: string, others: readonly string[], rivals: CorrectionRivals): string {
  const w = typed.toLowerCase();
  const distance = damerauLevenshtein(w, fix, 2);
  const outweighed = (c: string) => rivals.count(fix) >= FAR_MORE * rivals.count(c);
  const near = rivals
    .nearest(w)
    .map((c) => ({ c, d: damerauLevenshtein(w, c, 2) }))
    .filter((x) => x.c !== fix && (x.d === distance || (x.d < distance && !outweighed(x.c))));
  const closest = Math.min(distance, ...near.map((x) => x.d));
  const candidates = near.filter((x) => x.d === closest).map((x) => x.c);
  if (!candidates.length || (!others.length && closest === distance)) return fix;
  const support = (c: string) => others.filter((o) => rivals.together(c, o)).length;
  let best = closest < distance ? candidates[0] : fix;
  let bestSupport = support(best);
  for (const c of candidates) {
    const s = support(c);
    if (s > bestSupport) [best, bestSupport] = [c, s];
  }
  return best;
}
