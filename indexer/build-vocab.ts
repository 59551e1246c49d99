import type { Passage } from '../core/types.js';
import { asciiForm, isPlain } from '../core/text.js';
import { elidedLength } from '../core/nlp/elision.js';

// marks inside and at the end of a word (a Devanagari vowel sign), as the analysis has them
const TOKEN = /\p{L}[\p{L}\p{M}'’-]*[\p{L}\p{M}]/gu;

/** A text's tokens as corpusWords cuts them, before each is made a word (corpusWord). */
export const corpusTokens = (text: string): string[] => text.toLowerCase().match(isPlain(text) ? asciiForm(TOKEN) : TOKEN) ?? [];

/** A token's word as the corpus counts it: without a final "'s" or an elided article before. */
export function corpusWord(token: string): string {
  let w = token;
  // "l’accès" counts as "accès" (core/nlp/elision.ts), the word a search and a correction use
  const elided = elidedLength(w);
  if (elided) w = w.slice(elided);
  // what .replace(/['’]s$/, '') does, without a regular expression per word
  if (w.length > 2 && w.charCodeAt(w.length - 1) === 115 && (w[w.length - 2] === "'" || w[w.length - 2] === '’')) w = w.slice(0, -2);
  return w;
}

/** A text's words as the corpus counts them (vocabulary, related words): lower-case, two letters or more, without a final "'s" or an elided article before. */
export function corpusWords(text: string): string[] {
  const words = corpusTokens(text);
  for (let i = 0; i < words.length; i++) words[i] = corpusWord(words[i]);
  return words;
}

/**
 * Words and their counts as two lists: what a file worker sends (a pair per word took as long
 * to pass between processes as to count).
 */
export interface WordCounts {
  words: string[];
  counts: number[];
}

export const wordCounts = (m: Map<string, number>): WordCounts => ({ words: [...m.keys()], counts: [...m.values()] });

/**
 * Words numbered in the order this process first met them. A file worker sends a document's
 * counts by these numbers, and each word once (the first document that has it), rather than
 * every document's words as strings: the run merged ~1,500 words a document into two maps by
 * string, on its one thread, and the strings were a seventh of what the workers sent it.
 * In the run the pool renumbers a worker's words into the run's own table as each document
 * arrives (in the order the worker sent them), so the run's counts are arrays by number.
 */
export class WordTable {
  private ids = new Map<string, number>();
  words: string[] = [];
  private sent = 0;
  private cleared = false;

  id(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.words.length;
      this.ids.set(word, id);
      this.words.push(word);
    }
    return id;
  }

  /** A worker's table starts again past `limit` words (between documents), so it stays bounded on any corpus. */
  bound(limit = WORKER_WORDS): void {
    if (this.words.length < limit) return;
    this.ids = new Map();
    this.words = [];
    this.sent = 0;
    this.cleared = true;
  }

  /** The words numbered since the last call, for the run to number alike; `restart`: the numbering began again. */
  fresh(): FreshWords {
    const out: FreshWords = { restart: this.cleared, words: this.words.slice(this.sent).join('\n') };
    this.sent = this.words.length;
    this.cleared = false;
    return out;
  }
}

/** Words a worker numbered since its last document, joined by a line break (no counted word holds one). */
export interface FreshWords {
  restart: boolean;
  words: string;
}

const WORKER_WORDS = 300_000;

/** This process's words: a worker's own numbering, or in the run the build's. */
export const wordTable = new WordTable();

/** Counts by word number (wordTable) */
export interface NumberedCounts {
  ids: Uint32Array;
  counts: Uint32Array;
}

export function numbered({ words, counts }: WordCounts): NumberedCounts {
  const ids = new Uint32Array(words.length);
  for (let i = 0; i < words.length; i++) ids[i] = wordTable.id(words[i]);
  return { ids, counts: Uint32Array.from(counts) };
}

/**
 * One document's counts made by word number (wordTable) as they are counted, in the order each
 * word was first met: what `numbered` of a counter's counts gives, ids and all (a word is numbered
 * when first met either way), without a map of the document's words by string beside the table.
 * Preparing a document counted its words into such a map twice (its vocabulary, the acronyms'
 * `known`) and then looked every distinct word up again in the table to number it.
 */
export class NumberedCounter {
  private counts = new Uint32Array(4096);
  /** per word, the passage it was last counted in (`count`'s `passage`), or -1 */
  private last = new Int32Array(4096).fill(-1);
  private ids: number[] = [];

