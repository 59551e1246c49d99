import assert from 'node:assert/strict';
import type { BlockType, Passage } from '../../core/types.js';
import { loadTaxonomy } from '../../core/taxonomy.js';
import { Tagger } from '../../indexer/tag/tagger.js';
import { quotationSource } from '../../indexer/tag/context.js';
import { prescriptiveAt } from '../../indexer/tag/prescriptive.js';

// The rules that read a passage with its neighbours: lead-ins of list items, quotation sources.

const tagger = new Tagger(loadTaxonomy());
const doc = (section: string, ...parts: [BlockType, string, Partial<Passage>?][]): Passage[] =>
  tagger.tagDocument(
    parts.map(([blockType, text, extra], ordinal) => ({
      id: `p${ordinal}`, doc: 'd', ordinal, block: ordinal, text, section: [section], page: null, physicalPage: null, start: 0, end: text.length,
      kind: 'finding', blockType, actors: [], themes: [], places: [], evidence: [], ...extra,
    })),
  );

describe('list items and their lead-in', () => {
  it('keep their lead-in, and a recommendation inherits the actor it addresses', () => {
    const [lead, a, note, b, after] = doc(
      'Recommendations',
      ['paragraph', 'Reflecting their own legal responsibilities, donor states should also consider how they can enable collaboration. This should involve:'],
      ['list-item', 'Ensuring adequate resources are available for protection advocacy.'],
      ['footnote', 'See the annex for figures.'],
      ['list-item', 'Greater provision of diplomatic support.'],
      ['paragraph', 'The research was limited in scope.'],
    );
    assert.ok(lead.actors.includes('donors'));
    for (const item of [a, b]) {
      assert.deepEqual(item.leadIn, { id: 'p0', text: lead.text });
      assert.equal(item.kind, 'recommendation');
      assert.ok(item.actors.includes('donors'), item.text);
      const ev = item.evidence.find((e) => e.id === 'donors')!;
      assert.equal(ev.rule, 'addressee of the lead-in');
      assert.equal(ev.matched[0], 'donor states');
    }
    assert.equal(note.leadIn, undefined);
    assert.equal(after.leadIn, undefined);
    assert.ok(!after.actors.includes('donors'));
  });

  it('makes the items of a prescriptive lead-in recommendations in any section', () => {
    const [, item] = doc('Findings', ['paragraph', 'UNHCR and OHCHR should set out a strategic framework. This framework should include:'], ['list-item', 'A joint public statement by the two offices.']);
    assert.equal(item.kind, 'recommendation');
    assert.deepEqual([...item.actors].sort(), ['ohchr', 'unhcr']);
  });

  it('leaves the items of a lead-in that prescribes nothing as they are', () => {
    const [, item] = doc('Box 1', ['paragraph', 'In 2001, the Security Council asked OCHA for a guide. The guide has three sections:'], ['list-item', 'Section 1 covers general concerns.']);
    assert.equal(item.leadIn?.id, 'p0');
    assert.deepEqual(item.actors, []);
    assert.notEqual(item.kind, 'recommendation');
  });

  it('takes the subject before the modal, not every name before it', () => {
    const [, item] = doc(
      'Recommendations',
      ['list-item', 'Seizing the opportunity of the IASC review and of the UN SG’s agenda, the IASC coordinators should ensure synergies. At minimum this should include:'],
      ['list-item', 'Regular consultations between the two teams.'],
    );
    assert.deepEqual(item.actors, ['iasc']);
    const [, framework] = doc(
      'Recommendations',
      ['list-item', 'UNHCR and OHCHR should agree a framework. Building on the agreement on the Protection Cluster, this framework should include:'],
      ['list-item', 'A consolidated action plan.'],
    );
    assert.deepEqual([...framework.actors].sort(), ['ohchr', 'unhcr']);
  });

  it('finds the addressee after a verb of recommending ("recommends that the donors … should:", "calls on donors to")', () => {
    const [, item] = doc(
      'Recommendations',
      ['paragraph', 'The evaluation team therefore recommends that the donors to the programme should:'],
      ['list-item', 'Move from annual grants to multi-year agreements of at least three years.'],
    );
    assert.ok(item.actors.includes('donors'), item.text);
    const [, other] = doc(
      'Recommendations',
      ['paragraph', 'We therefore call on donors to:'],
      ['list-item', 'Move from annual grants to multi-year agreements of at least three years.'],
    );
    assert.ok(other.actors.includes('donors'), other.text);
  });

  it('ends the list at a point that names its own addressee, and passes inheritance down nested lead-ins', () => {
    const [, , own, , nested, sub] = doc(
      'Recommendations',
      ['list-item', 'The Global Protection Cluster should develop a plan. This plan should include:'],
      ['list-item', 'Collation of positive examples.'],
      ['list-item', 'IASC members should seize the opportunity of the review.'],
      ['list-item', 'Donor states should enable collaboration. This should involve:'],
      ['list-item', 'Ensuring adequate resources are available, including through:'],
      ['list-item', 'targeted funding for collaborative initiatives at field level;'],
    );
    assert.equal(own.leadIn, undefined);
    assert.ok(!own.actors.includes('protection-cluster'));
    assert.ok(nested.actors.includes('donors'));
    assert.ok(sub.actors.includes('donors'));
    assert.equal(sub.leadIn?.id, 'p4');
  });

  it('goes by list depth when the source shows it: a sibling after a nested list returns to the outer lead-in', () => {
    const [, , , sibling, own] = doc(
      'Recommendations',
      ['list-item', 'Donor states should enable collaboration. This should involve:', { depth: 0 }],
      ['list-item', 'Ensuring adequate resources are available, including through:', { depth: 1 }],
      ['list-item', 'targeted funding for field initiatives;', { depth: 2 }],
      ['list-item', 'Greater provision of diplomatic support.', { depth: 1 }],
      ['list-item', 'IASC members should seize the opportunity of the review.', { depth: 1 }],
    );
    assert.equal(sibling.leadIn?.id, 'p0');
    assert.ok(sibling.actors.includes('donors'));
    assert.equal(own.leadIn?.id, 'p0', 'an item of the list…');
    assert.deepEqual(own.actors, ['iasc'], '…that names its own addressee inherits none');
  });

  it('does not read a modal in a relative clause as prescriptive, brackets or not', () => {
    assert.equal(prescriptiveAt('Clarification on the role that leaders (e.g. the RC/HC, UNCT, cluster) should play.'), -1);
    assert.ok(prescriptiveAt('Agencies that are engaged in protection work should consider it.') > 0);
    // "who" is its clause's subject: words between it and the modal are the relative's own verb
    assert.ok(prescriptiveAt('The elected members who chair the committees should publish their reports.') > 0);
    assert.equal(prescriptiveAt('It was unclear which officials who should sign the forms.'), -1);
    assert.equal(prescriptiveAt('These are the partners whom donors should fund.'), -1);
  });

  it('reads the addressees of a lead-in whose subject runs on after an aside, and of one whose subject has a relative clause', () => {
    const [, a] = doc(
      'Recommendations',
      ['paragraph', 'Kenya and Somalia, as hosts of the camps, and the states that fund the response, should therefore:'],
      ['list-item', 'Publish the criteria used to register new arrivals.'],
    );
    assert.ok(a.actors.includes('member-states'), a.text);
    const [, b] = doc(
      'Recommendations',
      ['paragraph', 'The donor governments who sit on the advisory board should commit to the following:'],
      ['list-item', 'Share draft allocations with all partners at the same time.'],
    );
    assert.ok(b.actors.includes('donors'), b.text);
    // an aside after the subject is not the subject ("with the support of its civil society members")
    const [, c] = doc(
      'Recommendations',
      ['paragraph', 'The Global Protection Cluster, with the support of its civil society member organisations, should develop a plan. This plan should include:'],
      ['list-item', 'Allocating sufficient resources to the task team.'],
    );
    assert.ok(!c.actors.includes('ngos'), c.text);
  });
});

