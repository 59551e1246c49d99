import assert from 'node:assert/strict';
import { loadTaxonomy } from '../../core/taxonomy.js';
import { Tagger } from '../../indexer/tag/tagger.js';
import { passage } from '../helpers/passage.js';

// Issue 14 (actors16): offices, officials and investigative bodies that humanitarian writing
// names without the organisation's usual name. Sentences written for the test, not taken
// from a labelled passage.
const tagger = new Tagger(loadTaxonomy());
const actors = (text: string) => tagger.tag(passage(text)).actors;

describe('investigative bodies are accountability mechanisms (actors16)', () => {
  it('reads sanctions panels, named investigative mechanisms, expert commissions and transitional courts', () => {
    for (const t of [
      'The Panel of Experts documented the diversion of fuel in its final report.',
      'The OPCW-UN Joint Investigative Mechanism attributed the attack to the air force.',
      'The commission of experts was denied visas for a second year.',
      'A presidential commission of inquiry reviewed the conduct of the operation.',
      "A presidential investigation panel reviewed the armed forces' compliance with human rights law.",
      'The Special Jurisdiction for Peace heard former commanders in public session.',
      "The coalition's Joint Incidents Assessment Team cleared its pilots.",
    ]) assert.ok(actors(t).includes('courts-and-mechanisms'), t);
  });

  // review16 finding 5: an agency's or an NGO's own inquiry is not one of the definition's
  // mechanisms (ICC, tribunals, commissions of inquiry, IIIM, national courts).
  it("does not read an agency's joint investigation or an NGO's internal panel as a mechanism", () => {
    for (const t of [
      'A joint investigation by WFP and the donor found that food aid had been diverted.',
      'The NGO set up an internal investigation panel on sexual exploitation by its staff.',
    ]) assert.ok(!actors(t).includes('courts-and-mechanisms'), t);
  });
});

describe('political offices and officials of the UN are peace operations (actors16)', () => {
  it("reads UNOWAS, UNOCA, the support office and the political and peacekeeping under-secretaries", () => {
    for (const t of [
      'UNOWAS convened the governors of the region in Dakar.',
      'The United Nations Office for West Africa and the Sahel prepared a regional assessment.',
      'A UN support office supplied fuel and rations to the regional force.',
      'The Assistant Secretary-General for Political Affairs briefed the members on the ceasefire.',
      'The Under-Secretary-General for Peace Operations visited the eastern bases.',
      "The UN's head of peacekeeping admitted that the response had not been adequate.",
      'The UN’s head of peacekeeping admitted that the response had not been adequate.',
      'The head of peacekeeping at the UN admitted that the response had not been adequate.',
    ]) assert.ok(actors(t).includes('un-peace-operations'), t);
  });

  // review16 finding 5: "head of peacekeeping" names the UN office only when it says whose.
  it('does not read a national head of peacekeeping training as UN peace operations', () => {
    assert.ok(!actors('The head of peacekeeping training at the national academy spoke.').includes('un-peace-operations'));
  });

  it('does not read the political assistant secretary-general as the Secretary-General', () => {
    assert.ok(!actors('The Assistant Secretary-General for Political Affairs briefed the members.').includes('un-secretary-general'));
  });
});

describe('a Resident/Humanitarian Coordinator written with a slash is humanitarian leadership (actors16)', () => {
  it('reads the slashed and the joined title', () => {
    for (const t of ['After weeks of talks by the Resident/Humanitarian Coordinator, the permits were issued.', 'The Resident and Humanitarian Coordinator chaired the meeting.']) assert.ok(actors(t).includes('humanitarian-leadership'), t);
  });
});

describe('rights groups and medical charities are NGOs (actors16)', () => {
  it('reads human rights groups, child-rights organisations and medical charities as NGOs', () => {
    for (const t of [
      'Rights groups published satellite images of the burned villages.',
      'Several human rights groups called for the embargo to be extended.',
      'Ten human rights and child-rights organisations wrote to the Council.',
      'A medical charity ran the only surgical ward in the district.',
    ]) assert.ok(actors(t).includes('ngos'), t);
  });
});
