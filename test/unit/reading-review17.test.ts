import assert from 'node:assert/strict';
import { textBlocks } from '../../indexer/stages/text-blocks.js';
import { segment } from '../../indexer/stages/segment.js';
import { UN_REPORT } from '../helpers/un-report.js';
import { openingGuess, resolveMetadata } from '../../indexer/metadata/resolve.js';

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

describe('printed paragraph numbers, review17 b (3)', () => {
  const L = ' across every country office and with every partner that negotiates on the front line today.';
  const items = ['1. Fund principled negotiation capacity' + L, '2. Stop attaching counter-terrorism clauses' + L, '3. Report access incidents through one common system' + L, '4. Support local partners' + L];

  it('counts paragraphs where a numbered list does not number the paragraphs after it: every passage its own para', () => {
    const text = ['Key recommendations', 'This note sets out what donors should do about access in the coming year, drawing on interviews.', ...items, 'These steps, taken together, would change how access is negotiated in the years ahead.', 'We thank the reviewers for their comments on an earlier draft of this note.'].join('\n\n');
    const paras = segment('x', textBlocks(text).blocks, null).map((p) => p.para);
    assert.deepEqual(paras, [1, 2, 3, 4, 5, 6, 7]);
  });

  it('takes no printed numbers from a list in a box', () => {
    const text = ['Access in practice', 'This note sets out what donors should do about access in the coming year, drawing on interviews.', 'Box 1: Steps agreed in Geneva', ...items, 'These steps, taken together, would change how access is negotiated in the years ahead.'].join('\n\n');
    const paras = segment('x', textBlocks(text).blocks, null).map((p) => p.para);
    assert.deepEqual(paras, paras.map((_, i) => i + 1));
  });

  it('still cites a UN report by the numbers it prints', () => {
    assert.deepEqual(segment('un', textBlocks(UN_REPORT).blocks, null).filter((p) => p.para !== undefined).map((p) => p.para), [1, 2, 3, 4]);
  });
});

describe('a journal citation line on the first page, review17 b (5)', () => {
  it('makes no report a journal article from a line that refers to another work', () => {
    for (const line of ['See Smith, Journal of Refugee Studies, Vol. 31, No. 2 (2019), pp. 1-20.', 'This briefing responds to Smith, Journal of Refugee Studies, Vol. 31, No. 2 (2019), pp. 1-20.']) {
      assert.deepEqual(openingGuess([line]), {}, line);
      const { csl } = resolveMetadata({ file: 'nrc-2022-access.pdf', entries: [], embedded: { title: 'Access under siege', publisher: 'Norwegian Refugee Council' } as never, front: [], opening: ['Norwegian Refugee Council, Briefing, March 2022', line] }, undefined);
      assert.notEqual(csl.type, 'article-journal', line);
      assert.equal(csl['container-title'], undefined, line);
    }
  });

  it('still reads the article’s own line, bare or after its authors, year and title', () => {
    assert.equal(openingGuess(['Journal of Humanitarian Affairs, Vol. 5, No. 2 (2023), pp. 45–52.'])['container-title'], 'Journal of Humanitarian Affairs');
    assert.equal(openingGuess(['Keller, J. and Haddad, A. (2023) Negotiating access, Journal of Humanitarian Affairs, 5 (2), pp. 45-52.'])['container-title'], 'Journal of Humanitarian Affairs');
    assert.equal(openingGuess(['Negotiating access. Journal of Humanitarian Affairs, Vol. 5, No. 2 (2023), pp. 45–52.'])['container-title'], 'Journal of Humanitarian Affairs');
  });
});
