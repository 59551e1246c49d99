import assert from 'node:assert/strict';
import fc from 'fast-check';
import { mayHoldInnerBracket, words } from '../../core/analysis.js';

// words() asks whether a text may hold a word with a bracket inside. The regex that asked it
// took a run of brackets every way at every start: ")" × 1,000 (a query's limit) cost 250 ms
// of CPU, × 10,000 minutes (found by the property fuzz, fuzz30). The one-pass test answers as
// the regex did, on every text.

const OLD = /[^\s\-–—/][()[\]]+[.,;:)\]]*[^\s\-–—/.,;:)\]]/;

describe('the inner-bracket test of words() (fuzz30)', () => {
  it('answers as the regex it replaces, on texts of brackets, punctuation, separators and letters', () => {
    const text = fc.array(fc.constantFrom('a', 'Z', '7', ' ', '\t', '-', '/', '–', '—', '(', ')', '[', ']', '.', ',', ';', ':', '"', 'é', '（'), { maxLength: 14 }).map((cs) => cs.join(''));
    fc.assert(fc.property(text, (t) => mayHoldInnerBracket(t) === OLD.test(t)), { seed: 30, numRuns: 20_000 });
    for (const t of ['(UN).Protection', 'geo)political', 'organisation(s', 'a)(', '(UNSC) AND Syria', 'a) b', 'x).;:y', 'x). y']) assert.equal(mayHoldInnerBracket(t), OLD.test(t), t);
  });

  it('reads a run of 100,000 brackets in linear time', () => {
    for (const unit of [')', '](', '].', 'a).', '(']) {
      const t0 = process.cpuUsage();
      words(unit.repeat(100_000 / unit.length));
      const d = process.cpuUsage(t0);
      assert.ok((d.user + d.system) / 1000 < 200, `${unit}: ${(d.user + d.system) / 1000} ms`);
    }
  });
});
