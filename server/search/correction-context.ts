import { damerauLevenshtein } from '../../core/edit-distance.js';

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
}

/** The candidate as close to `typed` as `fix` found with the most of `others` (the query's other content words); `fix` on a tie. */
export function correctionInContext(typed: string, fix: string, others: readonly string[], rivals: CorrectionRivals): string {
  if (!others.length) return fix;
  const w = typed.toLowerCase();
  const distance = damerauLevenshtein(w, fix, 2);
  const candidates = rivals.nearest(w).filter((c) => c !== fix && damerauLevenshtein(w, c, 2) === distance);
  if (!candidates.length) return fix;
  const support = (c: string) => others.filter((o) => rivals.together(c, o)).length;
  let best = fix;
  let bestSupport = support(fix);
  for (const c of candidates) {
    const s = support(c);
    if (s > bestSupport) [best, bestSupport] = [c, s];
  }
  return best;
}
