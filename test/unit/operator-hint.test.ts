import assert from 'node:assert/strict';
import { capitalOperators } from '../../server/search/operator-hint.js';

// userreview16: "advocacy and Syria not public" searched "public" as one more word, silently
describe('capitalOperators: a lower-case "not" between words offered as NOT', () => {
  it('writes the query with NOT, and its lower-case "and"s as AND', () => {
    assert.equal(capitalOperators('advocacy and Syria not public'), 'advocacy AND Syria NOT public');
    assert.equal(capitalOperators('advocacy not "public advocacy"'), 'advocacy NOT "public advocacy"');
    assert.equal(capitalOperators('"protection" not Syria'), '"protection" NOT Syria');
  });

  it('offers nothing without a "not" between words, or where operators are already written', () => {
    assert.equal(capitalOperators('protection and advocacy'), null, 'a lower-case "and" alone is the usual English');
    assert.equal(capitalOperators('advocacy NOT public and Syria'), null);
    assert.equal(capitalOperators('not public'), null);
    assert.equal(capitalOperators('advocacy not'), null);
    assert.equal(capitalOperators('advocacy not -public'), null);
    assert.equal(capitalOperators('"a not b" c'), null, 'a phrase\'s words are the phrase\'s');
    assert.equal(capitalOperators(''), null);
  });

  it('offers nothing for a question or a "not" negating a verb (review16 b, 6)', () => {
    assert.equal(capitalOperators('why aid does not reach the displaced'), null);
    assert.equal(capitalOperators('why do donors not fund local organisations'), null);
    assert.equal(capitalOperators('funding is not enough for shelter'), null);
    assert.equal(capitalOperators('agencies do not share data'), null);
    assert.equal(capitalOperators('aid cannot or will not reach'), null);
    assert.equal(capitalOperators('to be or not to be'), null);
    assert.equal(capitalOperators('advocacy not public?'), null);
    // a list of topics with "not" between them is still offered
    assert.equal(capitalOperators('displacement not Syria'), 'displacement NOT Syria');
  });

  it('offers NOT for a search phrased as a command: find, show, list (review16 c, 3)', () => {
    assert.equal(capitalOperators('find advocacy not Syria'), 'find advocacy NOT Syria');
    assert.equal(capitalOperators('show protection not Yemen'), 'show protection NOT Yemen');
    assert.equal(capitalOperators('list donors not ECHO'), 'list donors NOT ECHO');
    // a question word or an auxiliary still opens a question
    assert.equal(capitalOperators('which NGOs not Syria'), null);
    assert.equal(capitalOperators('does advocacy not Syria'), null);
  });
});
