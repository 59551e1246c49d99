import assert from 'node:assert/strict';
import type { Passage } from '../../core/types.js';
import { loadTaxonomy } from '../../core/taxonomy.js';
import { Tagger } from '../../indexer/tag/tagger.js';

// Themes told as situations (issue 14, themes16): the taxonomy's situational cues for how field
// reports tell a theme without naming it — people who crossed the border or took refuge, casualty
// figures withheld and no party named, agencies wary and saying nothing, great powers as patrons,
// safe passage and closed roads. The passages are made up for these tests, not taken from a
// labelled set; each near miss has one such word outside humanitarian or conflict business, where a
// lone situational cue does not count (two of one theme still do, as before: tagger.ts).

const passage = (text: string): Passage => ({
  id: 'x', doc: 'd', ordinal: 0, block: 0, text, section: [], page: null, physicalPage: null, start: 0, end: text.length,
  kind: 'finding', blockType: 'paragraph', actors: [], themes: [], places: [], evidence: [],
});

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
