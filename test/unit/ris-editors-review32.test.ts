import assert from 'node:assert/strict';
import type { CslItem } from '../../core/types.js';
import { ris } from '../../server/export/formats/bibliographic.js';

// An edited work's names are its editors only (refs30). citation-js writes a CSL editor in RIS
// only for the types whose spec names one (A2 of a chapter, A3 of a book): an edited report or
// document went out with no name at all, and Zotero made an item with no creator (review32).

const lines = (csl: CslItem) => ris.render([{ csl, passages: [], links: new Map() }]).split('\r\n').filter(Boolean);
const edited = (type: string): CslItem => ({ id: 'roux2015Ethique', type, title: 'Éthique de l’aide', editor: [{ family: 'Roux', given: 'Jeanne' }, { 'non-dropping-particle': 'de', family: 'Santis', given: 'Paolo' }], issued: { 'date-parts': [[2015]] }, publisher: 'Karthala' });

describe('RIS names an edited work’s editors, whatever its type (review32)', () => {
  it('writes ED lines for an edited report or document', () => {
    for (const type of ['document', 'report']) {
      const ls = lines(edited(type));
      assert.deepEqual(ls.filter((l) => /^(AU|A2|A3|ED) /.test(l)), ['ED  - Roux, Jeanne', 'ED  - de Santis, Paolo'], type);
    }
  });

  it('leaves a book’s and a chapter’s editors where citation-js puts them, once', () => {
    assert.deepEqual(lines(edited('book')).filter((l) => /^(AU|A2|A3|ED) /.test(l)), ['A3  - Roux, Jeanne', 'A3  - de Santis, Paolo']);
    const chapter = { ...edited('chapter'), author: [{ family: 'Dian', given: 'Ana' }], 'container-title': 'Éthique de l’aide', title: 'Eau' };
    assert.deepEqual(lines(chapter).filter((l) => /^(AU|A2|A3|ED) /.test(l)), ['A2  - Roux, Jeanne', 'A2  - de Santis, Paolo', 'AU  - Dian, Ana']);
  });
});
