// One vocabulary for every probe index (mentions.ts ProbeIndex: the aliases', each language's
// cues'): the words their patterns are found by, need or are gated by, each with a number. A
// passage's words are looked up in it once (wordIds), and each index then reads its lists by
// number: two indexes each looking every word of a passage up in a map of its own were a tenth
// of the tagger's time (docs/measurements.md, tagview27).

const ids = new Map<string, number>();

/** The number of a word some index knows, given it if new. */
export function probeWordId(word: string): number {
  let id = ids.get(word);
  if (id === undefined) ids.set(word, (id = ids.size));
  return id;
}

/** A passage's words that some index knows, by number, and which of them it holds. */
export interface WordIds {
  /** the numbers of the passage's words the vocabulary holds, in the words' order */
  readonly ids: readonly number[];
  /** how many words the vocabulary held when `ids` were found: a later index's words are looked up again */
  readonly known: number;
}

/** The numbers of the words the vocabulary knows among `words`. */
export function wordIds(words: Iterable<string>): WordIds {
  const out: number[] = [];
  for (const w of words) {
    const id = ids.get(w);
    if (id !== undefined) out.push(id);
  }
  return { ids: out, known: ids.size };
}

/** Whether the ids were found against the whole vocabulary as it stands. */
export const current = (w: WordIds): boolean => w.known === ids.size;

// Which words the passage being asked about holds, by number: marks[id] === stamp. One array for
// every passage: marking a passage's ~40 known words costs less than a set of them each time.
let marks = new Uint32Array(1024);
let stamp = 0;
let marked: WordIds | undefined;

/** Marks `w`'s words as those `held` answers for, unless they are marked already. */
export function mark(w: WordIds): void {
  if (marked === w) return;
  if (marks.length < ids.size) {
    const grown = new Uint32Array(Math.max(ids.size, marks.length * 2));
    grown.set(marks);
    marks = grown;
  }
  if (++stamp === 0xffffffff) {
    marks.fill(0);
    stamp = 1;
  }
  for (let k = 0; k < w.ids.length; k++) marks[w.ids[k]] = stamp;
  marked = w;
}

/** Whether the passage last marked holds word `id`. */
export const held = (id: number): boolean => marks[id] === stamp;
