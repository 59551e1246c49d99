import assert from 'node:assert/strict';
import { headAtWord, tailAtWord } from '../../server/view-helpers.js';

// The "Under:" line above a result shows the end of a long lead-in; it must start at a word.
describe('tailAtWord', () => {
  it('keeps a short text whole', () => {
    assert.equal(tailAtWord('States should ensure adequate resources', 160), 'States should ensure adequate resources');
  });
  it('cuts a long text at a word boundary and marks the cut', () => {
    const text = 'Member states should commit to ensuring adequate resources';
    const out = tailAtWord(text, 28);
    assert.equal(out, '…ensuring adequate resources');
    assert.ok(text.endsWith(out.slice(1)));
  });
  it('never begins mid-word even when the cut falls inside one', () => {
    const out = tailAtWord('a'.repeat(10) + ' bb ' + 'measuring adequate resources', 30);
    assert.match(out, /^…[^ ]/);
    assert.equal(out, '…measuring adequate resources');
  });
  it('falls back to the character cut when the tail is one long word', () => {
    assert.equal(tailAtWord('x'.repeat(200), 160), '…' + 'x'.repeat(160));
  });
  // review35: a cut where it fell could start on the second half of a surrogate pair
  it('never starts inside a character written as two code units', () => {
    const lone = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
    for (const max of [60, 61, 159, 160]) {
      const out = tailAtWord('\u{1D41A}'.repeat(100), max);
      assert.doesNotMatch(out, lone, String(max));
      assert.ok(out.length - 1 <= max, String(max));
    }
  });
});

// review34: the reading view names each passage's box by its opening words
describe('headAtWord', () => {
  it('keeps a short text whole and cuts a long one at a word, marked', () => {
    assert.equal(headAtWord('  Short text. ', 60), 'Short text.');
    assert.equal(headAtWord('There is general acknowledgement among humanitarians', 30), 'There is general…');
    assert.equal(headAtWord('Supercalifragilisticexpialidocious words', 10), 'Supercalif…');
  });
  // review35 of 9db0f0b: the cut is cutAtWordEnd's
  it('never ends inside a surrogate pair, and keeps empty text empty', () => {
    const lone = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
    for (const max of [60, 61]) assert.doesNotMatch(headAtWord('\u{1D41A}'.repeat(100), max), lone, String(max));
    assert.equal(headAtWord('', 60), '');
    assert.equal(headAtWord('   ', 60), '');
  });
});