describe('quotations credited to their source', () => {
  it('credits a block quotation to the speaker its lead-in names, not to the document', () => {
    const [, quote] = doc('Findings', ['paragraph', 'In his report the Secretary-General stated:'], ['quote', '“A culture of human rights must permeate everything we do.”']);
    assert.equal(quote.kind, 'quotation');
    assert.equal(quote.source, 'Secretary-General');
    assert.ok(quote.actors.includes('un-secretary-general'));
    assert.equal(quote.evidence.find((e) => e.id === 'un-secretary-general')?.rule, 'source of the quotation');
  });

  it('credits a quotation signed by a person of the affected population to local actors', () => {
    for (const sig of ['Displaced farmer, Ituri, 2022', 'Yazidi woman, Sinjar camp', 'Village elder, Kunar province']) {
      const [quote] = doc('Voices', ['quote', `'They came at night and took the goats.' — ${sig}`]);
      assert.ok(quote.actors.includes('local-actors'), sig);
    }
    const [official] = doc('Voices', ['quote', "'The rules changed overnight.' — Programme manager, Bamako"]);
    assert.ok(!official.actors.includes('local-actors'));
  });

  it('completes a short name from the lead-in, and reads a closing citation', () => {
    assert.equal(quotationSource('to protect the vital core of all human lives. 15', 'In 2001 the Commission on Human Security was created. The Commission defined human security as:'), 'Commission on Human Security');
    assert.equal(quotationSource('it was bureaucratically hard work (HPG interviews, 2020).'), 'HPG interviews');
    assert.equal(quotationSource('the steam has gone out of the movement', 'It was put like this:'), undefined);
    assert.equal(quotationSource('a quotation', 'Some context without a colon.'), undefined);
    // signed after a dash, as interview quotations are
    assert.equal(quotationSource("'Everybody signs it. Nobody believes it.' — Programme manager, international NGO, Ouagadougou, March 2024"), 'Programme manager, international NGO, Ouagadougou, March 2024');
    assert.equal(quotationSource("'We counted the boats – all of them.'"), undefined);
    assert.equal(quotationSource('‘We cannot go there any more’. — Programme manager, Bamako'), 'Programme manager, Bamako');
    // an apostrophe and a dash in running text sign nothing, and leave the lead-in its say
    assert.equal(quotationSource('the agencies’ – and the donors’ – fears were growing, and nobody would say so'), undefined);
    assert.equal(quotationSource('the principle of ‘do no harm’ – in practice it meant silence', 'According to Human Rights Watch,'), 'Human Rights Watch');
    // a lead-in that hands over with a comma, and an organisation whose own official speaks
    assert.equal(quotationSource('the coalition has repeatedly struck hospitals.', 'The record is long. According to Human Rights Watch,'), 'Human Rights Watch');
    assert.equal(quotationSource('neutrality is not silence.', 'The ICRC has long argued, in the words of its President:'), 'ICRC');
    assert.equal(quotationSource('a quotation', 'The board met, and the ferry left,'), undefined);
  });

  it('credits no one when no source is named, and leaves pull quotes alone', () => {
    const [, quote, , pull] = doc(
      'Findings',
      ['paragraph', 'The situation was dire.'],
      ['quote', '“War is not the same as before.”'],
      ['paragraph', 'UNHCR said:'],
      ['quote', '“There is no perfection in protection”', { duplicate: true }],
    );
    assert.equal(quote.source, undefined);
    assert.deepEqual(quote.actors, []);
    assert.equal(pull.source, undefined);
  });
});

