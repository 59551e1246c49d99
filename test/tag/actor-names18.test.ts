import assert from 'node:assert/strict';
import type { BlockType, Passage } from '../../core/types.js';
import { loadTaxonomy } from '../../core/taxonomy.js';
import { Tagger } from '../../indexer/tag/tagger.js';
import { passage } from '../helpers/passage.js';

// Issue 14 (actors18): actors named by a form the aliases did not know — a capitalised short name,
// an alliance's operation by its acronym, an office of the Resident Coordinator system. Sentences
// written for the test, not taken from a labelled passage.
const tagger = new Tagger(loadTaxonomy());
const actors = (text: string) => tagger.tag(passage(text)).actors;

describe('an institution named by its capitalised short name (actors18, rule 50)', () => {
  it('reads "the Movement" as the Red Cross and Red Crescent Movement', () => {
    assert.ok(actors('Water engineers of the Movement repaired the pumping station between two rounds of shelling.').includes('red-cross-movement'));
    assert.ok(actors('The Movement negotiated a pause with both sides so that the repair teams could reach the plant.').includes('red-cross-movement'));
  });

  it('leaves the word and other movements alone', () => {
    for (const t of [
      'The movement of goods across the line stopped for a week.',
      'The Movement for Democratic Change boycotted the election.',
      "The Sudan People's Liberation Movement split in 2013, and the Movement's armed wing fought on both sides.",
    ]) assert.ok(!actors(t).includes('red-cross-movement'), t);
  });

  it('reads "this Assembly" / "the Assembly" about the UN as the General Assembly', () => {
    assert.ok(actors('Mr President, with the adoption of resolution 66/290 this Assembly agreed on a common understanding of human security.').includes('un-general-assembly'));
    assert.ok(actors('The twin resolutions adopted by the Assembly and the Council in 2016 revived the idea.').includes('un-general-assembly'));
  });

  it("leaves a parliament's assembly, the ICC's Assembly of States Parties and freedom of assembly alone", () => {
    for (const t of [
      'The National Assembly passed the law in March, and the Assembly then adjourned for the summer.',
      'The Assembly of States Parties met in The Hague to elect six judges of the Court.',
      'The decree restricts freedom of assembly in the capital.',
      'The Assembly voted to dissolve the cabinet after the riots.',
    ]) assert.ok(!actors(t).includes('un-general-assembly'), t);
  });
});

describe('alliances, offices and bodies the aliases lacked (actors18)', () => {
  it('reads NATO- and EU-led operations by their names as regional organisations', () => {
    for (const t of [
      'ISAF initially disputed the casualty figures, then restricted air strikes on residential compounds.',
      'Twenty-six reconstruction teams operated under the International Security Assistance Force umbrella.',
      'KFOR troops escorted the returnees to their villages.',
      'A European Community mission estimated in early 1993 that thousands of women had been raped.',
    ]) assert.ok(actors(t).includes('regional-organisations'), t);
  });

  it("reads the Resident Coordinator's office as the UN development system, the Group of Eminent Experts as a mechanism", () => {
    assert.ok(actors("A risk management unit run by the Resident Coordinator's office monitored diversion across agencies.").includes('un-development-system'));
    assert.ok(actors('The Group of Eminent Experts was shut down when the Human Rights Council did not renew it.').includes('courts-and-mechanisms'));
  });
});

describe('states, NGOs and local actors by the names reports use (actors18)', () => {
  it('reads a state by its army, its Council caucus, its sanctions office or its administration', () => {
    for (const t of [
      'In South Sudan, the SPLA signed an action plan to end the recruitment of children in 2012.',
      'Western members described the draft as an attempt to have the Council endorse a narrative of the war.',
      "The US Treasury's Office of Foreign Assets Control issued a licence covering assistance in the south.",
      'Days before leaving office, the Trump administration listed the movement as a terrorist organisation.',
      'My delegation supports the draft resolution before the Assembly.',
    ]) assert.ok(actors(t).includes('member-states'), t);
  });

  it('reads a women\'s organisation as an NGO, and church networks, social leaders and an indigenous guard as local actors', () => {
    assert.ok(actors("The Council heard from the head of a women's organisation in Kharkiv whose volunteers evacuated the elderly.").includes('ngos'));
    for (const t of [
      'Casualty counts were compiled from church networks and doctors still working inside the zone.',
      'More than 300 social leaders were killed in 2020 alone.',
      'The indigenous guard patrols the reserves and escorts threatened leaders.',
    ]) assert.ok(actors(t).includes('local-actors'), t);
  });
});

describe("the document's cluster (actors18, context rule 8)", () => {
  const doc = (...texts: [BlockType, string][]): Passage[] =>
    tagger.tagDocument(
      texts.map(([blockType, text], ordinal) => ({
        id: `p${ordinal}`, doc: 'd', ordinal, block: ordinal, text, section: ['Findings'], page: null, physicalPage: null, start: 0, end: text.length,
        kind: 'finding', blockType, actors: [], themes: [], places: [], evidence: [],
      })),
    );

  it('reads "the cluster" and "cluster members" as the Protection Cluster the document names', () => {
    const [, a, b] = doc(
      ['paragraph', 'The Global Protection Cluster brings together UN agencies and NGOs working on protection.'],
      ['paragraph', 'Several weaknesses of the cluster have been eased by the engagement of human rights staff (Smith, 2020).'],
      ['paragraph', 'Human rights staff connected cluster members with the treaty bodies and the special rapporteurs.'],
    );
    assert.ok(a.actors.includes('protection-cluster'));
    assert.ok(b.actors.includes('protection-cluster'));
  });

  it('leaves "the cluster" alone where another cluster is discussed, or where no cluster is named', () => {
    const [, , c] = doc(
      ['paragraph', 'The Global Protection Cluster brings together UN agencies and NGOs working on protection.'],
      ['paragraph', 'The health cluster tracked attacks on clinics separately.'],
      ['paragraph', 'Several weaknesses of the cluster were discussed at the annual retreat.'],
    );
    assert.ok(!c.actors.includes('protection-cluster'));
    const [d] = doc(['paragraph', 'Several weaknesses of the cluster were discussed at the annual retreat.']);
    assert.ok(!d.actors.includes('protection-cluster'));
  });
});
