import assert from 'node:assert/strict';
import { swapInPlace } from '../../server/search/suggestion-tries.js';

// userreview29 finding 2: a word of a quoted phrase is swapped inside the phrase.

describe('swapInPlace', () => {
  it('swaps the word where it was typed, quotes and operators kept', () => {
    assert.equal(swapInPlace('"age of cuation"', 'cuation', 'caution'), '"age of caution"');
    assert.equal(swapInPlace('+Yemen "humanitarain diplomacy"', 'humanitarain', 'humanitarian'), '+Yemen "humanitarian diplomacy"');
  });
  it('takes a whole word only, in any case, and the first of two', () => {
    assert.equal(swapInPlace('"UNMIZ mission"', 'unmiz', 'UNMIK'), '"UNMIK mission"');
    assert.equal(swapInPlace('"cuations cuation"', 'cuation', 'caution'), '"cuations caution"');
    // the typed word is matched literally: a dot in it is a dot
    assert.equal(swapInPlace('"u.n. mision"', 'u.n', 'UN'), '"UN. mision"');
    assert.equal(swapInPlace('"uxn mision"', 'u.n', 'UN'), undefined);
  });
  it('is undefined where the word is not in the query as typed', () => {
    assert.equal(swapInPlace('"age of cuations"', 'cuation', 'caution'), undefined);
  });
});
