import { readFileSync } from 'node:fs';
import { isFunctionWord } from '../core/nlp/function-words.js';

// A passage's meaning as one vector (issue 14, themevec24): the SIF-weighted mean of its words'
// GloVe vectors (Arora, Liang & Ma 2017), so a passage that says a theme in ordinary words can
// sit near the theme's definition though it holds none of its cues. SIF weight a / (a + p(w)),
// p(w) from the word's frequency rank in GloVe's own corpus by Zipf's law (p ≈ 0.1 / rank): no
// statistic of our labelled texts enters it. Table from scripts/theme-vector-table.ts.

export const DIMENSIONS = 100;
const SIF_A = 1e-4;

export interface VectorTable {
  vectors: Map<string, Float32Array>;
  /** per word, its SIF weight */
  weight: Map<string, number>;
}

export function loadVectorTable(file: string): VectorTable {
  const vectors = new Map<string, Float32Array>();
  const weight = new Map<string, number>();
  readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .forEach((line, i) => {
      const [w, nums] = line.split('\t');
      vectors.set(w, Float32Array.from(nums.split(' ').map(Number)));
      weight.set(w, SIF_A / (SIF_A + 0.1 / (i + 1)));
    });
  return { vectors, weight };
}

/** The unit-length SIF mean of the words' vectors (function words and unknown words skipped); undefined when none is known. */
export function meanVector(table: VectorTable, words: Iterable<string>): Float32Array | undefined {
  const sum = new Float32Array(DIMENSIONS);
  let n = 0;
  for (const raw of words) {
    const w = raw.toLowerCase();
    if (isFunctionWord(w)) continue;
    const v = table.vectors.get(w);
    if (!v) continue;
    const a = table.weight.get(w) ?? 1;
    for (let d = 0; d < DIMENSIONS; d++) sum[d] += a * v[d];
    n++;
  }
  if (!n) return undefined;
  const norm = Math.sqrt(sum.reduce((a, x) => a + x * x, 0)) || 1;
  for (let d = 0; d < DIMENSIONS; d++) sum[d] /= norm;
  return sum;
}

export const cosine = (a: Float32Array, b: Float32Array): number => {
  let s = 0;
  for (let d = 0; d < DIMENSIONS; d++) s += a[d] * b[d];
  return s;
};
