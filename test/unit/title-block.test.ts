import assert from 'node:assert/strict';
import type { Block, CslItem, FrontLine, MetadataSource } from '../../core/types.js';
import { issuingBody, printedTitle, saysInfoTitle, titleBlockLines, withTitleBlock as weighed } from '../../indexer/metadata/title-block.js';
import { resolveMetadata } from '../../indexer/metadata/resolve.js';

// as process-file.ts calls it: the lines read once, their byline a layer of the record (resolve.ts)
const withTitleBlock = (csl: CslItem, provenance: Record<string, MetadataSource>, front: FrontLine[], blocks: readonly Block[]) => {
  const read = titleBlockLines(blocks);
  if (read.said.author && !csl.author?.length) {
    csl.author = read.said.author;
    provenance.author = 'first-page';
  }
  return weighed(csl, provenance, front, read);
};

const p = (text: string): Block => ({ type: 'paragraph', text, page: 1 });
const h = (text: string): Block => ({ type: 'heading', text, page: 1, level: 1 });
const line = (text: string, size: number, y: number): FrontLine => ({ text, size, y, x0: 68, x1: 500 });

// the first pages of userreview18's PDFs, as the reader gives them (Chromium page.pdf)
const civwatchFront = [line('Protecting civilians in El Fasher: an agenda for the Security', 18, 100), line('Council', 18, 124)];
const civwatch = [p('Civilian Protection Watch · Briefing note · March 2024'), p('Authors: Leila Osman and Daniel Brandt'), h('Key recommendations'), p('The UN Security Council should demand …')];

function record(title: string): { csl: CslItem; provenance: Record<string, MetadataSource> } {
  return { csl: { id: 'x', type: 'document', title }, provenance: { title: 'pdf-info', type: 'file-name' } };
}

