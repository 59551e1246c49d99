import assert from 'node:assert/strict';
import { loadTaxonomy } from '../../core/taxonomy.js';
import { Tagger } from '../../indexer/tag/tagger.js';
import { passage } from '../helpers/passage.js';

// Issue 14 (actors23, actors23b): actors' recall as the taxonomy and the labelling rules define
// them. One test per class of miss fixed: a state's wider agency (rule 8) and a name before
// "-administered", "-managed" … (rule 18).

const tagger = new Tagger(loadTaxonomy());
const actors = (text: string) => tagger.tag(passage(text)).actors;

describe('a state acting: what it decides, asks, begins or will do (rule 8, actors23)', () => {
  it('reads a state that asks, begins, makes clear, steps up or will act as a member state', () => {
    for (const t of [
      'From October 2023 Pakistan began expelling Afghans without valid papers.',
      'Iran has begun deporting Afghans in large numbers.',
      'China, which regards Myanmar as a strategic neighbour, made clear that it would block any resolution.',
      'Iran, too, has stepped up deportations.',
      'Switzerland asked how the mission and agencies would divide tasks.',
      'Japan will work with its partners to make women\'s place at peace talks the rule.',
      'Moscow, preoccupied with the war, showed little appetite to keep the road open.',
    ]) assert.ok(actors(t).includes('member-states'), t);
  });

  it('reads no state in what happens to a country or in it', () => {
    for (const t of [
      'Yemen began to starve as the blockade tightened.',
      'Yemen began sliding into famine in 2017.',
      'Syria will need decades to rebuild its hospitals.',
      'The war in Syria began in 2011.',
      'In Afghanistan, aid agencies began negotiating access.',
      'Gas supplies from Armenia, which ran through a pipeline across the line, were cut repeatedly in winter.',
      'Imports from Kenya were kept at the border for weeks.',
    ]) assert.ok(!actors(t).includes('member-states'), t);
  });
});

describe('a name before what it administers, manages or commissions (rule 18, actors23)', () => {
  it('reads a name before "-administered", "-managed", "-commissioned" as named', () => {
    assert.ok(actors('Support is channelled through a UNDP-administered project.').includes('un-development-system'));
    assert.ok(actors('An OCHA-managed pooled fund paid for the repairs.').includes('ocha'));
  });
});
