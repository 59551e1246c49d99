// A cue written as ASCII words ("protection", "risk averse", "whole-of-system") is compiled to
// the pattern `w1[\s-]+w2…` (tagger.ts) and its whole-word matches taken (core/text.ts
// wordMatches). In a plain text (core/text.ts isPlain) those matches are found here with
// indexOf instead: a passage has ~17 such cues to look for, and each pattern search over the
// whole passage, through two generators and a boundary test by Unicode pattern, was the largest
// share of the cue loop (docs/measurements.md, tag37). Same spans, same order.

import { isSpace } from '../../core/text.js';

/** A cue's words when they can be matched literally: each [A-Za-z0-9]+, joined by spaces or hyphens. */
export interface LiteralCue {
  /** lower-cased unless `cased` */
  readonly words: readonly string[];
  /** the cue's pattern is case-sensitive: matched against the text as written, else its lower case */
  readonly cased: boolean;
}

/** The cue's literal form, or undefined when its pattern holds more than ASCII words and separators. */
export function literalCue(cue: string, cased: boolean): LiteralCue | undefined {
  const words = cue.trim().split(/[\s-]+/);
  if (!words.every((w) => /^[A-Za-z0-9]+$/.test(w))) return undefined;
  return { words: cased ? words : words.map((w) => w.toLowerCase()), cased };
}

// In a plain text a letter or digit is [A-Za-z0-9]: what wordMatches' boundary test asks.
const isWordCode = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** `[\s-]` of the cue's pattern, by code. */
const isSeparator = (c: number) => c === 45 || isSpace(c);

/** wordMatches' boundary in a plain text: neither neighbour is a letter or digit. */
const wholeWord = (hay: string, s: number, e: number) => !(s > 0 && isWordCode(hay.charCodeAt(s - 1))) && !(e < hay.length && isWordCode(hay.charCodeAt(e)));

/**
 * The [start, end) spans of the whole-word matches of `cue` in `hay`, a plain text (its lower
 * case unless the cue is cased), as wordMatches gives them for the cue's pattern (or
 * boundedMatches with another boundary test, `accept`): the leftmost match from where the last
 * accepted one ended; one turned down lets the search go on from its second character.
 */
export function literalMatches(hay: string, cue: LiteralCue, accept: (start: number, end: number) => boolean = (s, e) => wholeWord(hay, s, e)): [number, number][] {
  const out: [number, number][] = [];
  const { words } = cue;
  const first = words[0];
  let from = 0;
  for (;;) {
    const i = hay.indexOf(first, from);
    if (i < 0) return out;
    let end = i + first.length;
    // the pattern's greedy [\s-]+ takes the whole run of separators, and the next word (a
    // letter or digit first) can only start after it: one way to match at i, or none
    for (let k = 1; k < words.length && end >= 0; k++) {
      let j = end;
      while (j < hay.length && isSeparator(hay.charCodeAt(j))) j++;
      end = j > end && hay.startsWith(words[k], j) ? j + words[k].length : -1;
    }
    if (end < 0 || !accept(i, end)) {
      from = i + 1;
      continue;
    }
    out.push([i, end]);
    from = end;
  }
}