describe('title block on a PDF first page (userreview18 findings 9, 10)', () => {
  it('reads a labelled byline as persons and the issuing body of a strip as the publisher', () => {
    const { csl, provenance } = record('Protecting civilians in El Fasher');
    const used = withTitleBlock(csl, provenance, civwatchFront, civwatch);
    assert.deepEqual(csl.author, [{ given: 'Leila', family: 'Osman' }, { given: 'Daniel', family: 'Brandt' }]);
    assert.equal(csl.publisher, 'Civilian Protection Watch');
    assert.equal(csl.type, 'report');
    assert.equal(csl.title, 'Protecting civilians in El Fasher: an agenda for the Security Council');
    assert.equal(provenance.title, 'first-page');
    assert.deepEqual(used.map((b) => b.text), [civwatch[0].text, civwatch[1].text]);
  });

  it('reads a strip set in bold as a heading as the title block\'s, and the French byline under it as two persons (userreview20b)', () => {
    const cicr = [h('Comité international de la Croix-Rouge (CICR) · Document de travail · Genève, 12 mars 2021'), p('Auteurs : Élodie Marchand et François Lefèvre'), p('Mots-clés : négociation humanitaire'), h('Résumé'), p('Les négociations humanitaires …')];
    const read = titleBlockLines(cicr);
    assert.equal(read.body, 'Comité international de la Croix-Rouge (CICR)');
    assert.deepEqual(read.said.author, [{ given: 'Élodie', family: 'Marchand' }, { given: 'François', family: 'Lefèvre' }]);
    assert.deepEqual(read.used.map((b) => b.text), [cicr[0].text, cicr[1].text]);
    // a heading that is no strip still ends the title block
    assert.deepEqual(titleBlockLines([h('Key recommendations'), p('Authors: Leila Osman and Daniel Brandt')]).said, {});
    // nor is a heading that reads as a body's name the issuing body (gilder's section heading)
    assert.equal(titleBlockLines([h('Human Security in the Context of Peace Operations'), p('The text.')]).body, null);
  });

  it('reads each line once: its byline is a metadata layer, after the Info Author', () => {
    const read = titleBlockLines(civwatch);
    const pdf = (authors?: string[]) => resolveMetadata({ file: 'n.pdf', entries: [], embedded: { title: 'T', date: '2026-12-05', ...(authors ? { authors } : {}) }, embeddedSource: 'pdf-info', front: [], byline: read.said }, undefined);
    assert.deepEqual(pdf().csl.author, [{ given: 'Leila', family: 'Osman' }, { given: 'Daniel', family: 'Brandt' }]);
    assert.equal(pdf().provenance.author, 'first-page');
    assert.deepEqual(pdf(['Amina Diallo']).csl.author, [{ given: 'Amina', family: 'Diallo' }], 'the Info Author first');
    // a "Published …" line dates the record, before the CreationDate, and stays text
    const published = titleBlockLines([p('Published: March 2024'), p('By Land and Sea')]);
    assert.deepEqual(published.said, { issued: { 'date-parts': [[2024, 3]] } }, 'no authors from a title-case "By" line');
    assert.deepEqual(published.used, []);
    const dated = resolveMetadata({ file: 'n.pdf', entries: [], embedded: { date: '2026-12-05' }, embeddedSource: 'pdf-info', front: [], byline: published.said }, undefined);
    assert.deepEqual(dated.csl.issued, { 'date-parts': [[2024, 3]] });
  });

  it('makes a body named with no person the corporate author, alone or in a strip', () => {
    for (const [lines, body] of [
      [[p('Advocacy note prepared for the Arria-formula meeting, 9 September 2024'), p('Yemen NGO Forum'), h('1. Background')], 'Yemen NGO Forum'],
      [[p('Protection Cluster Myanmar · Advocacy note · Version 2 (revised) · 20 May 2024'), h('Overview')], 'Protection Cluster Myanmar'],
      [[p('Note de plaidoyer · Coalition des ONG pour la protection · juin 2024'), h('Résumé')], 'Coalition des ONG pour la protection'],
      [[p('United Nations Office for the Coordination of Humanitarian Affairs (OCHA)'), p('As of 15 July 2024'), h('Highlights')], 'United Nations Office for the Coordination of Humanitarian Affairs (OCHA)'],
    ] as const) {
      const { csl, provenance } = record('x y');
      const used = withTitleBlock(csl, provenance, [], lines);
      assert.deepEqual(csl.author, [{ literal: body }], body);
      assert.equal(provenance.author, 'first-page');
      assert.equal(used.length, 1, body);
    }
  });

  it('leaves text, sentences, lines after the first heading and an author already known alone', () => {
    assert.equal(issuingBody('The Council should act now'), false);
    assert.equal(issuingBody('Security Council'), false, 'a UN organ is read by the masthead rules');
    assert.equal(issuingBody('Fighting in 2024 displaced the Forum'), false);
    assert.deepEqual(titleBlockLines([p('Advocacy note prepared for the Arria-formula meeting, 9 September 2024')]).used, []);
    assert.equal(titleBlockLines([h('Introduction'), p('Yemen NGO Forum')]).body, null);
    // a title-case line opening "By" is no byline: kept as text, no authors (review18 c, 3)
    for (const t of ['By Boat And By Road', 'By Land and Sea']) assert.deepEqual(titleBlockLines([p(t)]), { said: {}, body: null, used: [] }, t);
    assert.equal(titleBlockLines([p('By Ahmed Ali and Sara Lind')]).said.author?.length, 2);
    // a body the taxonomy knows is a byline's name, one word or plain ("By Oxfam": review18 c, 3's cost)
    const taxonomyBodies = ['Oxfam', 'Save the Children'];
    assert.deepEqual(titleBlockLines([p('By Oxfam')], taxonomyBodies).said.author, [{ literal: 'Oxfam' }]);
    assert.deepEqual(titleBlockLines([p('By Save the Children')], taxonomyBodies).said.author, [{ literal: 'Save the Children' }]);
    assert.equal(titleBlockLines([p('By Oxfam')], taxonomyBodies).used.length, 1);
    assert.deepEqual(titleBlockLines([p('By Land and Sea')], taxonomyBodies).used, []);
    // review19 a, 4: a group the taxonomy also writes in lower case is a common noun, no byline's name
    const groups = ['Donors', 'donors', 'member states', 'Oxfam'];
    for (const t of ['By Donors', 'By Member States']) assert.deepEqual(titleBlockLines([p(t)], groups), { said: {}, body: null, used: [] }, t);
    assert.deepEqual(titleBlockLines([p('By Oxfam')], groups).said.author, [{ literal: 'Oxfam' }]);
    const known: CslItem = { id: 'x', type: 'report', title: 'T', author: [{ literal: 'Catalogued Body' }] };
    withTitleBlock(known, { title: 'catalog.json', author: 'catalog.json' }, civwatchFront, civwatch);
    assert.deepEqual(known.author, [{ literal: 'Catalogued Body' }]);
    assert.equal(known.title, 'T', 'a catalogued title is kept');
  });

  it('takes the printed title only from the largest type at the top of the page', () => {
    assert.equal(printedTitle(civwatchFront), 'Protecting civilians in El Fasher: an agenda for the Security Council');
    assert.equal(printedTitle([line('United Nations', 16, 91), line('S/2024/385', 20, 96)]), null, 'a masthead');
    assert.equal(printedTitle([line('Small logo words', 10, 50), line('The Title Itself', 18, 100)]), null, 'not at the top');
    assert.equal(printedTitle([line('Report', 18, 100)]), null, 'one word');
    const same = record('Myanmar: humanitarian access in Rakhine State');
    withTitleBlock(same.csl, same.provenance, [line('Myanmar — humanitarian access in Rakhine State', 18, 100)], []);
    assert.equal(same.provenance.title, 'pdf-info', 'the same words: the Info Title stays');
  });

  it('takes it only where it says what the Info Title says (a series or journal line set larger is no title)', () => {
    assert.equal(saysInfoTitle('République démocratique du Congo : protéger les civils dans le Nord-Kivu', 'Note de plaidoyer RDC'), true);
    assert.equal(saysInfoTitle('Myanmar: humanitarian access in Rakhine State', 'Myanmar Rakhine access note'), true);
    assert.equal(saysInfoTitle('Negotiating humanitarian access with non-state armed groups: frontline practice and its limits', 'Negotiating humanitarian access with non-state armed groups'), true);
    assert.equal(saysInfoTitle('HPG briefing note', 'Humanitarian diplomacy and protection advocacy in an age of caution'), false);
    assert.equal(saysInfoTitle('Journal of International Peacekeeping, Vol. 27, No. 1 (2024), pp. 1–11', 'Peace Operations and Human Security'), false);
    const cover = record('Humanitarian diplomacy and protection advocacy in an age of caution');
    withTitleBlock(cover.csl, cover.provenance, [line('HPG briefing note', 20, 60)], []);
    assert.equal(cover.csl.title, 'Humanitarian diplomacy and protection advocacy in an age of caution');
  });
});
