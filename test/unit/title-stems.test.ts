import assert from 'node:assert/strict';
import { stem } from '../../core/analysis.js';
import { rememberTitleStems, stemsOfTitle, titleStemList } from '../../core/title-stems.js';

describe('title stems (core/title-stems.ts)', () => {
  it("are the title's content stems in its order, stop words out", () => {
    assert.deepEqual(titleStemList('The Age of Caution'), [stem('age'), stem('caution')]);
    assert.deepEqual(titleStemList(''), []);
  });

  it('are read from what a build wrote when it gave them, not stemmed again', () => {
    // stems no stemmer would give, so the set can only come from the written ones
    rememberTitleStems(['A title only a build wrote stems for'], [['written', 'stems']]);
    assert.deepEqual([...stemsOfTitle('A title only a build wrote stems for')], ['written', 'stems']);
    rememberTitleStems(['An untitled-looking one'], [[]]);
    assert.equal(stemsOfTitle('An untitled-looking one').size, 0);
  });

  it('are stemmed on first use for a title no build wrote stems for (lunr builds, format 16)', () => {
    assert.deepEqual([...stemsOfTitle('Collaborating on advocacy')], [stem('collaborating'), stem('advocacy')]);
  });

  it('refuses a list of stems that does not match its titles', () => {
    assert.throws(() => rememberTitleStems(['a', 'b'], [[]]), /1 title stems for 2 titles/);
  });
});
