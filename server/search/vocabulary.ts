import { damerauLevenshtein } from '../../core/edit-distance.js';

/** words whose nearest corpus words are remembered: a search that finds nothing asks again for each suggestion it tries */
const CORRECTIONS_KEPT = 2000;

/** the nearest words weighed for a correction */
const CANDIDATES = 5;
/** how many times as often a farther word must be used to be taken before a closer one */
export const FAR_MORE = 20;

/** The words (their places in the vocabulary) by `${length} ${first letter's code}` and by `${length} ${second letter's code}`. */
interface LetterIndex {
  first: Map<string, number[]>;
  second: Map<string, number[]>;
  /** per word (its place), the characters it holds as bits (letterBits) */
  letters: Uint32Array;
}

/**
 * The characters a word holds, as bits (a character's code mod 32: a–z each a bit of its own,
 * others sharing). An edit changes at most two bits (a substitution drops one character and
 * adds another; an insertion or a deletion one; a transposition none), so two words whose bits
 * differ in more than 2 × max places are more than max edits apart: the scan skips them without
 * computing their distance, most of a correction's comparisons (the same words found, in the same order).
 */
export function letterBits(word: string): number {
  let bits = 0;
  for (let i = 0; i < word.length; i++) bits |= 1 << (word.charCodeAt(i) & 31);
  return bits >>> 0;
}

/** How many bits of a 32-bit word are set. */
function bitCount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** The corpus's own words with their counts: the source of corrections and "did you mean". */
export class Vocabulary {
  /** per word, every corpus word `nearest` finds for it, in its order */
  private readonly nearKept = new Map<string, string[]>();
  // Indexing and sorting tens of thousands of words is tens of milliseconds of a server's
  // start-up, on the way to its first health check: each look-up structure is built by the
  // first search that needs it (a word's count, a prefix, a word the index does not know).
  private countsBuilt: Map<string, number> | undefined;
  private byLetterBuilt: LetterIndex | undefined;
  private sortedBuilt: string[] | undefined;

  constructor(private readonly entries: [string, number][]) {}

  /** The corpus's most frequent word of at least `minLength` letters found at most `maxCount` times (null if none). */
  frequentWord(minLength: number, maxCount = Infinity): string | null {
    let best: [string, number] | null = null;
    for (const e of this.entries) if (e[0].length >= minLength && e[1] <= maxCount && /^\p{L}+$/u.test(e[0]) && (!best || e[1] > best[1])) best = e;
    return best?.[0] ?? null;
  }

  private get counts(): Map<string, number> {
    return (this.countsBuilt ??= new Map(this.entries));
  }

  /**
   * The words by length and by their first letter, and by length and their second letter, for
   * corrections: a correction keeps the words sharing either, and a scan of every word of the
   * right lengths to find those was most of its time.
   */
  private get byLetter(): LetterIndex {
    if (this.byLetterBuilt) return this.byLetterBuilt;
    const index: LetterIndex = { first: new Map(), second: new Map(), letters: new Uint32Array(this.entries.length) };
    const add = (to: Map<string, number[]>, key: string, at: number) => {
      const list = to.get(key);
      if (list) list.push(at);
      else to.set(key, [at]);
    };
    this.entries.forEach(([word], at) => {
      index.letters[at] = letterBits(word);
      add(index.first, `${word.length} ${word.charCodeAt(0)}`, at);
      if (word.length > 1) add(index.second, `${word.length} ${word.charCodeAt(1)}`, at);
    });
    return (this.byLetterBuilt = index);
  }

  /** the words in alphabetical order, for prefix look-ups */
  private get sorted(): string[] {
    return (this.sortedBuilt ??= this.entries.map((e) => e[0]).sort());
  }

  count(word: string): number {
    return this.counts.get(word.toLowerCase()) ?? 0;
  }

  /** Corpus words starting with a prefix, most frequent first. */
  withPrefix(prefix: string, limit = 200): string[] {
    return this.allWithPrefix(prefix)
      .sort((a, b) => this.count(b) - this.count(a))
      .slice(0, limit);
  }

  /** How often the corpus's words starting with a prefix occur together: what a wildcard on it makes the engine read. */
  occurrencesWithPrefix(prefix: string): number {
    let n = 0;
    for (const w of this.allWithPrefix(prefix)) n += this.count(w);
    return n;
  }

