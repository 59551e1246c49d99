import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { functionWordsOf, isFunctionWord } from '../../core/nlp/function-words.js';

// review16 c, 10: SKIP_WORDS is an undocumented property of citeproc; a rename must not throw
// inside a search request
describe('function words (core/nlp/function-words.ts)', () => {
  it("reads citeproc's list of words a title-cased style leaves in lower case", () => {
    const fromCiteproc = functionWordsOf(createRequire(import.meta.url)('citeproc'));
    for (const w of ['against', 'beyond', 'despite', 'towards', 'within', 'the', 'and']) assert.ok(fromCiteproc.has(w), w);
    assert.ok(isFunctionWord('Against'));
    assert.ok(!isFunctionWord('protection'));
  });

  it('falls back to a built-in list when SKIP_WORDS is missing or not a list of strings', () => {
    for (const lib of [{}, { SKIP_WORDS: 'of the' }, { SKIP_WORDS: [1, 2] }, { SKIP_WORDS: [] }, null, undefined]) {
      const words = functionWordsOf(lib);
      for (const w of ['of', 'the', 'and', 'against', 'towards', 'within']) assert.ok(words.has(w), `${JSON.stringify(lib)}: ${w}`);
      for (const w of ['protection', 'donors', 'syria']) assert.ok(!words.has(w), w);
    }
  });
});
