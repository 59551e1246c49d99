import { isStopWord, stem, words } from '../analysis.js';

// Coordination ellipsis: English shares the words of two phrases joined by "and" / "or".
// "international humanitarian and human rights law" says "international humanitarian law" and
// "international human rights law"; "humanitarian and development actors" says "humanitarian
// actors"; "protection of women and civilians" says "protection of civilians". A passage written
// so holds the phrase a searcher (or an acronym's expansion: IHL) asks for, though not word after
// word. Two forms:
// - shared end ("right node"): the phrase's first words, and|or, 1–3 other words, its last words;
// - shared start: the phrase's first words, 1–3 other words, and|or, its last words.
// The other words are content words within one clause (no stop word, no punctuation between):
// "international humanitarian and the national law" is not read as one.

const CONJUNCTIONS = ['and', 'or'] as const;
/** at most this many words of the other conjunct stand between the phrase's parts */
export const MAX_GAP = 3;
/** the part a form shares must be this long, so that its probe ("international humanitarian and") is selective */
const MIN_SIDE = 2;

/** The sub-phrases a passage holding the phrase by coordination must hold, to narrow the candidates (a phrase index answers them). */
export function coordinationProbes(phraseWords: readonly string[]): string[] {
  const n = phraseWords.length;
  if (n < 3) return [];
  const out: string[] = [];
  for (let k = MIN_SIDE; k < n; k++) for (const c of CONJUNCTIONS) out.push([...phraseWords.slice(0, k), c].join(' '));
  for (let k = 1; k <= n - MIN_SIDE; k++) for (const c of CONJUNCTIONS) out.push([c, ...phraseWords.slice(k)].join(' '));
  return out;
}

/** Runs of words within one clause: punctuation ends a conjunct. */
const clauses = (text: string): string[][] => text.split(/[.,;:!?()[\]{}"“”/–—]+/u).map((c) => words(c)).filter((c) => c.length);

const matchesAt = (stems: readonly string[], at: number, part: readonly string[]) => part.every((s, j) => stems[at + j] === s);

/**
 * Whether a text holds the phrase (lower-case words, compared by stem) by coordination ellipsis,
 * in either form above. A phrase of fewer than three words is never read so ("humanitarian aid"
 * in "humanitarian workers and aid agencies" would be a guess).
 */
export function holdsCoordinated(text: string, phraseWords: readonly string[]): boolean {
  const n = phraseWords.length;
  if (n < 3) return false;
  const want = phraseWords.map((w) => stem(w));
  for (const clause of clauses(text)) {
    const stems = clause.map((w) => stem(w));
    for (let i = 0; i < clause.length; i++) {
      for (let k = 1; k < n; k++) {
        const left = want.slice(0, k);
        const right = want.slice(k);
        if (!matchesAt(stems, i, left)) continue;
        const after = i + k;
        // shared end: "left and <gap> right" (the left part shares the right's end)
        if (k >= MIN_SIDE && (CONJUNCTIONS as readonly string[]).includes(clause[after])) {
          for (let g = 1; g <= MAX_GAP; g++) {
            const gap = clause.slice(after + 1, after + 1 + g);
            if (gap.length < g || gap.some((w) => isStopWord(w))) break;
            if (matchesAt(stems, after + 1 + g, right)) return true;
          }
        }
        // shared start: "left <gap> and right" (the right part shares the left's start)
        if (n - k >= MIN_SIDE) {
          for (let g = 1; g <= MAX_GAP; g++) {
            const gap = clause.slice(after, after + g);
            if (gap.length < g || gap.some((w) => isStopWord(w))) break;
            if ((CONJUNCTIONS as readonly string[]).includes(clause[after + g]) && matchesAt(stems, after + g + 1, right)) return true;
          }
        }
      }
    }
  }
  return false;
}