  private allWithPrefix(prefix: string): string[] {
    const p = prefix.toLowerCase();
    const sorted = this.sorted;
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid] < p) lo = mid + 1;
      else hi = mid;
    }
    const out: string[] = [];
    for (let i = lo; i < sorted.length && sorted[i].startsWith(p); i++) out.push(sorted[i]);
    return out;
  }

  /**
   * The closest of the candidates (closest first, as `nearest` gives them), unless one an edit
   * farther is used FAR_MORE times as often: in a large library the closest word is often a
   * document's own slip or a name used once ("goverment" 1 edit from a "govermnent" written
   * once, 2 from "government" written thousands of times).
   */
  private likeliest(candidates: string[]): string | null {
    let best = candidates[0];
    if (best === undefined) return null;
    for (const c of candidates.slice(1)) if (this.count(c) >= FAR_MORE * this.count(best)) best = c;
    return best;
  }

  /**
   * The likeliest of `nearest` (whose scan is remembered per word); null when nothing is that close. With
   * `maxEdits`, only candidates that close compete: otherwise a word two edits away but far more
   * used would win and then be refused by the caller's limit, while the one-edit word a French
   * query meant was never offered.
   */
  correct(word: string, maxEdits?: number): string | null {
    return this.likeliest(this.nearest(word, CANDIDATES, maxEdits));
  }

  /**
   * Corpus words within edit distance 1 (words up to 5 letters) or 2, closest first, the most
   * frequent first among equals: what "did you mean" offers for a word the corpus lacks. A short
   * word's two letters swapped across the one between them ("sirya" for "syria") follow, two
   * edits away: one slip of the order of three keys, not two unrelated slips, so the one
   * two-edit reading a short word gets (`likeliest` takes it only where it is used FAR_MORE
   * times as often as the one-edit word: "siya", a name written 3 times, against "syria").
   */
  nearest(word: string, limit: number, maxEdits = 2): string[] {
    const w = word.toLowerCase();
    if (w.length < 3 || /\d/.test(w)) return [];
    // a search that finds nothing asks again for the same word (its correction, then its
    // suggestions, in the search and in each of its tries): one scan of the vocabulary a word
    const max = Math.min(w.length <= 5 ? 1 : 2, maxEdits);
    const swaps = max < 2 && maxEdits >= 2;
    const key = `${max}${swaps ? '+' : ''} ${w}`;
    let near = this.nearKept.get(key);
    if (!near) {
      near = this.scan(w, max, false, Infinity);
      if (swaps) near.push(...this.swappedAcrossOne(w).filter((c) => !near!.includes(c)));
      if (this.nearKept.size >= CORRECTIONS_KEPT) this.nearKept.clear();
      this.nearKept.set(key, near);
    }
    return near.slice(0, limit);
  }

  /**
   * The corpus words as written within `distance` edits of a word (the word itself first if the
   * corpus has it), closest and then most frequent first: what `word~2` asks for. Written words,
   * not the index's stems: "protectoin" is 2 edits from "protection" but 3 from its stem "protect".
   */
  within(word: string, distance: number, limit: number): string[] {
    const w = word.toLowerCase();
    if (!w || /\d/.test(w)) return [];
    return this.scan(w, distance, true, limit);
  }

  /** The corpus words that are `w` with two letters one apart swapped ("sirya" → "syria"), most used first. */
  private swappedAcrossOne(w: string): string[] {
    const out: string[] = [];
    for (let i = 0; i + 2 < w.length; i++) {
      if (w[i] === w[i + 2]) continue;
      const c = w.slice(0, i) + w[i + 2] + w[i + 1] + w[i] + w.slice(i + 3);
      if (this.count(c) > 0 && !out.includes(c)) out.push(c);
    }
    return out.sort((a, b) => this.count(b) - this.count(a));
  }

  private scan(w: string, max: number, withSelf: boolean, limit: number): string[] {
    const found: { word: string; d: number; n: number; at: number }[] = [];
    const { first, second, letters } = this.byLetter;
    const w0 = w.charCodeAt(0);
    const bits = letterBits(w);
    const consider = (at: number) => {
      if (bitCount(bits ^ letters[at]) > 2 * max) return;
      const [cand, n] = this.entries[at];
      if (cand === w && !withSelf) return;
      const d = damerauLevenshtein(w, cand, max);
      if (d <= max) found.push({ word: cand, d, n, at });
    };
    for (let len = Math.max(1, w.length - max); len <= w.length + max; len++) {
      // A typo rarely hits both of the first two letters: only words sharing one are compared.
      for (const at of first.get(`${len} ${w0}`) ?? []) consider(at);
      for (const at of second.get(`${len} ${w.charCodeAt(1)}`) ?? []) if (this.entries[at][0].charCodeAt(0) !== w0) consider(at);
    }
    // among equals, the order of the words by length and then as the vocabulary lists them
    return found
      .sort((a, b) => a.d - b.d || b.n - a.n || a.word.length - b.word.length || a.at - b.at)
      .slice(0, limit)
      .map((f) => f.word);
  }
}