describe('actors named again by a generic word (rule 3)', () => {
  it('tags the actor the passage before named, when a generic word refers back to it', () => {
    const [first, second, third] = doc(
      'The drawdown',
      ['paragraph', 'UNMISS opened its bases to fleeing civilians in 2013.'],
      ['paragraph', 'Later renewals authorised the mission to use all necessary means to hold the perimeter.'],
      ['paragraph', 'Its patrols beyond the perimeter were later cut back, and the mission stayed inside.'],
    );
    assert.ok(first.actors.includes('un-peace-operations'));
    assert.ok(second.actors.includes('un-peace-operations'));
    assert.ok(second.evidence.some((e) => e.id === 'un-peace-operations' && e.rule === 'named again after the passage before'));
    // the chain goes on only as long as each passage refers back
    assert.ok(third.actors.includes('un-peace-operations'));
  });

  it('tags nothing from a generic word without a named actor right before, nor across a note', () => {
    const [, lone] = doc('Context', ['paragraph', 'The rains came late this year.'], ['paragraph', 'Later renewals authorised the mission to use all necessary means.']);
    assert.ok(!lone.actors.includes('un-peace-operations'));
    const [, note, after] = doc('Context', ['paragraph', 'UNMISS opened its bases in 2013.'], ['footnote', 'Details of the mission perimeter are in the annex.'], ['paragraph', 'The rains came late; the mission waited.']);
    assert.ok(!note.actors.includes('un-peace-operations'), 'a note receives no actor');
    assert.ok(after.actors.includes('un-peace-operations'), 'a note does not interrupt the text it sits in');
  });
});

describe('lead-ins that backtrack (review of 3 December)', () => {
  it('reads a long lead-in of capitalised words and double spaces in < 50 ms', () => {
    for (const lead of ['A  '.repeat(40) + 'x:', 'According to ' + 'A  '.repeat(40) + 'x,']) {
      const start = process.cpuUsage();
      quotationSource('a quotation', lead);
      const used = process.cpuUsage(start);
      assert.ok((used.user + used.system) / 1000 < 50, lead.slice(0, 20));
    }
  });
});

