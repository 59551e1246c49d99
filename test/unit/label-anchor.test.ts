import assert from 'node:assert/strict';
import { anchoredPassage } from '../../eval/label-anchor.js';

describe('a label anchored to its passage (eval/label-anchor.ts)', () => {
  const passages = [
    { id: 'a', text: 'HCT in oPt – Humanitarian Country Team (2019) Advocacy strategy for 2019–2021.' },
    { id: 'b', text: 'Advocacy is a means to an end.' },
  ];
  it('takes the passage that starts with the label’s words first', () => {
    assert.equal(anchoredPassage(passages, 'Advocacy is a means')?.id, 'b');
  });
  it('takes the passage holding the label’s words when segmentation joined them to the one before', () => {
    assert.equal(anchoredPassage(passages, 'Advocacy strategy for 2019–2021.')?.id, 'a');
  });
  it('does not look inside passages for a key too short to be unambiguous', () => {
    assert.equal(anchoredPassage(passages, 'strategy'), undefined);
  });
});
