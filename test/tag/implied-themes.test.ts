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

  it('needs every group met in one sentence or clause, not anywhere in the passage (review15)', () => {
    assert.deepEqual(impliedThemes('Raiders stole cattle. The villagers were killed later.', new Set(['actor:un-peace-operations']), [rule]).length, 1);
    assert.deepEqual(impliedThemes('Raiders killed a goat. The villagers sold its meat.', new Set(['actor:un-peace-operations']), [rule]), []);
    assert.deepEqual(impliedThemes('Raiders killed a goat; villagers sold its meat.', new Set(['actor:un-peace-operations']), [rule]), []);
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

  // review15: the reviewer's ordinary sentences, each tagged before the groups had to meet in one
  // sentence and the general words needed a stronger one.
  it('general words and words far apart imply nothing (review15)', () => {
    const none: [string, string][] = [
      ['humanitarian-access', 'The agency will reach its fundraising target by December.'],
      ['humanitarian-access', 'The humanitarian community must reach consensus on the route map for reform.'],
      ['humanitarian-access', 'NGOs need permission from their boards before they open new offices.'],
      ['humanitarian-access', 'Humanitarian financing must change: donors should reach the 1 per cent target and cut off earmarking.'],
      ['protection-of-civilians', 'The peacekeeping mission held a workshop on safety training for its drivers and the children of staff.'],
      ['protection-of-civilians', 'The mission\'s people faced threats of budget cuts in the peacekeeping mission\'s second year.'],
      ['protection-of-civilians', 'The peacekeeping mission\'s communities of practice discussed safety of data.'],
      ['stabilization', 'MONUSCO\'s budget pays for army engineers seconded by troop contributors.'],
      ['geopolitics', 'The Security Council visited Mali; members had dinner with the American ambassador.'],
      ['geopolitics', 'The Security Council met in Paris and the French foreign minister opened the session.'],
      ['leadership', 'The Special Representative decided to take annual leave in August.'],
    ];
    for (const [theme, text] of none) assert.ok(!implied(text).includes(theme), `${theme}: ${text}`);
  });

  it('the stronger words still imply their themes (review15)', () => {
    assert.ok(implied('For days the agencies could not get permission from the militia to use the road.').includes('humanitarian-access'));
    assert.ok(implied('Peacekeepers stood by as gunmen attacked children in the camp.').includes('protection-of-civilians'));
    assert.ok(implied('The peacekeeping mission said the residents of the town felt safer at last.').includes('protection-of-civilians'));
  });

  it('implies nothing in a reference or a note, whose themes are what their words state', () => {
    const text = 'Smith, J. (2019) Peacekeepers and the villagers they sheltered. London: Routledge.';
    assert.deepEqual(implied(text, { kind: 'reference', blockType: 'reference', section: ['References'] }), []);
  });
});
