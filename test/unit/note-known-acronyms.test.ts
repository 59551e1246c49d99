import assert from 'node:assert/strict';
import { loadTaxonomy } from '../../core/taxonomy.js';
import type { CslName } from '../../core/types.js';
import { gazetteer, parseAuthorDate, parseNoteCitation } from '../../indexer/references/parse.js';

// meta42: a note names a unit of a body the taxonomy knows by its acronym ("MSF Logistique",
// "NRC Shelter", "IRC Programme"); three capitals before a word that is no place had read as a
// person's initials run together ("AJR Groom"). Written from how notes print such bodies.

const KNOWN = gazetteer(loadTaxonomy());
const noteAuthors = (who: string): CslName[] | undefined => parseNoteCitation(`${who}, ‘A Probe Title of the Work’ (Geneva, 2020), p. 4.`, KNOWN)?.author;

describe('a known body’s acronym opening a name in a note (meta42)', () => {
  it('reads the taxonomy’s three-letter acronyms before a word that is no place as the body', () => {
    for (const who of ['MSF Logistique', 'NRC Shelter', 'IRC Programme', 'ICC Registry', 'RSF Secretariat']) {
      assert.deepEqual(noteAuthors(who), [{ literal: who }], who);
    }
  });

  it('still reads three initials no body of the taxonomy goes by as a person', () => {
    assert.deepEqual(noteAuthors('AJR Groom'), [{ given: 'AJR', family: 'Groom' }]);
    assert.deepEqual(noteAuthors('JMB Fraser'), [{ given: 'JMB', family: 'Fraser' }]);
  });

  it('keeps an acronym alone after a title as the publisher: the gazetteer’s places only are no publisher', () => {
    assert.equal(parseAuthorDate('Smith, J. (2019) A probe title of the report. MSF.', KNOWN)?.publisher, 'MSF');
    assert.equal(parseAuthorDate('Smith, J. (2019) A probe title of the report. Geneva.', KNOWN)?.publisher, undefined);
  });
});
