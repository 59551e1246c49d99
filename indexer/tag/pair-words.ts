import { held, probeWordId } from './probe-words.js';
import { wordsNeeded } from './mentions.js';

// A pair cue's side matches a plain text only where the text holds every whole ASCII word of one
// of its alternatives (mentions.ts wordsNeeded: a match bounded by what is no letter or digit, and
// joined by spaces or hyphens, holds each as one of the text's words). The probe index gates a
// side on the first word of some alternative only, so pairMatches ran a side's pattern over the
// whole passage for alternatives whose other words were missing. build38 tested the words with
// `includes` on the text (one scan per alternative, a loss); here they are the probe vocabulary's
// numbers, read from the marks the cue index has just set for the passage (probe-words.ts).

/**
 * Per alternative of a side ("leaders|SRSGs|heads of mission"), the numbers of its whole ASCII
 * words; undefined when an alternative has none (nothing to gate it by: the side is always asked).
 */
export function sideWordIds(side: string): number[][] | undefined {
  const alts = side.split('|').filter((w) => w.trim());
  const ids = alts.map((alt) => wordsNeeded(alt, '').map(probeWordId));
  return ids.every((w) => w.length > 0) ? ids : undefined;
}

/**
 * Whether the passage last marked (probe-words.ts mark) holds every word of one alternative of
 * each gated side. On plain text only: with a Unicode pattern's case folding ("ſ" is "s") a
 * match's words and the text's lower-cased words need not agree.
 */
export function sidesMayMatch(sides: readonly (number[][] | undefined)[]): boolean {
  for (const alts of sides) {
    if (alts === undefined) continue;
    let some = false;
    for (let a = 0; a < alts.length && !some; a++) {
      const words = alts[a];
      let all = true;
      for (let k = 0; k < words.length && all; k++) all = held(words[k]);
      some = all;
    }
    if (!some) return false;
  }
  return true;
}
