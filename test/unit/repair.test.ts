import assert from 'node:assert/strict';
import type { Block } from '../../core/types.js';
import { dehyphenate, markPullQuotes, rejoinSplitParagraphs } from '../../indexer/stages/repair.js';

const p = (text: string, type: Block['type'] = 'paragraph'): Block => ({ type, text, page: null });

describe('block repairs', () => {
  it('undoes end-of-line hyphenation the document itself confirms', () => {
    const out = dehyphenate([p('the recom- mendation is clear'), p('one recommendation more')]);
    assert.equal(out[0].text, 'the recommendation is clear');
  });

  it('keeps real compounds, names and suspended hyphens', () => {
    const out = dehyphenate([p('Metcalfe- Hough wrote on long- standing and pre- and post-war issues'), p('a long-standing problem')]);
    assert.equal(out[0].text, 'Metcalfe-Hough wrote on long-standing and pre- and post-war issues');
    assert.equal(dehyphenate([p('non- governmental groups')])[0].text, 'non-governmental groups');
  });

  it('removes soft hyphens', () => {
    assert.equal(dehyphenate([p('protec\u00ADtion')])[0].text, 'protection');
  });

  it('rejoins a paragraph interrupted by a box and a footnote', () => {
    const out = rejoinSplitParagraphs([p('Not only has'), { type: 'box', text: 'Box 2', label: 'Box 2', page: null, parts: [] }, p('A note.', 'footnote'), p('this shift resulted in conflict.')]);
    assert.deepEqual(out.map((b) => b.type), ['paragraph', 'box', 'footnote']);
    assert.equal(out[0].text, 'Not only has this shift resulted in conflict.');
  });

  it('flags a quotation that repeats body text as a pull quote', () => {
    const out = markPullQuotes([p('He said that there is no perfection in protection at all, really.'), p('“There is no perfection in protection”', 'quote'), p('“Something never said in the body text”', 'quote')]);
    assert.equal(out[1].role, 'pull-quote');
    assert.equal(out[2].role, 'block-quote');
  });
});