describe('quotations by a person of the affected population (review of 3 December)', () => {
  const signed = (sig: string) => doc('Voices', ['quote', `'They came at night and took the goats.' — ${sig}`])[0];
  it('credits a person whose word ends the signature\'s first part', () => {
    for (const sig of ['displaced farmer, North Kivu', 'Refugee, Kakuma']) assert.ok(signed(sig).actors.includes('local-actors'), sig);
    // (a signature with an apostrophe is no dash signature: this one closes the quotation as a citation)
    const [cited] = doc('Voices', ["quote", "“We left at night.” (Rohingya woman, Cox's Bazar camp, 2019)"]);
    assert.ok(cited.actors.includes('local-actors'));
  });
  it('credits no organisation or official whose name holds a person\'s word', () => {
    for (const sig of ['UN Women, 2021', "Women's Refugee Commission", 'Chief of Staff, MONUSCO']) assert.ok(!signed(sig).actors.includes('local-actors'), sig);
    const [cited] = doc('Voices', ['quote', '“Families had nothing left to sell.” (Norwegian Refugee Council, 2019)']);
    assert.equal(cited.source, 'Norwegian Refugee Council');
    assert.ok(!cited.evidence.some((e) => e.id === 'local-actors' && e.rule === 'source of the quotation'));
  });
});

describe('actors named again: sections, protected words, quotations (review of 3 December)', () => {
  it('does not refer back across a section boundary', () => {
    const passages = tagger.tagDocument(
      [['South Sudan', 'Civilians fled to the bases of UNMISS in 2013.'], ['Mali', 'Later renewals authorised the mission to use all necessary means.']].map(([section, text], ordinal) => ({
        id: `p${ordinal}`, doc: 'd', ordinal, block: ordinal, text, section: [section], page: null, physicalPage: null, start: 0, end: text.length,
        kind: 'finding' as const, blockType: 'paragraph' as const, actors: [], themes: [], places: [], evidence: [],
      })),
    );
    assert.ok(passages[0].actors.includes('un-peace-operations'));
    // rule 3 stops at the section's end; rule 5 (the document's one named operation) is read
    // over the whole document and is tested below
    assert.ok(!passages[1].evidence.some((e) => e.rule === 'named again after the passage before'));
  });
  it('does not promote a generic word that is only protected', () => {
    const [first, second] = doc('Context', ['paragraph', 'Local NGOs ran the camps in 2019 and spoke for their members.'], ['paragraph', 'Humanitarian agencies should protect communities from eviction.']);
    assert.ok(first.actors.includes('local-actors'));
    assert.ok(!second.evidence.some((e) => e.rule === 'named again after the passage before' && e.id === 'local-actors'));
  });
  it('neither gives a quotation an actor named before it nor passes one on from it', () => {
    const [, quote, after] = doc(
      'Voices',
      ['paragraph', 'UNMISS opened its bases to fleeing civilians in 2013.'],
      ['quote', '“The mission was the only shelter we had.” (HPG interviews, 2020)'],
      ['paragraph', 'Later renewals authorised the mission to use all necessary means.'],
    );
    assert.ok(!quote.actors.includes('un-peace-operations'));
    assert.ok(!after.evidence.some((e) => e.rule === 'named again after the passage before'));
  });
});

describe('named again: only an actor named by a generic word (review of 3 December)', () => {
  it('does not credit an actor named by its name in lists of examples, below the bar', () => {
    const [, lists] = doc(
      'Context',
      ['paragraph', 'UNHCR registered the new arrivals in 2019.'],
      ['paragraph', 'Clinics were run by UNHCR, UNICEF, WFP and OCHA; later UNHCR, IOM, WFP and UNFPA ran schools.'],
    );
    assert.ok(!lists.evidence.some((e) => e.rule === 'named again after the passage before'));
  });
});

