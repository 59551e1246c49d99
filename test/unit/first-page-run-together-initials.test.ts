import assert from 'node:assert/strict';
import { loadTaxonomy } from '../../core/taxonomy.js';
import type { CslName } from '../../core/types.js';
import { actorNames, firstPageGuess, placeNames } from '../../indexer/metadata/resolve.js';
import { gazetteer, parseNoteCitation } from '../../indexer/references/parse.js';

// meta44: a byline under a title printing a person's three initials run together before the
// surname ("AJR Groom", "HLA Hart", "AKM Rahman": South Asian and British bylines print them
// so) was read as a body by its acronym, where a note reads it as the person. The first page now
// asks the notes' question (runTogetherInitials) with the same gazetteer; a body's country office,
// unit or city ("MSF Logistique", "WFP Somalia", "IOM Geneva") stays a body on both.

const tax = loadTaxonomy();
const bodies = actorNames(tax);
const places = placeNames(tax);
const KNOWN = gazetteer(tax);
const title = { text: 'Cash Transfers in Protracted Displacement', size: 20 };
const dateLine = { text: 'March 2021', size: 10 };
const byline = (who: string, known: ReadonlySet<string> | undefined = KNOWN): CslName[] =>
  firstPageGuess([title, { text: who, size: 12 }, dateLine], bodies, places, [], known).author ?? [];
const isPerson = (names: CslName[]) => names.length > 0 && names.every((n) => n.family !== undefined);
const inNote = (who: string): boolean =>
  (parseNoteCitation(`${who}, ‘A Probe Title of the Work’, Journal of Probes, vol. 1, 2020, 1–2.`, KNOWN)?.author ?? []).some((n) => n.family !== undefined);

const PEOPLE = ['AJR Groom', 'HLA Hart', 'AKM Rahman', 'ATM Shamsuddin', 'MKS Nair', 'SMA Hossain', 'DJB Shaw', 'KSA Rao', 'JMC Wood'];
const BODIES = ['MSF Logistique', 'WFP Somalia', 'IOM Geneva', 'WFP Logistics', 'ODI Humanitarian', 'DRC Denmark', 'ACF Italy', 'CARE Nederland', 'ICG Crisis', 'UNHCR Staff'];

describe('run-together initials in a first page\'s byline (meta44)', () => {
  it('reads three initials before a surname as a person, given the initials and family the surname', () => {
    assert.deepEqual(byline('AJR Groom'), [{ given: 'AJR', family: 'Groom' }]);
    for (const who of PEOPLE) assert.ok(isPerson(byline(who)), who);
  });

  it('reads two such people joined by "and" as two people', () => {
    assert.deepEqual(byline('AKM Rahman and ABM Islam').map((n) => n.family), ['Rahman', 'Islam']);
  });

  it('keeps a body\'s acronym before its unit, office, country or city a body, as printed', () => {
    for (const who of BODIES) {
      const got = byline(who);
      assert.ok(got.length === 0 || got.every((n) => n.literal !== undefined), `${who}: ${JSON.stringify(got)}`);
    }
  });

  it('decides as the notes decide, name for name', () => {
    for (const who of [...PEOPLE, ...BODIES]) assert.equal(isPerson(byline(who)), inNote(who), who);
  });

  it('without the notes\' gazetteer (a tool), still knows the bodies\' acronyms and the places it is given', () => {
    assert.ok(isPerson(byline('HLA Hart', undefined)));
    for (const who of ['MSF Logistique', 'WFP Somalia', 'IOM Geneva']) assert.ok(!isPerson(byline(who, undefined)), who);
  });

  it('leaves four capitals and a known body\'s whole name a body', () => {
    for (const who of ['OCHA Somalia', 'UNDP Afghanistan', 'ALNAP Study']) assert.ok(!isPerson(byline(who)), who);
  });
});