  /** One more of word `id`; with `passage` (≥ 0), counted once per passage, as the passages holding it. */
  count(id: number, passage = -1): void {
    if (id >= this.counts.length) this.grow(id);
    if (this.counts[id] === 0) this.ids.push(id);
    else if (passage >= 0 && this.last[id] === passage) return;
    this.last[id] = passage;
    this.counts[id]++;
  }

  /**
   * The counts `fill` makes, the counter empty again after — also when `fill` throws, since a
   * counter is shared by the documents a worker prepares: a failed one leaves nothing for the next.
   */
  counted(fill: (counter: this) => void): NumberedCounts {
    try {
      fill(this);
    } catch (error) {
      this.finish();
      throw error;
    }
    return this.finish();
  }

  /** The counts so far, in the order first met; the counter is empty again. */
  private finish(): NumberedCounts {
    const ids = Uint32Array.from(this.ids);
    const counts = new Uint32Array(ids.length);
    for (let i = 0; i < ids.length; i++) {
      counts[i] = this.counts[ids[i]];
      this.counts[ids[i]] = 0;
      this.last[ids[i]] = -1;
    }
    this.ids = [];
    return { ids, counts };
  }

  private grow(id: number): void {
    const size = Math.max(id + 1, this.counts.length * 2);
    const counts = new Uint32Array(size);
    counts.set(this.counts);
    const last = new Int32Array(size).fill(-1);
    last.set(this.last);
    this.counts = counts;
    this.last = last;
  }
}

const vocabularyCounter = new NumberedCounter();

/** Whether the vocabulary counts a word of corpusWords: the one rule of VocabularyCounter and numberedVocabulary. */
export const inVocabulary = (w: string): boolean => w.length >= 3;

/** Passages' words counted as VocabularyCounter counts them, by number: `numbered(counter.counted())` of a fresh counter. */
export function numberedVocabulary(passages: readonly Passage[]): NumberedCounts {
  return vocabularyCounter.counted((c) => {
    for (const p of passages) for (const w of corpusWords(p.text)) if (inVocabulary(w)) c.count(wordTable.id(w));
  });
}

/**
 * A worker's numbers (`local`: its numbers to the run's, kept per worker by the pool) turned into
 * the run's, in place, after the words it numbered for this document.
 */
export function renumber(fresh: FreshWords, local: number[], counts: readonly NumberedCounts[]): void {
  if (fresh.restart) local.length = 0;
  if (fresh.words) for (const w of fresh.words.split('\n')) local.push(wordTable.id(w));
  for (const { ids } of counts) for (let i = 0; i < ids.length; i++) ids[i] = local[ids[i]];
}

/**
 * Counts by number (addNumbered) handed on as words, and emptied: what a counter merged by number
 * is folded into its counts by word before anything reads them.
 */
export function foldNumbered(byId: number[], add: (word: string, n: number) => void): void {
  byId.forEach((n, id) => {
    if (n) add(wordTable.words[id], n);
  });
  byId.length = 0;
}

/** Adds counts by number into an array by number. */
export function addNumbered(into: number[], { ids, counts }: NumberedCounts): void {
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i];
    while (into.length <= id) into.push(0);
    into[id] += counts[i];
  }
}

/**
 * The corpus's words with their counts, for typo correction and "did you mean": real words
 * (not stems) so a suggestion reads as something a user can type. Counted one document at a
 * time as the indexer streams them: counted where each document is prepared (a file worker) and
 * merged, or counted here.
 */
export class VocabularyCounter {
  private readonly counts = new Map<string, number>();

  add(passages: Passage[]): void {
    for (const p of passages) {
      for (const w of corpusWords(p.text)) if (inVocabulary(w)) this.counts.set(w, (this.counts.get(w) ?? 0) + 1);
    }
  }

  /** counts merged by word number (wordTable), folded into `counts` when read */
  private readonly byId: number[] = [];

  /** Adds counts made elsewhere (one document's: `counted` of its own counter, numbered). */
  merge(counts: NumberedCounts): void {
    addNumbered(this.byId, counts);
  }

  private fold(): void {
    foldNumbered(this.byId, (w, n) => this.counts.set(w, (this.counts.get(w) ?? 0) + n));
  }

  counted(): WordCounts {
    this.fold();
    return wordCounts(this.counts);
  }

  top(limit = 100_000): [string, number][] {
    this.fold();
    // words that collate alike (one written with a combining accent, one without) in code-unit
    // order: the counts arrive in the order the workers finish, not the corpus's
    return [...this.counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]) || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).slice(0, limit);
  }
}

export function buildVocabulary(passages: Passage[], limit = 100_000): [string, number][] {
  const counter = new VocabularyCounter();
  counter.add(passages);
  return counter.top(limit);
}
