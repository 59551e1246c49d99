import assert from 'node:assert/strict';
import type { Passage } from '../../core/types.js';
import { exporters } from '../../server/export/registry.js';
import type { ExportItem } from '../../server/export/types.js';
import { inQuotes, quoteWithCitation } from '../../server/export/quote.js';
import { latexByCluster, latexText } from '../../server/export/latex.js';

// user32 finding 13: a passage that opens or ends with a quotation mark was given a second pair
// of marks wherever it was quoted. Every format quotes through one helper, which nests.

const WITNESS = '“There is a trade-off,” she said, “between access and speaking out.”';
const passage = (text: string): Passage => ({
  id: 'p1', doc: 'd', ordinal: 0, block: 0, text, section: [], page: '13', pageEnd: null, physicalPage: null, start: 0, end: 0,
  kind: 'finding', blockType: 'paragraph', actors: [], themes: [], places: [], evidence: [],
});
const item: ExportItem = {
  csl: { id: 'd', type: 'report', title: 'Access', author: [{ family: 'Slim', given: 'Hugo' }], issued: { 'date-parts': [[2020]] }, 'citation-key': 'slim2020Access' },
  passages: [passage(WITNESS)],
  links: new Map([['p1', 'http://localhost/passages/p1']]),
};

describe('a quotation within a quotation (server/export/quote.ts inQuotes)', () => {
  it('makes the passage’s own double marks single inside the pair it adds', () => {
    assert.equal(inQuotes(WITNESS), '“‘There is a trade-off,’ she said, ‘between access and speaking out.’”');
    assert.equal(inQuotes('He said "no" and "(yes)".'), '“He said ‘no’ and ‘(yes)’.”');
    // an apostrophe is left alone
    assert.equal(inQuotes('The ICRC’s view.'), '“The ICRC’s view.”');
    assert.equal(quoteWithCitation('“Access is shrinking.”', '(Slim, 2020, p. 13)', 'apa', 'text').body, '“‘Access is shrinking.’” (Slim, 2020, p. 13).');
  });

  it('no export holds a doubled mark: every format that quotes', () => {
    for (const e of exporters) {
      const out = e.render([item]);
      assert.doesNotMatch(out, /““|””|````|''''/, e.id);
      if (e.id !== 'csv') assert.match(out, /‘There is a trade-off,’|`There is a trade-off,'|\\u8216/, e.id);
    }
  });

  it('keeps TeX’s quote ligatures apart where two marks meet (’” is not ”’)', () => {
    const tex = latexText(inQuotes(WITNESS));
    assert.ok(tex.startsWith('``{}`There'), tex);
    assert.ok(tex.endsWith("out.'{}''"), tex);
    assert.equal(latexByCluster(inQuotes(WITNESS)), tex);
  });
});