describe("the state of the document's country (rule 4, issue 14)", () => {
  it('gives a passage that speaks of "the government" the country most of the document is about', () => {
    const [, , state, general, note, rec] = doc(
      'Findings',
      ['paragraph', 'Fighting in Ethiopia displaced two million people in Tigray.'],
      ['paragraph', 'Convoys to Mekelle were held at checkpoints for weeks.'],
      ['paragraph', 'On 30 September the government declared seven senior UN officials persona non grata.'],
      ['paragraph', 'Agencies kept their criticism to closed meetings with donors.'],
      ['footnote', 'The authorities did not reply to our letters.'],
      ['list-item', 'The authorities should lift the restrictions on fuel.', { kind: 'recommendation' }],
    );
    assert.deepEqual(state.places, ['ETH']);
    assert.ok(state.actors.includes('member-states'));
    assert.ok(state.evidence.some((e) => e.facet === 'place' && e.rule === "the state of the document's country"));
    // no state named, a note: nothing inherited; a recommendation to the authorities addresses the
    // document's state: its place (branch places16), not the state as its actor
    assert.deepEqual(general.places, []);
    assert.deepEqual(note.places, []);
    assert.deepEqual(rec.places, ['ETH']);
    assert.ok(!rec.evidence.some((e) => e.facet === 'actor' && e.rule === "the state of the document's country"));
  });

  it('gives nothing where no country dominates, or the passage names a place of its own', () => {
    const mixed = doc(
      'Findings',
      ['paragraph', 'Fighting in Ethiopia displaced two million people.'],
      ['paragraph', 'Fighting in Sudan displaced ten million people.'],
      ['paragraph', 'The government declared a state of emergency.'],
    );
    assert.deepEqual(mixed[2].places, []);
    const own = doc(
      'Findings',
      ['paragraph', 'Fighting in Ethiopia displaced two million people.'],
      ['paragraph', 'In Kenya, the government opened its border.'],
    );
    assert.deepEqual(own[1].places, ['KEN']);
  });

  it('gives nothing to a sentence about governments in general, or to "the military" (the review)', () => {
    const [, , general, military] = doc(
      'Findings',
      ['paragraph', 'Fighting in Afghanistan displaced a million people.'],
      ['paragraph', 'Clinics in Herat closed for lack of staff.'],
      ['paragraph', 'In most countries the government is the first responder to disasters.'],
      ['paragraph', 'NGOs argued that humanitarian actors must keep their distance from the military.'],
    );
    assert.deepEqual(general.places, []);
    assert.deepEqual(military.places, []);
    assert.ok(!military.evidence.some((e) => e.rule === "the state of the document's country"));
  });
});

