import { strict as assert } from 'node:assert';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cosine, DIMENSIONS, loadVectorTable, meanVector } from '../../eval/theme-vectors.js';
import { tempDirSync } from '../helpers/tmp.js';

const unit = (d: number) => Array.from({ length: DIMENSIONS }, (_, i) => (i === d ? 1 : 0)).join(' ');

function table() {
  const file = join(tempDirSync('themevec-'), 'v.tsv');
  // "the" first (most frequent, a function word), then rank 2 and rank 3
  writeFileSync(file, `the\t${unit(0)}\ndonors\t${unit(1)}\nfunding\t${unit(2)}\n`);
  return loadVectorTable(file);
}

describe('theme vectors (themevec24)', () => {
  it('weights a word by its rank, rarer words more (SIF)', () => {
    const t = table();
    assert.ok(t.weight.get('funding')! > t.weight.get('donors')!);
    assert.ok(t.weight.get('donors')! > t.weight.get('the')!);
  });
  it('means known content words to unit length, skipping function and unknown words', () => {
    const t = table();
    const v = meanVector(t, ['The', 'donors', 'unheard']);
    assert.ok(v);
    assert.ok(Math.abs(cosine(v, v) - 1) < 1e-6);
    assert.equal(v[0], 0);
    assert.ok(Math.abs(v[1] - 1) < 1e-6);
  });
  it('gives nothing when no word is known', () => {
    assert.equal(meanVector(table(), ['the', 'zzz']), undefined);
  });
});
