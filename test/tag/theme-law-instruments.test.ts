import assert from 'node:assert/strict';
import { loadTaxonomy } from '../../core/taxonomy.js';
import { Tagger } from '../../indexer/tag/tagger.js';
import { passage } from '../helpers/passage.js';

// The law named by its instruments and its court (issue 14, themes44): international law is
// "international humanitarian, human rights and refugee law, compliance and respect for it"
// (taxonomy), and a passage says so by naming a treaty ("the Convention on the Rights of the
// Child", "the convention against racial discrimination", "the Conventions", "the Covenant on
// Civil and Political Rights"), the court that rules on states' obligations under them (the
// International Court of Justice, ICJ) or a crime or breach the treaties define ("forcible
// transfer", "grave breaches", "a crime against humanity"). Geopolitics' great-power politics
// told as powerful states pressing the UN; counter-terrorism's OFAC by its full name. Each cue
// counts for its theme in a made-up passage; the everyday senses of "convention" do not.

describe('international law by its instruments and its court (themes44)', () => {
  const tagger = new Tagger(loadTaxonomy());
  const cuesFor = (theme: string, text: string) => tagger.tag(passage(text)).evidence.find((e) => e.facet === 'theme' && e.id === theme)?.matched ?? [];

  const tagged: [string, string, string][] = [
    ['international-law', 'convention on', 'The State is bound by the Convention on the Rights of the Child to prevent recruitment.'],
    ['international-law', 'convention against', 'Armenia brought the case under the convention against racial discrimination.'],
    ['international-law', 'the conventions', 'Give the delegates the access to all prisoners of war that the Conventions require.'],
    ['international-law', 'covenant on', 'Detention without trial breaches the Covenant on Civil and Political Rights.'],
    ['international-law', 'international court of justice', 'The International Court of Justice ordered the state to ensure unimpeded movement along the road.'],
    ['international-law', 'icj', 'The ICJ ordered provisional measures in February.'],
    ['international-law', 'forcible transfer', 'Whether the departure amounts to forcible transfer is now a question for lawyers.'],
    ['international-law', 'grave breaches', 'Wilful killing of prisoners is among the grave breaches.'],
    ['international-law', 'crime against humanity', 'Gender persecution is a crime against humanity.'],
    ['geopolitics', 'powerful member states', 'Listing decisions must not bend to powerful member states.'],
    ['geopolitics', 'pressure from member states', 'The annexes cannot be seen to follow political or financial pressure from member states.'],
    ['counter-terrorism', 'office of foreign assets control', 'Only then did the Office of Foreign Assets Control issue a licence for assistance.'],
  ];
  for (const [theme, cue, text] of tagged) {
    it(`${theme}: "${cue}"`, () => assert.ok(cuesFor(theme, text).some((c) => c.toLowerCase() === cue), JSON.stringify(cuesFor(theme, text))));
  }

  it('does not read a convention centre, a party convention or social conventions as the law', () => {
    for (const text of ['The convention centre in the capital hosted the fair.', 'The party convention opened on Tuesday.', 'Social conventions about dress differ between the two towns.']) {
      assert.deepEqual(tagger.tag(passage(text)).themes.filter((t) => t === 'international-law'), [], text);
    }
  });
});
