import assert from 'node:assert/strict';
import { whyTagged } from '../../server/view-helpers.js';

// userreview29 finding 8: a tag's tooltip spoke the tagger's rule names ("alias: states").
describe('whyTagged: a tag\'s reason in a reader\'s words', () => {
  it('says what the passage names or speaks of, the words quoted', () => {
    assert.equal(whyTagged({ facet: 'actor', id: 'member-states', rule: 'alias', matched: ['states'] }), 'names “states”');
    assert.equal(whyTagged({ facet: 'theme', id: 'displacement', rule: 'weighted cues', matched: ['displaced', 'refugees'] }), 'speaks of “displaced”, “refugees”');
    assert.equal(whyTagged({ facet: 'theme', id: 'accountability', rule: 'implied', matched: ['ICC'] }), 'implied by “ICC”');
    assert.equal(whyTagged({ facet: 'actor', id: 'ngos', rule: 'named in several examples', matched: ['NGOs'] }), 'names among several examples “NGOs”');
  });
  it('keeps the context rules, already sentences, and says nothing without evidence', () => {
    assert.equal(whyTagged({ facet: 'actor', id: 'donors', rule: "the document's donor", matched: ['ECHO'] }), "the document's donor: “ECHO”");
    assert.equal(whyTagged({ facet: 'kind', id: 'finding', rule: 'body text', matched: [] }), 'body text');
    assert.equal(whyTagged(undefined), '');
    assert.equal(whyTagged({ facet: 'actor', id: 'ngos', rule: 'alias', matched: ['  '] }), 'names');
  });
});
