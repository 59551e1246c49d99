import assert from 'node:assert/strict';
import { textBlocks } from '../../indexer/stages/text-blocks.js';
import { segment } from '../../indexer/stages/segment.js';
import { UN_REPORT } from '../helpers/un-report.js';

// review17 b's findings on userreview17's reading of a student's library: each shape here was
// read wrong by a rule made for one layout (a UN report's, a journal's, a chapter's).

describe('reading documents, review17 b', () => {
  it('keeps a roman-numbered list’s items as passages: a roman numeral makes a heading only with text after it and no numeral beside it (2)', () => {
    const text = 'Access note\n\nDonors and agencies agreed on the following commitments at the close of the Geneva meeting in March.\n\nI. Fund local partners directly and predictably\n\nII. Protect national staff from arrest and harassment\n\nIII. Share security information with every partner\n\nThe commitments will be reviewed at the next meeting, with a report on each of them.\n';
    const passages = segment('r', textBlocks(text).blocks, null);
    assert.equal(passages.length, 5, passages.map((p) => p.text).join(' | '));
    assert.ok(passages.some((p) => p.text.startsWith('II. Protect national staff')));
    assert.ok(passages.every((p) => !p.section.some((s) => /^I+\./.test(s))), passages.map((p) => p.section.join('>')).join(' | '));
    // the UN report's sections, spread over the document with paragraphs under them, stay headings
    const headings = textBlocks(UN_REPORT).blocks.filter((b) => b.type === 'heading').map((b) => b.text);
    assert.deepEqual(headings.filter((h) => /^[IVX]+\./.test(h)), ['I. Introduction', 'II. State of the protection of civilians', 'III. Recommendations']);
  });
});
