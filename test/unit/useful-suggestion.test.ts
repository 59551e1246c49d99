import assert from 'node:assert/strict';
import { coversMost, fairSwap, usefulSwap, type SuggestionContext } from '../../server/search/useful-suggestion.js';
import { stem, isStopWord } from '../../core/analysis.js';
import { isEnglishWord } from '../../core/english-words.js';

// userreview18 finding 13: a zero-hit query's suggestion must still ask what was asked.
describe('useful suggestions for a zero-hit query', () => {
  const corpus = new Set(['latter', 'problem', 'silent', 'silenced', 'violence', 'unama', 'protection', 'access']);
  const ctx: SuggestionContext = { knows: (w) => corpus.has(w), isStopWord, isWord: isEnglishWord, stem };

  it('needs more than half of the content words matched', () => {
    assert.equal(coversMost(['quantum', 'chromodynamics', 'latter'], ctx), false);
    assert.equal(coversMost(['quantum', 'latter'], ctx), false, 'half is not most');
    assert.equal(coversMost(['silent'], ctx), true);
    assert.equal(coversMost(['protection', 'of', 'access', 'quantum'], ctx), true, 'stop words do not count');
  });

  it('swaps a word of English only for a form of its own root', () => {
    assert.equal(fairSwap('lattice', 'latter', ctx), false);
    assert.equal(fairSwap('silence', 'violence', ctx), false);
    assert.equal(fairSwap('silence', 'silent', ctx), true);
    assert.equal(fairSwap('silence', 'silenced', ctx), true);
  });

  it('lets a slip or an acronym take the closest corpus word, but never a function word', () => {
    assert.equal(fairSwap('unma', 'UNAMA', ctx), true);
    assert.equal(fairSwap('protecton', 'protection', ctx), true);
    assert.equal(fairSwap('abuot', 'about', ctx), false);
  });

  it('quantum chromodynamics lattice is offered nothing; silence is offered silent', () => {
    assert.equal(usefulSwap(['quantum', 'chromodynamics', 'lattice'], 2, 'latter', ctx), false);
    assert.equal(usefulSwap(['silence'], 0, 'silent', ctx), true);
    assert.equal(usefulSwap(['unma'], 0, 'UNAMA', ctx), true);
  });
});
