import assert from 'node:assert/strict';
import { AliasCollector, NO_PREVIOUS, sameClaims, sharedWords, successorShare, SUCCESSOR_SHARE, type PreviousBuild } from '../../indexer/aliases.js';
import { NO_ALIASES, type Aliases } from '../../core/build/aliases.js';

// An edited paragraph's old id leads to its successor only when the successor says the same
// thing: a link kept to "did not condemn" must not lead to "did condemn" (review11).

const COUNCIL = 'The Council did not condemn the attack on the hospital in Aleppo, which killed 12 staff.';

describe('an edited paragraph’s successor', () => {
  it('counts shared content words, stop words left out', () => {
    assert.equal(sharedWords('cats dogs birds fish', 'cats dogs birds frogs'), 0.75);
    assert.equal(sharedWords('the the cat', 'the cat sat on'), 0.5);
    assert.equal(sharedWords('', 'a'), 0);
    // stop words alone are no evidence: a sentence of them shares nothing countable
    assert.equal(sharedWords('it was all of them', 'it was all of them'), 0);
  });

  it('is no successor when a negation was added or removed', () => {
    assert.equal(successorShare(COUNCIL, COUNCIL.replace('did not condemn', 'did condemn')), 0);
    assert.equal(successorShare('Staff did not return.', 'Staff didn’t return.'), 1, 'a contraction is the same negation');
    assert.equal(successorShare('Aid reached the camps with escorts.', 'Aid reached the camps without escorts.'), 0);
    assert.equal(successorShare('Donors can fund the programme.', 'Donors cannot fund the programme.'), 0);
    assert.equal(sameClaims("Les donateurs n'ont pas financé le programme.", "Les donateurs n'ont financé le programme."), false);
  });

  it('is no successor when a number changed', () => {
    assert.equal(successorShare(COUNCIL, COUNCIL.replace('12 staff', '40 staff')), 0);
    assert.equal(successorShare('In 2019, 1.2 million people were displaced in the region.', 'In 2019, 3.4 million people were displaced in the region.'), 0);
    assert.equal(successorShare('Two convoys reached the town.', 'Three convoys reached the town.'), 0);
    // the same figures moved within the sentence are the same claims
    assert.ok(sameClaims('12 staff and 3 drivers were killed.', 'Killed were 3 drivers and 12 staff.'));
  });

  it('is a successor when a content word was edited and the claims kept', () => {
    const s = successorShare(COUNCIL, COUNCIL.replace('hospital', 'clinic'));
    assert.ok(s >= SUCCESSOR_SHARE && s < 1, String(s));
  });

  const previous = (texts: string[], aliases: Aliases = NO_ALIASES): PreviousBuild => ({
    ...NO_PREVIOUS,
    hashOf: new Map([['doc', 'old-hash']]),
    passagesOf: () => texts.map((text, i) => ({ id: `old${i}`, text })),
    aliases,
  });

  it('lists a successor under edited, never under passages, and a changed claim as gone', () => {
    const was = [COUNCIL, 'Convoys negotiated access through contested checkpoints in the north of the country.'];
    const c = new AliasCollector(previous(was));
    c.add('doc', 'new-hash', ['new0', 'new1'], [COUNCIL.replace('did not condemn', 'did condemn'), was[1].replace('contested', 'disputed')]);
    const live = new Set(['new0', 'new1']);
    assert.deepEqual(c.result((d) => d === 'doc', (p) => live.has(p)), { documents: {}, passages: {}, gone: { old0: 'doc' }, edited: { old1: 'new1' } });
  });

  it('carries an earlier build’s aliases forward, edited once means edited ever after', () => {
    const was = ['Convoys negotiated access through contested checkpoints in the north of the country.'];
    // old-renamed → old0 was a rename (same text), old-edited → old0 an earlier edit
    const c = new AliasCollector(previous(was, { documents: {}, passages: { 'old-renamed': 'old0' }, gone: {}, edited: { 'old-edited': 'old0', 'old-kept': 'new9' } }));
    c.add('doc', 'new-hash', ['new0'], [was[0].replace('contested', 'disputed')]);
    const live = new Set(['new0', 'new9']);
    assert.deepEqual(c.result((d) => d === 'doc', (p) => live.has(p)), {
      documents: {},
      passages: {},
      gone: {},
      edited: { 'old-renamed': 'new0', 'old-edited': 'new0', 'old-kept': 'new9', old0: 'new0' },
    });
  });
});
