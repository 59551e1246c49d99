import assert from 'node:assert/strict';
import { corpusWords, renumber, VocabularyCounter, WordTable, type NumberedCounts } from '../../indexer/build-vocab.js';
import type { Passage } from '../../core/types.js';

/** A document's vocabulary counted as a file worker does, by its own table's numbers. */
function workerCounts(table: WordTable, text: string): NumberedCounts {
  const m = new Map<number, number>();
  for (const w of corpusWords(text)) if (w.length >= 3) m.set(table.id(w), (m.get(table.id(w)) ?? 0) + 1);
  return { ids: Uint32Array.from(m.keys()), counts: Uint32Array.from(m.values()) };
}

describe('word counts by number (worker → run)', () => {
  it('counts a word with its vowel signs whole (a Devanagari word had been cut at its marks, so typo correction never offered it)', () => {
    assert.deepEqual(corpusWords('शरणार्थी शिविरों में, the UN’s co-operation.'), ['शरणार्थी', 'शिविरों', 'में', 'the', 'un', 'co-operation']);
  });

  it('gives the run the counts it would have made itself, whichever worker numbered a word first and across a restarted numbering', () => {
    const texts = ['Protection of civilians and humanitarian access.', 'Access denied; civilians displaced, protection cluster.', 'Humanitarian leadership and access negotiations.', 'Civilians, civilians and more civilians.'];
    const direct = new VocabularyCounter();
    direct.add(texts.map((text) => ({ text }) as Passage));
    const run = new VocabularyCounter();
    const workers = [new WordTable(), new WordTable()];
    const local: number[][] = [[], []];
    texts.forEach((text, i) => {
      const w = i % 2;
      // the second worker's numbering starts again before its last document
      if (i === 3) workers[w].bound(1);
      const counts = workerCounts(workers[w], text);
      renumber(workers[w].fresh(), local[w], [counts]);
      run.merge(counts);
    });
    assert.deepEqual(run.top(), direct.top());
    // the counts by word, read before top() folds them, are the same too
    const byWord = (c: VocabularyCounter) => {
      const { words, counts } = c.counted();
      return words.map((w, i) => `${w} ${counts[i]}`).sort();
    };
    const merged = new VocabularyCounter();
    texts.forEach((text, i) => {
      const table = new WordTable();
      const counts = workerCounts(table, text);
      renumber(table.fresh(), [], [counts]);
      merged.merge(counts);
      // a read between merges folds what came so far, and what comes after still counts
      if (i === 1) byWord(merged);
    });
    assert.deepEqual(byWord(merged), byWord(direct));
  });
});