describe("the document's mission (rule 5, issue 14, branch actors8)", () => {
  it('reads "the mission" as the UN peace operation the document names, however far from it', () => {
    const [, , third, note] = doc(
      'Findings',
      ['paragraph', 'UNMISS opened its bases to civilians fleeing the fighting in December 2013.'],
      ['paragraph', 'Aid agencies ran clinics and water points inside the sites for years.'],
      ['paragraph', "Between 2013 and 2022 the mission had five heads, each with a new inner circle."],
      ['footnote', '4 The mission\'s budget figures are from the Fifth Committee.'],
    );
    assert.ok(third.actors.includes('un-peace-operations'));
    assert.ok(third.evidence.some((e) => e.rule === "the document's mission"));
    assert.ok(!note.actors.includes('un-peace-operations'));
  });

  it('reads no UN operation in "the mission" where the document names no UN operation, or another\'s mission too', () => {
    // a neutral passage between, so that rule 3 (the passage right before) has nothing to do
    const fifth = (...texts: string[]) => doc('Findings', ...texts.map((t): [BlockType, string] => ['paragraph', t]))[texts.length - 1];
    const byRule5 = (p: Passage) => p.evidence.some((e) => e.rule === "the document's mission");
    const between = 'The evaluation covered three districts.';
    assert.ok(!byRule5(fifth(between, 'Later the mission had five heads and no plan.')));
    assert.ok(!byRule5(fifth('UNMISS handed its sites to the government in 2021.', 'In Haiti, the Kenya-led Multinational Security Support mission arrived in 2024.', between, 'Eight months on, the mission had a third of its planned personnel.')));
    assert.ok(!byRule5(fifth('UNAMA led an operational review of the UN presence.', 'In January a mission of IASC principals travelled to Kabul and Kandahar.', between, "Later the mission's assurances proved empty.")));
    assert.ok(!byRule5(fifth("The EU's training mission in Mali was suspended in 2022.", 'MINUSMA left the country in 2023.', between, 'The mission had trained eight battalions.')));
    // "a mission", "missions" are generic, not the document's
    assert.ok(!byRule5(fifth('MONUSCO closed its last base in South Kivu.', between, 'Later a mission elsewhere might learn from this.')));
    // two operations named: "the mission" may be either
    const passages = tagger.tagDocument(
      [['South Sudan', 'Civilians fled to the bases of UNMISS in 2013.'], ['Mali', 'MINUSMA closed its camps in 2023.'], ['Mali', between], ['Mali', 'In Gao the mission had no helicopters.']].map(([section, text], ordinal) => ({
        id: `p${ordinal}`, doc: 'd', ordinal, block: ordinal, text, section: [section], page: null, physicalPage: null, start: 0, end: text.length,
        kind: 'finding' as const, blockType: 'paragraph' as const, actors: [], themes: [], places: [], evidence: [],
      })),
    );
    assert.ok(!byRule5(passages[3]));
  });
  it('reads no UN operation in a mandate, a visit called a mission or beside a regional mission (a stranger\'s review)', () => {
    const last = (...texts: string[]) => doc('Findings', ...texts.map((t): [BlockType, string] => ['paragraph', t]))[texts.length - 1];
    const byRule5 = (p: Passage) => p.evidence.some((e) => e.rule === "the document's mission");
    const between = 'Aid agencies ran clinics and water points for years.';
    for (const texts of [
      // an organisation's purpose, a mission statement, "the mission is to"
      ['UNMISS opened its bases to civilians in 2013.', between, 'Its mission is to deliver care to the displaced.'],
      ['UNMISS opened its bases to civilians in 2013.', between, 'The mission statement was revised in 2019.'],
      ['UNMISS opened its bases to civilians in 2013.', between, 'The mission is to deliver care to the displaced.'],
      // an evaluation's visit, however the evaluation calls itself
      ['MINUSMA closed its camps in 2023.', 'The evaluation mission took place in March 2022.', between, 'The mission interviewed 120 beneficiaries.'],
      ['MINUSMA closed its camps in 2023.', 'The evaluation team visited Gao and Mopti.', between, 'The mission interviewed 120 beneficiaries.'],
      ['MINUSMA closed its camps in 2023.', 'A scoping mission went to Mopti first.', between, 'The mission interviewed 120 beneficiaries.'],
      // an organisation sending a mission
      ['UNMISS opened its bases to civilians in 2013.', 'In 2020 the ICRC sent a mission to Malakal to assess needs.', between, 'The mission found severe shortages of medicines.'],
      // a regional mission named in the passage that names the UN one
      ['The AU Mission in Somalia (AMISOM) fought al-Shabaab while UNSOM supports the government.', between, 'The mission lacked helicopters.'],
      ['The EU Training Mission in Mali (EUTM) trained battalions while MINUSMA patrolled Gao.', between, 'The mission lacked helicopters.'],
      ['EUTM trained battalions while MINUSMA patrolled Gao.', between, 'The mission lacked helicopters.'],
    ]) assert.ok(!byRule5(last(...texts)), texts[texts.length - 1]);
    // the sentence the rule was written for still reads the operation, "UN field missions" too
    assert.ok(byRule5(last('UNMISS opened its bases to civilians in 2013.', between, 'Between 2013 and 2022 the mission had five heads.')));
    assert.ok(byRule5(last('UNMISS is one of the largest UN field missions.', between, 'Between 2013 and 2022 the mission had five heads.')));
  });

  it('reads another mission wherever the document names it: after the operation, in a note, in capitals (branch build9: the cheap conditions run first)', () => {
    const byRule5 = (p: Passage) => p.evidence.some((e) => e.rule === "the document's mission");
    const between = 'Aid agencies ran clinics and water points for years.';
    const last = (...blocks: [BlockType, string][]) => doc('Findings', ...blocks)[blocks.length - 1];
    // the other mission named last, after "the mission" itself
    const after = doc('Findings', ['paragraph', 'MINUSMA closed its camps in 2023.'], ['paragraph', between], ['paragraph', 'The mission interviewed 120 beneficiaries.'], ['paragraph', 'EUCAP Sahel Mali trained the police.']);
    assert.ok(!byRule5(after[2]));
    // in a footnote, which rule 5 never credits but still reads
    assert.ok(!byRule5(last(['paragraph', 'MINUSMA closed its camps in 2023.'], ['footnote', '3 The JOINT ASSESSMENT MISSION reported in May.'], ['paragraph', between], ['paragraph', 'The mission interviewed 120 beneficiaries.'])));
    // and the operation still read where nothing else is named
    assert.ok(byRule5(last(['paragraph', 'MINUSMA closed its camps in 2023.'], ['footnote', '3 Figures from OCHA.'], ['paragraph', between], ['paragraph', 'The mission interviewed 120 beneficiaries.'])));
  });
});

