import assert from 'node:assert/strict';
import { loadTaxonomy } from '../../core/taxonomy.js';
import { Tagger } from '../../indexer/tag/tagger.js';
import { passage } from '../helpers/passage.js';

// The taxonomy names a place's non-state armed groups in its `groups` list (they tag the place);
// the same names must tag the armed-groups actor, or a passage on the White Army gets South Sudan
// and no actor (actors24, taken alone from its branch).

const taxonomy = loadTaxonomy();
const tagger = new Tagger(taxonomy);
const actors = (text: string) => tagger.tag(passage(text)).actors;

describe("a place's armed groups are armed-groups actors", () => {
  it("keeps every non-state group of a place's `groups` among the armed-groups aliases", () => {
    const armed = new Set((taxonomy.actors.find((a) => a.id === 'armed-groups')?.aliases ?? []).map((a) => a.replace(/^~/, '').toLowerCase()));
    // The Tatmadaw is Myanmar's army: a state's organ (member-states), not a non-state group.
    const missing = taxonomy.places.flatMap((p) => p.groups ?? []).filter((g) => g !== 'Tatmadaw' && !armed.has(g.toLowerCase()));
    assert.deepEqual(missing, []);
    assert.ok(actors('Boys came back in the uniforms of the White Army.').includes('armed-groups'));
    assert.ok(actors('The Gulf Clan fights over coca routes.').includes('armed-groups'));
  });

  it('reads FARC-EP as the FARC, and no armed group without a name', () => {
    assert.ok(actors('Five years after the government and the FARC-EP signed the Final Agreement, the accord is late.').includes('armed-groups'));
    assert.ok(!actors('Five years after the government signed the Final Agreement, the accord is late.').includes('armed-groups'));
  });
});
