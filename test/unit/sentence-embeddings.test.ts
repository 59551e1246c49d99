import { strict as assert } from 'node:assert';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cosineOf, loadEmbeddings } from '../../eval/sentence-embeddings.js';
import { tempDirSync } from '../helpers/tmp.js';

function written(texts: string[], vectors: number[][]): string {
  const file = join(tempDirSync('sentence-emb-'), 'e.f32');
  writeFileSync(file, Buffer.from(Float32Array.from(vectors.flat()).buffer));
  writeFileSync(`${file}.texts.json`, JSON.stringify(texts));
  return file;
}

describe('sentence embeddings made outside the repository (meaning41)', () => {
  it('gives each text the vector written in its place', () => {
    const e = loadEmbeddings(written(['protect civilians', 'fund the response'], [[1, 0, 0], [0, 2, 0]]), 3);
    assert.deepEqual([...e.of('fund the response')], [0, 2, 0]);
    assert.deepEqual([...e.of('protect civilians')], [1, 0, 0]);
    assert.equal(e.has('protect civilians'), true);
    assert.equal(e.has('Protect civilians'), false);
  });
  it('names a text it has no vector for rather than scoring without it', () => {
    const e = loadEmbeddings(written(['a'], [[1, 0]]), 2);
    assert.throws(() => e.of('shielding non-combatants'), /no vector for "shielding non-combatants"/);
  });
  it('refuses a file whose floats do not fit its texts', () => {
    assert.throws(() => loadEmbeddings(written(['a', 'b'], [[1, 0, 0]]), 3), /3 floats for 2 texts/);
  });
  it('takes the cosine whatever the vectors’ length, and 0 for an empty vector', () => {
    assert.ok(Math.abs(cosineOf(Float32Array.from([2, 0]), Float32Array.from([3, 3])) - Math.SQRT1_2) < 1e-6);
    assert.equal(cosineOf(Float32Array.from([0, 0]), Float32Array.from([1, 0])), 0);
  });
});
