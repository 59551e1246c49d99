import assert from 'node:assert/strict';
import { ENGINE_MODULES } from '../../core/engines/registry.js';
import { MAX_FUZZY_LENGTH } from '../../core/engines/lunr.js';

// lunr's cost of a word with an edit distance grows far faster than the word: "~2~2…~2", a
// fuzzy "2~2~2…" of 500 characters, held the process 26 s on the bundled corpus (found by the
// property fuzz, fuzz30). A word longer than any language's is searched as typed.

const texts = ['Protection of civilians in the north.', 'Humanitarian access was denied.', `An identifier ${'2~'.repeat(30)}2 in a table.`];

describe('lunr expands a word with an edit distance only up to a word\'s length (fuzz30)', () => {
  const engine = ENGINE_MODULES.lunr.inMemory(texts.map((text, ordinal) => ({ ordinal, text, section: '', title: 'd', author: 'Ann Smith' })));

  it('still finds a typo of a word ("civlians"~1, "humanitarain"~2)', () => {
    assert.deepEqual([...engine.search([{ term: 'civlians', presence: 'required', editDistance: 1 }]).keys()], [0]);
    assert.deepEqual([...engine.search([{ term: 'humanitarain', presence: 'required', editDistance: 2 }]).keys()], [1]);
  });

  it(`searches a longer run as typed, in bounded CPU (${MAX_FUZZY_LENGTH} characters at most expanded)`, () => {
    const t0 = process.cpuUsage();
    assert.equal(engine.search([{ term: '2~'.repeat(250), presence: 'required', editDistance: 2 }]).size, 0);
    assert.equal(engine.search([{ term: 'a'.repeat(400), presence: 'required', editDistance: 2 }]).size, 0);
    const d = process.cpuUsage(t0);
    assert.ok((d.user + d.system) / 1000 < 200, `${(d.user + d.system) / 1000} ms`);
  });
});
