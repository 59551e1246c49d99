import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { CslItem, CslName } from '../../core/types.js';
import { parseAuthorDate, parseNoteCitation } from '../../indexer/references/parse.js';
import { namesAnOrganisation } from '../../indexer/references/particles.js';
import { bibtex, ris } from '../../server/export/formats/bibliographic.js';

// orgs36: an organisation standing as a note's or an entry's author is read as one (CSL
// `literal`), by what a body's name is — a kind of body or an office among its words, a first
// word that is no given name, an acronym before words in lower case — and never a person's name.

const noteAuthors = (who: string): CslName[] | undefined => parseNoteCitation(`${who}, ‘A Probe Title of the Work’, Journal of Probes, vol. 1, 2020, 1–2.`)?.author;
const entryAuthors = (who: string): CslName[] | undefined => parseAuthorDate(`${who} (2020) A probe title of the work. London: Probe Press.`)?.author;

describe('organisations read as one name (orgs36)', () => {
  it('reads bodies named by a kind of body as literals: networks, armed forces, parties, chambers, missions', () => {
    for (const who of ['Amnesty International', 'Human Rights Watch', 'Arakan Army', 'Rapid Support Forces', 'Mercy Corps', 'Karenni National Progressive Party', 'Trial Chamber', 'Protection Cluster', 'UN Country Teams', 'Operation Barkhane', 'European Parliament', 'Islamic Relief', 'Clan del Golfo']) {
      assert.deepEqual(noteAuthors(who), [{ literal: who }], who);
    }
  });

  it('reads an office as no person: rapporteurs, envoys, coordinators, commanders, in three languages', () => {
    for (const who of ['Special Rapporteur', 'UN Special Envoys', 'Resident Coordinator', 'Force Commander', 'Relator Especial', 'Coordinadora Humanitaria', 'Secretary General', 'Under-Secretary General/Emergency Relief Coordinator']) {
      assert.deepEqual(noteAuthors(who), [{ literal: who }], who);
    }
  });

  it('reads a name opening with a word that is no given name, or with an acronym before words in lower case, as a body', () => {
    for (const who of ['Human Rights First', 'World Vision', 'Médecins du Monde', 'Doctors Without Borders', 'Good Humanitarian Donorship', 'UN Women', 'ICC Prosecutor', 'US Treasury']) {
      assert.deepEqual(noteAuthors(who), [{ literal: who }], who);
    }
  });

  it('keeps an adjective sharing a body’s head with it, and still parts two bodies or two people', () => {
    assert.deepEqual(noteAuthors('Resident and Humanitarian Coordinator'), [{ literal: 'Resident and Humanitarian Coordinator' }]);
    assert.deepEqual(noteAuthors('International, Impartial and Independent Mechanism'), [{ literal: 'International, Impartial and Independent Mechanism' }]);
    assert.deepEqual(entryAuthors('International, Impartial and Independent Mechanism'), [{ literal: 'International, Impartial and Independent Mechanism' }]);
    assert.deepEqual(noteAuthors('Amnesty International and Human Rights Watch'), [{ literal: 'Amnesty International' }, { literal: 'Human Rights Watch' }]);
    assert.deepEqual(noteAuthors('David Curran and Paul Holtom'), [{ family: 'Curran', given: 'David' }, { family: 'Holtom', given: 'Paul' }]);
  });

  it('keeps people whose family name is a kind’s plural or a common word', () => {
    assert.deepEqual(noteAuthors('Robert Chambers'), [{ family: 'Chambers', given: 'Robert' }]);
    assert.deepEqual(noteAuthors('Nicola Banks'), [{ family: 'Banks', given: 'Nicola' }]);
    assert.deepEqual(noteAuthors('Adam Day'), [{ family: 'Day', given: 'Adam' }]);
    assert.deepEqual(noteAuthors('Pieter VAN DER MEER'), [{ family: 'VAN DER MEER', given: 'Pieter' }]);
    assert.equal(namesAnOrganisation(['Christian', 'Bell']), false);
  });

  it('reads an inverted family name opening with a particle or a prefix in an author-date entry', () => {
    assert.deepEqual(entryAuthors('de Coning, Cedric'), [{ 'non-dropping-particle': 'de', family: 'Coning', given: 'Cedric' }]);
    assert.deepEqual(entryAuthors('Mac Ginty, Roger'), [{ family: 'Mac Ginty', given: 'Roger' }]);
    assert.deepEqual(entryAuthors('Oxfam, Amnesty International'), [{ literal: 'Oxfam' }, { literal: 'Amnesty International' }]);
  });

  it('reads every printed author of the field’s literature in the fixture as people', () => {
    const lines = readFileSync('test/fixtures/names/humanitarian-authors.txt', 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#'));
    assert.ok(lines.length > 500);
    const misread = lines.filter((l) => {
      const names = (l.includes(',') ? entryAuthors(l) : noteAuthors(l)) ?? [];
      return names.length < l.split(/\s+and\s+/).length || !names.every((n) => n.family !== undefined && n.literal === undefined);
    });
    assert.deepEqual(misread, []);
  });

  it('exports a body read from a note as one name: BibTeX in double braces, RIS one AU, not split at a comma (its closing comma is RIS’s mark of a whole name)', () => {
    const csl = parseNoteCitation('Amnesty International, ‘Killing in the Name’, Amnesty Report, 2021.') as CslItem;
    const item = { csl: { ...csl, id: 'amnesty2021' }, passages: [], links: new Map() };
    assert.match(bibtex.render([item]), /author = \{\{Amnesty International\}\}/);
    assert.deepEqual(ris.render([item]).split('\r\n').filter((l) => l.startsWith('AU ')), ['AU  - Amnesty International,']);
  });
});
