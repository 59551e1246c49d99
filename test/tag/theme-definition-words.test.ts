import assert from 'node:assert/strict';
import { loadTaxonomy } from '../../core/taxonomy.js';
import { Tagger } from '../../indexer/tag/tagger.js';
import { passage } from '../helpers/passage.js';

// Themes in their definitions' own words and those words' inflections (issue 14, themes24):
// coordination's "collaboration, partnership, consultation and joint work … fragmentation or
// divisions between them" (test/labels/README.md) as verbs and antonyms (consult, collaborated,
// integrating, incoherent, uncoordinated, joint work, divisions among); risk and caution's
// "fear of consequences" and risk appetite turned round ("appetite for risk"); advocacy's
// engagement "to change behaviour" and "promoting respect for the law"; stabilization's verb
// (stabilise, stabilized); funding's "financial dependence" and resourcing (under-resourced);
// arms transfers in the singular, arms exports in the plural; compliance as a verb ("comply
// with"). Each cue is checked to count for its theme alone, in a passage made up for the test.


describe('themes in their definitions\' own words (themes24)', () => {
  const tagger = new Tagger(loadTaxonomy());
  const cuesFor = (theme: string, text: string) => tagger.tag(passage(text)).evidence.find((e) => e.facet === 'theme' && e.id === theme)?.matched ?? [];

  const tagged: [string, string, string][] = [
    ['coordination-and-coherence', 'uncoordinated', 'The response was uncoordinated and the agencies’ plans incoherent.'],
    ['coordination-and-coherence', 'consult', 'Agencies rarely consult one another before they plan a distribution, and the divisions among them are old.'],
    ['coordination-and-coherence', 'joint work', 'Joint work between the two clusters collaborated on one assessment.'],
    ['risk-and-caution', 'fear of consequences', 'Fear of consequences kept the country office silent.'],
    ['risk-and-caution', 'appetite for risk', 'Headquarters had little appetite for risk after the kidnapping.'],
    ['advocacy-and-diplomacy', 'change the behaviour', 'The aim of the engagement was to change the behaviour of the armed group.'],
    ['advocacy-and-diplomacy', 'promoting respect', 'The delegation spent the year promoting respect for the rules among commanders.'],
    ['stabilization', 'stabilise', 'The plan was to stabilise the districts the army had retaken.'],
    ['funding', 'under-resourced', 'Local organisations are under-resourced and financially dependent on a single grant.'],
    ['conduct-of-hostilities', 'arms exports', 'Parliament examined arms exports to the coalition.'],
    ['international-law', 'comply with', 'The parties failed to comply with the rules and did not respect the law of occupation.'],
  ];
  for (const [theme, cue, text] of tagged) {
    it(`${theme}: "${cue}"`, () => assert.ok(cuesFor(theme, text).some((c) => c.toLowerCase() === cue), JSON.stringify(cuesFor(theme, text))));
  }

  it('leaves out the inflections whose standing tags were wrong on the design pool ("feared", "privately")', () => {
    assert.deepEqual(cuesFor('risk-and-caution', 'Residents feared the floods would return.'), []);
    assert.deepEqual(cuesFor('advocacy-and-diplomacy', 'The family privately owned the land.'), []);
  });
});
