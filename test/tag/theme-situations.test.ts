import assert from 'node:assert/strict';
import { loadTaxonomy } from '../../core/taxonomy.js';
import { Tagger } from '../../indexer/tag/tagger.js';
import { passage } from '../helpers/passage.js';

// Themes told as situations (issue 14, themes16): the taxonomy's situational cues for how field
// reports tell a theme without naming it — people who crossed the border or took refuge, casualty
// figures withheld and no party named, agencies wary and saying nothing, great powers as patrons,
// safe passage and closed roads. The passages are made up for these tests, not taken from a
// labelled set; each near miss has one such word outside humanitarian or conflict business, where a
// lone situational cue does not count (two of one theme still do, as before: tagger.ts).


describe('themes told as situations', () => {
  const tagger = new Tagger(loadTaxonomy());
  const themes = (text: string) => tagger.tag(passage(text)).themes;
  const why = (text: string) => JSON.stringify(tagger.tag(passage(text)).evidence.filter((e) => e.facet === 'theme'));

  const stories: [string, string][] = [
    ['displacement', 'When the armed group reached the district, some 40,000 villagers crossed the border within a week and took refuge in the hills.'],
    ['displacement', 'Two years after the fighting, thousands of families were still living away from their homes, in schools and transit centres along the highway.'],
    ['advocacy-and-diplomacy', 'The agencies kept a tally of civilian deaths but never published the figures, and their statements named no one.'],
    ['risk-and-caution', 'After the expulsions, country directors grew wary of saying anything about the army; most said nothing at all, anxious to protect their programmes.'],
    // (no Council, no "rivals" or "patrons": the written cues that already tagged the first story; review16 finding 7)
    ['geopolitics', 'Russia armed the government and Washington courted the rebels, each with its proxies on the ground.'],
    ['geopolitics', 'Beijing and Washington competed for influence over the ports throughout the war.'],
    ['humanitarian-access', 'The bridge was blown in March, and relief now reaches the valley only by airlift, when the armed group allows safe passage.'],
    ['coordination-and-coherence', 'No one was in charge of the response: each agency ran parallel structures, and nobody knew who did what.'],
  ];
  for (const [theme, text] of stories) {
    it(`${theme}: ${text.slice(0, 60)}…`, () => assert.ok(themes(text).includes(theme), why(text)));
  }

  const nearMisses: [string, string][] = [
    ['displacement', 'The football supporters crossed the border by coach and took refuge from the rain in a café.'],
    ['risk-and-caution', 'Investors were wary of the new bond issued this quarter.'],
    ['humanitarian-access', 'The bridge was closed for repairs and commuters took the ferry.'],
    ['advocacy-and-diplomacy', 'The company published the figures for the third quarter on Monday.'],
  ];
  for (const [theme, text] of nearMisses) {
    it(`not ${theme} outside humanitarian or conflict business: ${text.slice(0, 50)}…`, () => assert.ok(!themes(text).includes(theme), why(text)));
  }
});

// A situational cue says its theme only as the theme's definition reads it (review16 finding 3):
// humanitarian access is agencies' access to populations, not people's access to water or
// schooling; risk and caution is institutions' caution and fear of consequences, not affected
// people's fears or exposure to violence; geopolitics is great-power politics and Council
// divisions, not a government's sovereignty over its own roads; human security is security
// beyond physical threats, not a school kept safe from attack. The passages are made up.
describe('situational cues read by their theme\'s definition (review16, branch fixrev16b)', () => {
  const tagger = new Tagger(loadTaxonomy());
  const themes = (text: string) => tagger.tag(passage(text)).themes;
  const why = (text: string) => JSON.stringify(tagger.tag(passage(text)).evidence.filter((e) => e.facet === 'theme'));

  const not: [string, string][] = [
    ['humanitarian-access', 'Half of the displaced families in the camps have no access to clean water or health care.'],
    ['humanitarian-access', 'Refugees who lost access to education in the camps now depend on volunteer teachers.'],
    ['humanitarian-access', 'Displaced women said they were losing access to land and to markets.'],
    ['risk-and-caution', "Children's exposure to violence in the camps remains high, and humanitarian agencies report more cases."],
    ['risk-and-caution', 'Displaced families were anxious about their future after the fighting.'],
    ['risk-and-caution', 'Humanitarian staff were worried about the cholera outbreak.'],
    ['risk-and-caution', 'Refugees were nervous about returning to their villages while the fighting continued.'],
    ['geopolitics', 'The government invoked its sovereignty to restrict aid convoys to the north.'],
    ['geopolitics', 'Indigenous communities asserted sovereignty over their land during the conflict.'],
    ['human-security', 'Every child in a conflict zone deserves a safe school.'],
    ['human-security', 'After the attack, the ministry hired guards for the security of schools and clinics in the district.'],
  ];
  for (const [theme, text] of not) {
    it(`not ${theme}: ${text.slice(0, 60)}…`, () => assert.ok(!themes(text).includes(theme), why(text)));
  }

  // The same words on the agencies' side, or in the concept's own framing, still say the theme.
  const still: [string, string][] = [
    ['humanitarian-access', 'Since the offensive began, aid agencies have had no access to the northern districts.'],
    ['risk-and-caution', 'Aid agencies were worried that speaking out would jeopardise their programmes.'],
    ['risk-and-caution', 'Donors were anxious about diversion of aid and asked partners for more checks.'],
    ['risk-and-caution', 'In the war, the charity\'s exposure to prosecution under the sanctions regime kept its lawyers busy.'],
    ['geopolitics', 'Sovereignty became the line dividing Moscow from the West over the war.'],
    ['human-security', 'For the displaced families we met, security meant clean water, a school for the children and land to farm, not more soldiers.'],
  ];
  for (const [theme, text] of still) {
    it(`${theme}: ${text.slice(0, 60)}…`, () => assert.ok(themes(text).includes(theme), why(text)));
  }
});
