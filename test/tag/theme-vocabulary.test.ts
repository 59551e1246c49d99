import assert from 'node:assert/strict';
import type { Passage } from '../../core/types.js';
import { loadTaxonomy } from '../../core/taxonomy.js';
import { DEFAULT_TAGGER, Tagger } from '../../indexer/tag/tagger.js';

// Themes as the field words them when it does not name them (issue 14, themes14): each theme's
// `situational` cues, and cues written from the taxonomy's definitions. The passages are made up
// for these tests, not taken from a labelled set.

const passage = (text: string, extra: Partial<Passage> = {}): Passage => ({
  id: 'x', doc: 'd', ordinal: 0, block: 0, text, section: [], page: null, physicalPage: null, start: 0, end: text.length,
  kind: 'finding', blockType: 'paragraph', actors: [], themes: [], places: [], evidence: [], ...extra,
});
const reference = (text: string) => passage(text, { kind: 'reference', blockType: 'reference', section: ['References'] });

describe('situational theme cues', () => {
  const tax = loadTaxonomy();
  /** a tagger whose only theme cues are funding's, as given */
  const only = (cues: Record<string, number>, situational: Record<string, number>) =>
    new Tagger({ ...tax, themes: tax.themes.map((t) => ({ ...t, cues: t.id === 'funding' ? cues : {}, mined: {}, situational: t.id === 'funding' ? situational : {}, partners: [] })) });
  const funding = (t: Tagger, p: Passage) => t.tag(p).evidence.find((e) => e.id === 'funding');

  it('counts a situational cue in a passage as a cue, with its word as evidence', () => {
    const e = funding(only({}, { levy: 2.5 }), passage('The levy on relief rose again this year.'));
    assert.deepEqual([e?.score, e?.matched], [2.5, ['levy']]);
  });

  it('does not read a situational cue in a reference\'s title, which names its subject', () => {
    const title = 'Smith, J. (2019) The levy in the age of empire. London: Routledge.';
    assert.equal(funding(only({}, { levy: 2.5 }), reference(title)), undefined);
    assert.ok(funding(only({ levy: 2.5 }, {}), reference(title)), 'a written cue still counts there');
  });

  it('takes a written cue of the same words instead, with its weight', () => {
    assert.equal(funding(only({ levy: 1 }, { levy: 2.5 }), passage('The levy on relief rose again this year.')), undefined);
  });

  it('gives a one-word situational cue its plural, and a pair cue its sentence rule', () => {
    const t = only({}, { levy: 2.5, 'raise|raised ~ taxes': 2.5 });
    assert.equal(funding(t, passage('Both levies on relief rose again this year.'))?.score, 2.5);
    assert.equal(funding(t, passage('The council raised taxes twice for the war.'))?.score, 2.5);
    assert.equal(funding(t, passage('The council raised the flag. Taxes were not discussed.')), undefined);
  });

  it('is a record of weights in the taxonomy, empty by default', () => {
    assert.ok(tax.themes.every((t) => typeof t.situational === 'object'));
    assert.ok(tax.themes.some((t) => Object.keys(t.situational).length > 0));
  });
});

