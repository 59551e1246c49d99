import assert from 'node:assert/strict';
import type { Passage } from '../../core/types.js';
import { loadTaxonomy } from '../../core/taxonomy.js';
import { Tagger } from '../../indexer/tag/tagger.js';
import { impliedThemes, type ImpliedRule } from '../../indexer/tag/implied-themes.js';

// Themes implied by who acts and what happens (taxonomy: a theme's `implied`; issue 14,
// themes15). The passages are made up for these tests, not taken from a labelled set.

const passage = (text: string, extra: Partial<Passage> = {}): Passage => ({
  id: 'x', doc: 'd', ordinal: 0, block: 0, text, section: [], page: null, physicalPage: null, start: 0, end: text.length,
  kind: 'finding', blockType: 'paragraph', actors: [], themes: [], places: [], evidence: [], ...extra,
});

describe('implied themes: the mechanism', () => {
  const rule: ImpliedRule = { theme: 'theme:protection-of-civilians', with: ['actor:un-peace-operations'], groups: [/\b(?:villagers)\b/i, /\b(?:kill\w*)\b/i] };

  it('implies the theme when one of its tags and a word of every group are met, with them as evidence', () => {
    assert.deepEqual(impliedThemes('Raiders killed villagers.', new Set(['actor:un-peace-operations']), [rule]), [{ theme: 'theme:protection-of-civilians', matched: ['actor:un-peace-operations', 'villagers', 'killed'] }]);
  });

  it('implies nothing when a group is not met, or none of its tags is carried, or the theme is already tagged', () => {
    assert.deepEqual(impliedThemes('Raiders stole cattle from villagers.', new Set(['actor:un-peace-operations']), [rule]), []);
    assert.deepEqual(impliedThemes('Raiders killed villagers.', new Set(['actor:ngos']), [rule]), []);
    assert.deepEqual(impliedThemes('Raiders killed villagers.', new Set(['actor:un-peace-operations', 'theme:protection-of-civilians']), [rule]), []);
  });

  it('reads a rule with no tags from its words alone', () => {
    assert.equal(impliedThemes('Raiders killed villagers.', new Set(), [{ ...rule, with: [] }]).length, 1);
  });
});

describe('implied themes: the taxonomy\'s rules', () => {
  const tagger = new Tagger(loadTaxonomy());
  const themes = (text: string, extra: Partial<Passage> = {}) => tagger.tag(passage(text, extra)).themes;
  const implied = (text: string, extra: Partial<Passage> = {}) => tagger.tag(passage(text, extra)).evidence.filter((e) => e.rule === 'implied').map((e) => e.id);

  it('a peace operation where people are killed or shelter is the protection of civilians', () => {
    assert.ok(themes('The peacekeepers stayed inside their base while gunmen killed eleven villagers two kilometres away.').includes('protection-of-civilians'));
    assert.ok(themes('Thousands of families ran to the peacekeeping mission\'s compound and sheltered there for months.').includes('protection-of-civilians'));
  });

  it('killings with no peace operation, or a mission with no one harmed, imply no protection of civilians', () => {
    assert.ok(!implied('Gunmen killed eleven villagers two kilometres from the market.').includes('protection-of-civilians'));
    assert.ok(!implied('The peacekeeping mission renewed its fleet of vehicles and trained its staff.').includes('protection-of-civilians'));
  });

  it('the Security Council beside a permanent member is Council politics', () => {
    assert.ok(implied('The Security Council heard the briefing, and the French delegation asked for more time to study the text.').includes('geopolitics'));
    assert.ok(!implied('The Security Council welcomed the report of the panel.').includes('geopolitics'));
  });

  it('a peace operation working with the host state\'s army is stabilization', () => {
    assert.ok(implied('Blue helmets lent helicopters to government forces for their operations in the north.').includes('stabilization'));
    assert.ok(!implied('Blue helmets lent helicopters to a private contractor for its work in the north.').includes('stabilization'));
  });

  it('aid held at a front line, a checkpoint or a crossing is access', () => {
    assert.ok(implied('For a week the agencies could not take their supplies across the front line.').includes('humanitarian-access'));
    assert.ok(!implied('The city closed several roads in the centre for the marathon on Sunday.').includes('humanitarian-access'));
  });

  it('a senior official\'s decision or authority is leadership', () => {
    assert.ok(implied('The Special Representative of the mission used her authority to open the gates.').includes('leadership'));
    assert.ok(!implied('The Humanitarian Coordinator opened the conference on Monday.').includes('leadership'));
  });

  it('implies nothing in a reference or a note, whose themes are what their words state', () => {
    const text = 'Smith, J. (2019) Peacekeepers and the villagers they sheltered. London: Routledge.';
    assert.deepEqual(implied(text, { kind: 'reference', blockType: 'reference', section: ['References'] }), []);
  });
});
