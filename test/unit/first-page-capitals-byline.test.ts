import assert from 'node:assert/strict';
import { loadTaxonomy } from '../../core/taxonomy.js';
import type { CslName } from '../../core/types.js';
import { actorNames, firstPageGuess, placeNames } from '../../indexer/metadata/resolve.js';
import { gazetteer } from '../../indexer/references/parse.js';
import { capitalsByline } from '../../indexer/metadata/capitals-byline.js';

// meta45: amsart prints its byline in capitals under a title in capitals ("RANIA HADDAD AND
// TOMÁS FERREIRA"); it was read as one person, given "RANIA HADDAD AND TOMÁS". A line in capitals
// is now a byline only where each name opens with a known given name or an initial and holds no
// place's or body's word, and its names are written in their usual case.

const tax = loadTaxonomy();
const bodies = actorNames(tax);
const places = placeNames(tax);
const title = { text: 'CLIMATE SHOCKS AND ANTICIPATORY ACTION IN THE SAHEL', size: 14 };
const under = (line: string): CslName[] | undefined => firstPageGuess([title, { text: line, size: 10 }, { text: 'Abstract. Anticipatory action promises to reduce the impact of shocks.', size: 9 }], bodies, places, [], gazetteer(tax)).author;

describe('a byline in capitals under the title (meta45)', () => {
  it('reads amsart\'s "NAME AND NAME" as two people in their usual case', () => {
    assert.deepEqual(under('RANIA HADDAD AND TOMÁS FERREIRA'), [
      { given: 'Rania', family: 'Haddad' },
      { given: 'Tomás', family: 'Ferreira' },
    ]);
  });

  it('keeps initials, apostrophes, hyphens and particles as a name writes them', () => {
    assert.deepEqual(under('JANE Q. DOE AND JOHN SMITH'), [
      { given: 'Jane Q.', family: 'Doe' },
      { given: 'John', family: 'Smith' },
    ]);
    assert.equal(capitalsByline("MARY O'BRIEN, J. R. OKAFOR AND ANNE-MARIE VAN DER BERG", () => false), "Mary O'Brien, J. R. Okafor and Anne-Marie van der Berg");
  });

  it('reads no author from a title\'s second line, a subtitle, a body\'s name or a heading in capitals', () => {
    for (const line of ['EVIDENCE FROM THE SAHEL', 'UNITED NATIONS OFFICE FOR THE COORDINATION OF HUMANITARIAN AFFAIRS', 'NORWEGIAN REFUGEE COUNCIL', 'SAVE THE CHILDREN', 'GRACE PERIOD AND LOAN TERMS', 'LESSONS FROM BURKINA FASO AND NIGER', '1. BACKGROUND']) {
      assert.equal(under(line), undefined, line);
    }
  });

  it('reads no capitals name holding a place\'s word, nor one the given-name list lacks', () => {
    assert.equal(capitalsByline('JOHN CHAD AND MARY SMITH', (w) => w === 'chad'), null);
    assert.equal(capitalsByline('AMANI MAHMOUD', () => false), null);
    assert.equal(capitalsByline('Rania Haddad and Tomás Ferreira', () => false), null);
  });

  it('leaves a byline in its usual case as it was', () => {
    assert.deepEqual(under('Rania Haddad and Tomás Ferreira'), [
      { given: 'Rania', family: 'Haddad' },
      { given: 'Tomás', family: 'Ferreira' },
    ]);
  });
});
