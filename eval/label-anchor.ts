import { lettersOnly } from '../core/text.js';

// A label names its passage by the words it starts with ("at"). When segmentation later joins
// that text to the passage before (a reference entry's title read apart from its author, now
// read whole), the label's words are inside the passage that holds them: that passage is the
// one labelled. Only a key long enough to be unambiguous is looked for inside a passage.
const MIN_INSIDE = 20;

/** The passage a label's "at" names: the one starting with its letters, else the one holding them. */
export function anchoredPassage<P extends { text: string }>(passages: readonly P[], at: string): P | undefined {
  const key = lettersOnly(at);
  const texts = passages.map((p) => lettersOnly(p.text));
  const starts = texts.findIndex((t) => t.startsWith(key));
  if (starts >= 0) return passages[starts];
  if (key.length < MIN_INSIDE) return undefined;
  const inside = texts.findIndex((t) => t.includes(key));
  return inside >= 0 ? passages[inside] : undefined;
}