describe('themes in the words the field uses for them (cues from the taxonomy definitions)', () => {
  const tagger = new Tagger(loadTaxonomy());
  const themes = (text: string) => tagger.tag(passage(text)).themes;
  const cases: [string, string][] = [
    ['stabilization', 'Support to host state forces and the handover of security to the national army have fallen behind the timetable in the north.'],
    ['stabilization', 'Former combatants waited two years for the demobilisation programme to reach their district.'],
    ['human-security', 'The fund asks that projects let people live free from fear and free from want, through the protection and empowerment of communities.'],
    ['human-security', 'For the herders, safety meant water for the cattle, schooling for the children and an income through the dry season.'],
    ['protection-of-civilians', 'Local protection committees and community alert networks warn the base when raiders approach the valley.'],
    ['protection-of-civilians', 'Soldiers were posted to guard the villagers on the road to the fields during the harvest.'],
    ['advocacy-and-diplomacy', 'The agency kept a confidential dialogue with the commanders rather than issue a public statement.'],
    ['risk-and-caution', 'Staff learnt to keep their heads down and avoided naming the army, for fear of losing their travel permits.'],
    ['geopolitics', 'Rising powers and regional rivals now compete for a sphere of influence along the coast.'],
    ['coordination-and-coherence', 'Duplication and competing mandates left the response disjointed, with agencies working at cross purposes.'],
    ['displacement', 'Families uprooted by the floods sought refuge with host families in the market town.'],
    ['humanitarian-access', 'Agencies were unable to reach the district for a month after repeated security incidents on the only road.'],
    ['leadership', 'The mission leadership and the senior team disagreed on who should speak for the organisation.'],
    ['counter-terrorism', 'Banks cited terrorist designations and de-risking when they closed the accounts of small charities.'],
    ['international-law', 'The parties must allow the rapid and unimpeded passage of relief, and common Article 3 requires humane treatment of detainees.'],
    ['peace-operations', 'The Force Intervention Brigade was meant to carry out peace enforcement beside the rest of the force.'],
    ['gender-and-sexual-violence', 'The programme is survivor-centred and gender-responsive, and it funds women-led groups in the camps.'],
    ['children-and-armed-conflict', 'The Monitoring and Reporting Mechanism recorded child casualties in every district of the province.'],
    ['funding', 'Country-based pooled funds and the CERF covered a quarter of the appeal.'],
    ['accountability', 'A truth commission and trials on command responsibility were both promised in the accord.'],
  ];
  for (const [theme, text] of cases) {
    it(`${theme}: ${text.slice(0, 60)}…`, () => assert.ok(themes(text).includes(theme), JSON.stringify(tagger.tag(passage(text)).evidence)));
  }

  it('leaves passages on other business alone', () => {
    for (const text of ['The committee met on Tuesday to approve the minutes and the date of the next meeting.', 'The report has four chapters and an annex of tables.']) {
      assert.deepEqual(themes(text), [], text);
    }
  });

  it('reads a reference title by the theme names it holds, not by situational words', () => {
    const t = tagger.tag(reference('Jones, A. (2015) Migration, diplomats and the national army in the nineteenth century. Oxford: Clarendon.'));
    for (const theme of ['displacement', 'advocacy-and-diplomacy', 'stabilization']) assert.ok(!t.themes.includes(theme), `${theme}: ${JSON.stringify(t.evidence)}`);
    // "unlawful" qualifies the title's subject (recruitment), it does not name the law as one
    assert.ok(!tagger.tag(reference('Smith, B. (2010) Ending the unlawful recruitment of miners. Geneva: ILO.')).themes.includes('international-law'));
    assert.ok(tagger.tag(reference('Brown, K. (2021) The handover of security in Somalia. Nairobi: Rift Valley Institute.')).themes.includes('stabilization'));
  });

  // review14: everyday sentences a lone situational word had tagged
  const everyday: [string, string][] = [
    ['displacement', 'The country office was small. In 2019, as the security situation in the capital deteriorated, international staff were relocated to Amman, and the national team continued to run the programme with remote management. Monitoring relied on third-party contractors, whose reports were often late and of uneven quality. The evaluation recommended investing in local partners\' capacity and in simpler reporting templates, and noted that the relocation had saved money but weakened relations with the authorities and with community leaders in the districts where the agency worked.'],
    ['displacement', 'Data migration to the new platform took three months.'],
    ['displacement', 'The football club relocated to a new stadium in the suburbs.'],
    ['advocacy-and-diplomacy', 'Her silence was deafening.'],
    ['advocacy-and-diplomacy', 'The evaluation\'s framing of resilience was narrow.'],
    ['advocacy-and-diplomacy', 'The firm raised concerns about the merger.'],
    ['advocacy-and-diplomacy', 'The teachers called on the minister to raise their pay.'],
    ['international-law', 'Parking in this zone is unlawful.'],
    ['accountability', 'The inquiry into the train accident reported in May.'],
    ['humanitarian-access', 'Roadblocks closed the city centre during the marathon.'],
    ['humanitarian-access', 'Bureaucratic delays slowed the pension reform.'],
  ];
  for (const [theme, text] of everyday) {
    it(`not ${theme} for a lone everyday word: ${text.slice(0, 50)}…`, () => assert.ok(!themes(text).includes(theme), JSON.stringify(tagger.tag(passage(text)).evidence)));
  }

  it('counts a lone situational word in a passage on humanitarian or conflict business, or beside a second cue', () => {
    assert.ok(themes('Roadblocks on the road to the camp delayed the relief convoys for a week.').includes('humanitarian-access'));
    assert.ok(themes('The ambassador raised concerns about the detention of aid workers with the armed forces.').includes('advocacy-and-diplomacy'));
    assert.ok(themes('Diplomats raised concerns with the minister in private.').includes('advocacy-and-diplomacy'), 'two situational cues of one theme');
  });

  it('keeps the default bar: one situational word alone does not tag a long passage', () => {
    const long = `${'The meeting reviewed the calendar for the coming year and the staffing of the secretariat. '.repeat(8)}Diplomats attended.`;
    assert.ok(!tagger.tag(passage(long)).themes.includes('advocacy-and-diplomacy'));
    assert.equal(DEFAULT_TAGGER.themeThreshold, 2);
  });
});
