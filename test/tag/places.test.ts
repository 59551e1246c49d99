import assert from 'node:assert/strict';
import type { Passage } from '../../core/types.js';
import { loadTaxonomy } from '../../core/taxonomy.js';
import { Tagger } from '../../indexer/tag/tagger.js';

// Places by the labelling rule of issue 14 (test/labels/README.md): a place is tagged when the
// passage discusses a situation, event or action in or by that country. Each failure class found
// on the design data (branch places8) has the sentence that should fire and ones that must not.

const tagger = new Tagger(loadTaxonomy());
const passage = (text: string, extra: Partial<Passage> = {}): Passage => ({
  id: 'x', doc: 'd', ordinal: 0, block: 0, text, section: [], page: null, physicalPage: null, start: 0, end: text.length,
  kind: 'finding', blockType: 'paragraph', actors: [], themes: [], places: [], evidence: [], ...extra,
});
const places = (text: string, extra: Partial<Passage> = {}) => tagger.tag(passage(text, extra)).places.slice().sort();

describe('places: an armed group whose war is in one country implies it (rule 34)', () => {
  it('tags the country where the group acts, though the passage does not name it', () => {
    assert.deepEqual(places('Since June 2024, the Houthi authorities have detained dozens of UN and NGO national staff.'), ['YEM']);
    assert.deepEqual(places('Agencies have become more cautious about working in areas controlled by al-Shabaab.'), ['SOM']);
    assert.deepEqual(places('The Wazalendo movement brings together Mai-Mai groups that have fought against the M23 since 2022.'), ['COD']);
    assert.deepEqual(places('The Special Jurisdiction for Peace charged the former FARC secretariat with war crimes.'), ['COL']);
    assert.deepEqual(places("'Clearance operations' is the Tatmadaw's own term."), ['MMR']);
    assert.deepEqual(places('When the RSF cut the telecommunications network, volunteers crossed the front line carrying cash.'), ['SDN']);
  });

  it('keeps the group an armed group, never the state', () => {
    const t = tagger.tag(passage('Since 2020, al-Shabaab has taxed every truck on the road.'));
    assert.ok(t.actors.includes('armed-groups'));
    assert.ok(!t.actors.includes('member-states'));
  });

  it('takes no country from a list of examples of groups, nor from a group of a multi-country war', () => {
    assert.deepEqual(places('Listed groups such as al-Shabaab, the Taliban and Hamas have all run parallel administrations.'), []);
    assert.deepEqual(places('Designations of groups like the Houthis, al-Shabaab, the Taliban and HTS complicate access everywhere.'), []);
    assert.deepEqual(places('Proscribed groups such as al-Shabaab and the Taliban tax aid convoys.'), []);
    // one group after "such as" is where the sentence happens, and so is one with a clause after it
    assert.deepEqual(places('Aid rarely reaches districts held by armed groups such as al-Shabaab.'), ['SOM']);
    assert.deepEqual(places('Armed groups such as al-Shabaab, which controls much of the south, tax every convoy.'), ['SOM']);
    assert.deepEqual(places('Areas where JNIM or the Islamic State Sahel Province collect taxes are out of reach.'), []);
  });

  it('takes no country from a group named in a cited title (the reference entries\' rule)', () => {
    assert.deepEqual(places('Giustozzi, A. (2019) The Taliban at War, 2001–2018. London: Hurst.', { kind: 'reference', blockType: 'reference' }), []);
  });
});
