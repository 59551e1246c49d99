// A pair cue's side is one alternation (tagger.ts sideRegExps), searched over the whole passage
// once the probe index has found the first word of one of its alternatives. On plain text
// (core/text.ts isPlain) a side's match holds every word of one of its alternatives as written
// (lower-cased, unless the alternative keeps its case): where no alternative has all its words
// in the text, the side cannot match and the pair cue's searches are skipped exactly.
// (A side itself cannot be indexOf: its alternation tries the longest alternative first, and a
// match its boundary turns down hides a shorter one that would stand.)

/** One alternative of a side: its words, and whether they are matched in their case. */
export interface PairAlternative {
  readonly words: readonly string[];
  readonly cased: boolean;
}

/** A side's alternatives for the gate; undefined where one is not ASCII (no gate for the side). */
export function pairSide(alternatives: readonly { text: string; cased: boolean }[]): PairAlternative[] | undefined {
  const out: PairAlternative[] = [];
  for (const { text, cased } of alternatives) {
    const words = text.trim().split(/[\s-]+/).filter(Boolean);
    if (!words.length || words.some((w) => !/^[\x21-\x7e]+$/.test(w))) return undefined;
    out.push({ words: cased ? words : words.map((w) => w.toLowerCase()), cased });
  }
  return out;
}

/** Whether a plain text (`lower`: its lower case) holds every word of some alternative of the side. */
export function sideMayMatch(text: string, lower: string, side: readonly PairAlternative[]): boolean {
  return side.some(({ words, cased }) => words.every((w) => (cased ? text : lower).includes(w)));
}

/** Whether both sides may match in a plain text; a side without a gate may. */
export function pairMayMatch(text: string, lower: string, sides: readonly (readonly PairAlternative[] | undefined)[]): boolean {
  return sides.every((side) => side === undefined || sideMayMatch(text, lower, side));
}
