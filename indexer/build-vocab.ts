import type { Passage } from '../core/types.js';
import { asciiForm, isPlain } from '../core/text.js';

const TOKEN = /\p{L}[\p{L}'’-]*\p{L}/gu;

/** A text's words as the corpus counts them (vocabulary, related words): lower-case, two letters or more, without a final "'s". */
export function corpusWords(text: string): string[] {
  const words = text.toLowerCase().match(isPlain(text) ? asciiForm(TOKEN) : TOKEN) ?? [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    // what .replace(/['’]s$/, '') does, without a regular expression per word
    if (w.length > 2 && w.charCodeAt(w.length - 1) === 115 && (w[w.length - 2] === "'" || w[w.length - 2] === '’')) words[i] = w.slice(0, -2);
  }
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
 * The corpus's words with their counts, for typo correction and "did you mean": real words
 * (not stems) so a suggestion reads as something a user can type. Counted one document at a
 * time as the indexer streams them: counted where each document is prepared (a file worker) and
 * merged, or counted here.
 */
export class VocabularyCounter {
  private readonly counts = new Map<string, number>();

  add(passages: Passage[]): void {
    for (const p of passages) {
      for (const w of corpusWords(p.text)) if (w.length >= 3) this.counts.set(w, (this.counts.get(w) ?? 0) + 1);
    }
  }

  /** Adds counts made elsewhere (one document's: `counted` of its own counter). */
  merge({ words, counts }: WordCounts): void {
    for (let i = 0; i < words.length; i++) this.counts.set(words[i], (this.counts.get(words[i]) ?? 0) + counts[i]);
  }

  counted(): WordCounts {
    return wordCounts(this.counts);
  }

  top(limit = 100_000): [string, number][] {
    return [...this.counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, limit);
  }
}

export function buildVocabulary(passages: Passage[], limit = 100_000): [string, number][] {
  const counter = new VocabularyCounter();
  counter.add(passages);
  return counter.top(limit);
}
