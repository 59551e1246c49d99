import assert from 'node:assert/strict';
import type { Passage } from '../../core/types.js';
import { loadTaxonomy } from '../../core/taxonomy.js';
import { DEFAULT_TAGGER, Tagger } from '../../indexer/tag/tagger.js';

// Issue 14 (tags22): themes and actors as the taxonomy defines them. A theme is a substantial
// topic of its passage, not a word in passing (test/labels/README.md); an actor is credited for
// what the text says of it, not for a word that names someone else's mission.

const tagger = new Tagger(loadTaxonomy());
const passage = (text: string, extra: Partial<Passage> = {}): Passage => ({
  id: 'x', doc: 'd', ordinal: 0, block: 0, text, section: [], page: null, physicalPage: null, start: 0, end: text.length,
  kind: 'finding', blockType: 'paragraph', actors: [], themes: [], places: [], evidence: [], ...extra,
});
const tag = (text: string, extra: Partial<Passage> = {}) => tagger.tag(passage(text, extra));

// some seventy words on the winter's harvests, then one word of another theme
const FIELDS = 'The harvest in the eastern districts was the poorest in a decade. Rains came late, seed was scarce and the price of maize doubled between March and June. Families sold goats to buy grain, and many children left school to work in the fields. Traders brought little to the markets, and the roads were poor after the floods of the previous year. ';
const LATE = `${FIELDS}A clinic in one village was closed for a week after shelling nearby.`;

describe('a theme is the topic of its passage, not a word in passing (topic position)', () => {
  it('leaves out a theme that stands on one cue once, late in a passage of 60 words or more', () => {
    assert.ok(LATE.split(/\s+/).length >= 60);
    assert.ok(!tag(LATE).themes.includes('conduct-of-hostilities'));
    // the rule switched off: the one cue reaches the bar
    assert.ok(new Tagger(loadTaxonomy(), { ...DEFAULT_TAGGER, topicWords: Number.POSITIVE_INFINITY }).tag(passage(LATE)).themes.includes('conduct-of-hostilities'));
  });

  it('keeps it in a topic position: the opening sentence or the heading', () => {
    assert.ok(tag(`Shelling closed a clinic in one village for a week. ${FIELDS}`).themes.includes('conduct-of-hostilities'));
    assert.ok(tag(LATE, { section: ['Shelling and the harvest'] }).themes.includes('conduct-of-hostilities'));
  });

  it('keeps it when the passage says it twice, or in a short passage', () => {
    assert.ok(tag(`${LATE} The shelling went on for days.`).themes.includes('conduct-of-hostilities'));
    assert.ok(tag('A clinic in one village was closed for a week after shelling nearby.').themes.includes('conduct-of-hostilities'));
  });

  it('keeps it in a recommendation, whose one action is what it names', () => {
    const rec = tag(`${FIELDS}Parties should stop the shelling of villages.`, { section: ['Recommendations'], blockType: 'list-item' });
    assert.equal(rec.kind, 'recommendation');
    assert.ok(rec.themes.includes('conduct-of-hostilities'));
  });
});

describe('risk and caution in the words of its definition (fear of consequences, risk appetite)', () => {
  it('reads fear of what speaking would cost', () => {
    for (const t of [
      'Agencies were slow to press for freedom of movement, fearing that pressure would lead the authorities to expel them.',
      'Staff were afraid that a public report would cost them their visas.',
      'Releasing the figures would jeopardise relations with the government, officials said.',
      'Donors should agree on a common level of acceptable risk for work in contested areas.',
      'Visits by the coordinator changed the managers\' attitudes to risk more than any policy.',
    ]) assert.ok(tag(t).themes.includes('risk-and-caution'), t);
  });

  it('does not read a danger to property as caution', () => {
    assert.ok(!tag('The floods jeopardised the harvest in the eastern districts.').themes.includes('risk-and-caution'));
  });
});

describe('definition cues of other themes', () => {
  it('reads attacks on schools as a grave violation against children, designations as counter-terrorism', () => {
    assert.ok(tag('Attacks on schools and hospitals rose sharply in the north last year.').themes.includes('children-and-armed-conflict'));
    assert.ok(tag('Funders asked partners to check names against lists of designated individuals.').themes.includes('counter-terrorism'));
    assert.ok(tag('People-centred security was the frame of the strategy.').themes.includes('human-security'));
  });
});

describe('"the mission" of another organisation is no UN peace operation (mentions rule 13)', () => {
  it('reads a bare "mission" after another organisation\'s mission as that mission', () => {
    const t = tag("The EU's Common Security and Defence Policy missions trained national forces. When units trained by the EU were implicated in killings, the training mission was suspended and the mission's trainers went home.");
    assert.ok(t.actors.includes('regional-organisations'));
    assert.ok(!t.actors.includes('un-peace-operations'));
  });

  it('reads a mission a passage calls non-UN as none of the UN\'s', () => {
    const t = tag('The Security Council authorised the mission in 2023 as a non-UN operation; the mission is financed by voluntary contributions and the mission has 1,000 officers.');
    assert.ok(!t.actors.includes('un-peace-operations'));
  });

  it('keeps "the mission" of a passage whose non-UN words are its partners, not its mission (review22 b, 3)', () => {
    const text = 'The mission coordinates closely with non-UN humanitarian partners, and the mission\'s civilian staff share offices with them in three regions.';
    assert.ok(tag(text).actors.includes('un-peace-operations'));
    // the same words said of its mission
    assert.ok(!tag(text.replace('non-UN humanitarian partners', 'the host state as a non-UN operation')).actors.includes('un-peace-operations'));
  });

  it('keeps the UN mission a passage names beside another\'s', () => {
    const t = tag("The EU's training mission worked beside MINUSMA, and the mission's civilian staff shared its offices.");
    assert.ok(t.actors.includes('un-peace-operations'));
  });
});