describe("the document's donor (rule 6, issue 14, branch actors9)", () => {
  const donorRule = (p: Passage) => p.evidence.some((e) => e.facet === 'actor' && e.id === 'donors' && e.rule === "the document's donor");
  // A donor's strategy: Sweden gives money in two passages, so Sweden acting elsewhere is the donor.
  const strategy = (...more: string[]) =>
    doc(
      'Strategy',
      ['paragraph', "This strategy sets out how Sweden will use its humanitarian funding in Mali between 2024 and 2027."],
      ['paragraph', 'Sweden has contributed to both pooled funds and will keep doing so.'],
      ['paragraph', 'Fighting in central Mali displaced 400,000 people in 2023.'],
      ...more.map((t): [BlockType, string] => ['paragraph', t]),
    );

  it('reads the donor state acting elsewhere in its strategy as the donor, not as a state', () => {
    const [, , , acts, own] = strategy(
      'Since 2021 Sweden has supported a Malian organisation that rehabilitates water points in Mopti.',
      'Sweden will not require partners to screen the people they assist against sanctions lists.',
    );
    for (const p of [acts, own]) {
      assert.ok(p.actors.includes('donors'), p.text);
      assert.ok(donorRule(p), p.text);
      assert.ok(!p.actors.includes('member-states'), p.text);
    }
  });

  it('finds the donor among several states its money passages name, in their money sentences only (found once for all the states)', () => {
    const [, , , own] = doc(
      'Strategy',
      ['paragraph', 'Norway hosted the talks on Mali in Oslo. This strategy sets out how Sweden will use its humanitarian funding in Mali between 2024 and 2027.'],
      ['paragraph', 'Norway and Denmark attended the meeting. Sweden has contributed to both pooled funds and will keep doing so.'],
      ['paragraph', 'Fighting in central Mali displaced 400,000 people in 2023.'],
      ['paragraph', 'Sweden will not require partners to screen the people they assist against sanctions lists.'],
    );
    assert.ok(donorRule(own), own.text);
  });

  it('keeps member-states where another word names a state', () => {
    const [, , , both] = strategy('Sweden will press the government to protect schools from military use.');
    assert.ok(both.actors.includes('donors'));
    assert.ok(both.actors.includes('member-states'));
  });

  it('leaves the donor acting as a state alone: votes, mediation, treaties, its police and peacekeepers, an attack on it (a review found them all tagged donors)', () => {
    const [, , , vote, talks, treaty, police, blue, attacked] = strategy(
      'As a member of the UN Security Council, Sweden voted for the resolution on Mali.',
      'Sweden facilitated the peace talks between the government and the armed groups as a neutral mediator.',
      'Sweden and Mali signed a bilateral agreement on migration.',
      'Swedish police officers trained the Malian gendarmerie.',
      'Swedish peacekeepers served in MINUSMA until 2019.',
      'Sweden was attacked in 2011.',
    );
    for (const p of [vote, talks, treaty, police, blue, attacked]) assert.ok(!donorRule(p), p.text);
    assert.ok(treaty.actors.includes('member-states'), 'the state keeps its own actor');
    assert.ok(police.actors.includes('member-states'));
    // the same acts beside the money it gives are the donor's
    const [, , , funded] = strategy('With Swedish support, UNDP trains police officers in Mopti.');
    assert.ok(donorRule(funded), funded.text);
  });

  it('gives nothing for the state as a place, a nationality, or in a quotation', () => {
    const [, , , place, nationality] = strategy('Several hundred Malian refugees have been resettled in Sweden since 2015.', 'A Swedish NGO runs the mobile clinics in Gao.');
    assert.ok(!donorRule(place), place.text);
    assert.ok(!donorRule(nationality), nationality.text);
    const quoted = doc(
      'Strategy',
      ['paragraph', "This strategy sets out how Sweden will use its humanitarian funding in Mali between 2024 and 2027."],
      ['paragraph', 'Sweden has contributed to both pooled funds and will keep doing so.'],
      ['paragraph', 'Fighting in central Mali displaced 400,000 people in 2023.'],
      ['quote', '‘Sweden listens to us more than most.’ — Director of a Malian NGO, Bamako, 2023', { kind: 'quotation' }],
    );
    assert.ok(donorRule(quoted[1]));
    assert.ok(!donorRule(quoted[3]));
  });

  it('finds no donor in a document where a state is named once with money, supports a party, or is counted', () => {
    // one passage with money: not a donor's document
    const once = doc('Findings', ['paragraph', 'Japan created a trust fund at the UN in 1999.'], ['paragraph', 'Japan abstained on the resolution.']);
    assert.ok(!donorRule(once[1]));
    // "supported" a government, "one million" people: no money given
    const war = doc(
      'Findings',
      ['paragraph', 'Russia has supported the Syrian government since 2015.'],
      ['paragraph', 'Russia has supported the offensive on Idlib, which displaced one million people.'],
      ['paragraph', 'Russia vetoed the renewal of the cross-border resolution.'],
    );
    assert.ok(!war.some(donorRule));
    // the country the document is about spends its own budget: not aid
    const own = doc(
      'Findings',
      ['paragraph', 'Colombia has funded the territorial programmes from its own budget.'],
      ['paragraph', 'Colombia financed the land fund with 2 billion dollars.'],
      ['paragraph', 'Colombia will hold local elections in October.'],
    );
    assert.ok(!own.some(donorRule));
  });
});

describe("the Secretary-General speaking in his report (rule 7, actors16)", () => {
  it('reads "I" as the Secretary-General in a document whose mandate formula asks "me" to report', () => {
    const [mandate, finding, observation, quote, note] = doc(
      'Observations',
      ['paragraph', 'This report is submitted pursuant to General Assembly resolution 77/1, in which the Assembly requested me to report annually on the implementation of the strategy.'],
      ['paragraph', 'Displacement in the region rose by a third during the period.'],
      ['paragraph', 'I remain deeply concerned by attacks on schools, and I urge all Member States to endorse the declaration.'],
      ['quote', 'I will not stop until the children come home.', { kind: 'quotation' }],
      ['footnote', 'I am grateful to the field offices for their figures.'],
    );
    for (const p of [mandate, observation]) assert.ok(p.actors.includes('un-secretary-general'), p.text);
    for (const p of [finding, quote, note]) assert.ok(!p.actors.includes('un-secretary-general'), p.text);
  });

  // review16 finding 7: this document has the mandate formula, so rule 7 runs, and the rule
  // still speaks in it (the observation); each other passage is a trap the rule once fell into.
  it('reads no Secretary-General in a Roman numeral, nor in a quoted witness, in a report that has the mandate formula', () => {
    const [mandate, phase, part, annex, numbered, mother, survivor, teacher, observation] = doc(
      'Observations',
      ['paragraph', 'The present report is submitted pursuant to resolution 2349 (2017), in which the Council requested me to report on the situation.'],
      ['paragraph', 'Phase I will be completed by the end of 2024, and the second phase will follow.'],
      ['paragraph', 'The implementation of Part I will depend on funding.'],
      ['paragraph', 'Annex I also contains the figures; Annex I will be updated.'],
      ['paragraph', 'Chapter I notes the figures of the period; Section I welcomes the new members.'],
      ['paragraph', 'A mother in Maiduguri told monitors: “I have lost everything, and I urge them to find my son.”'],
      ['paragraph', 'One survivor said, "I will never go back to that village. I hope nobody has to."'],
      ['paragraph', 'A teacher said: ‘I am grateful for the new school’, and the district opened two more.'],
      ['paragraph', 'I remain deeply concerned by attacks on schools, and I urge all parties to protect them.'],
    );
    for (const p of [mandate, observation]) assert.ok(p.actors.includes('un-secretary-general'), p.text);
    for (const p of [phase, part, annex, numbered, mother, survivor, teacher]) assert.ok(!p.actors.includes('un-secretary-general'), p.text);
  });

  it('reads no Secretary-General in a numbered part in lower case or named pillar, goal, step, option … (review16 c finding 8)', () => {
    const [mandate, pillar, annex, goal, step, stage] = doc(
      'Observations',
      ['paragraph', 'The present report is submitted pursuant to resolution 2349 (2017), in which the Council requested me to report on the situation.'],
      ['paragraph', 'Pillar I concerned prevention, and pillar II international assistance.'],
      ['paragraph', 'The work under annex I noted in the previous report continues.'],
      ['paragraph', 'Goal I encouraged enrolment; option I deeply divided the members; scenario I concerned the donors most.'],
      ['paragraph', 'Step I called for a ceasefire, and level I welcomed observers.'],
      ['paragraph', 'At this stage I urge all parties to return to the talks.'],
    );
    assert.ok(mandate.actors.includes('un-secretary-general'));
    for (const p of [pillar, annex, goal, step]) assert.ok(!p.actors.includes('un-secretary-general'), p.text);
    // a determiner makes "stage" a common noun: the pronoun still speaks
    assert.ok(stage.actors.includes('un-secretary-general'), stage.text);
  });

  it("reads no Secretary-General where someone other than a UN organ asks the author to brief one", () => {
    const passages = doc(
      'Findings',
      ['paragraph', 'In 2019 the Norwegian Refugee Council asked me to brief the Security Council on the siege.'],
      ['paragraph', 'I have worked in Syria since 2012, and I urge donors to fund the local responders.'],
      ['paragraph', 'When the director asked me to join the team, I hesitated, and I urge readers to consider why.'],
    );
    for (const p of passages) assert.ok(!p.actors.includes('un-secretary-general'), p.text);
  });

  it("reads the Secretary-General where the organ asks in the report's own formula", () => {
    const formulas = [
      'In its resolution 2601 (2021), the Security Council requested me to report every year on the protection of education.',
      'The Security Council, in its resolution 2601 (2021), also requested me to include information on attacks on schools.',
      'This report responds to Security Council resolution 2417 (2018), in which it requested me to report on conflict-induced food insecurity.',
      'The General Assembly invited me to submit a report on the implementation of the strategy at its seventy-eighth session.',
    ];
    for (const formula of formulas) {
      const [, observation] = doc('Observations', ['paragraph', formula], ['paragraph', 'I urge all parties to allow the safe passage of food.']);
      assert.ok(observation.actors.includes('un-secretary-general'), formula);
    }
  });
});
